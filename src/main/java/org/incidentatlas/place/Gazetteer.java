package org.incidentatlas.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The gazetteer held in memory: a few thousand rows that every page and filter consults.
 * It is reference data, so it is read once at start-up, after the loader has brought the
 * database up to date with {@code db/gazetteer/}.
 */
@Service
public class Gazetteer {

	private final Map<Integer, Place> byId;

	private final Map<String, Place> byKey;

	private final Map<String, List<Place>> byName;

	private final List<NameEntry> names;

	private final PlaceCatalog catalog;

	Gazetteer(GazetteerLoader loader, JdbcTemplate jdbc) {
		loader.loadIfChanged();
		Map<Integer, Place> places = new HashMap<>();
		jdbc.query("""
				select id, key, kind, country_code, parent_id, name, name_nl, name_fr, name_en, name_de,
				       latitude, longitude, population, population_year, population_source from place""", rs -> {
			Place place = new Place(rs.getInt("id"), rs.getString("key"), PlaceKind.valueOf(rs.getString("kind")),
					rs.getString("country_code"), (Integer) rs.getObject("parent_id"), rs.getString("name"),
					rs.getString("name_nl"), rs.getString("name_fr"), rs.getString("name_en"), rs.getString("name_de"),
					rs.getDouble("latitude"), rs.getDouble("longitude"), (Integer) rs.getObject("population"),
					rs.getObject("population_year") == null ? null : rs.getInt("population_year"),
					rs.getString("population_source"));
			places.put(place.id(), place);
		});
		Map<String, Place> keys = new HashMap<>();
		places.values().forEach(p -> keys.put(p.key(), p));
		Map<String, List<Place>> index = new HashMap<>();
		List<NameEntry> entries = new ArrayList<>();
		jdbc.query("select place_id, normalized, name from place_name", rs -> {
			Place place = places.get(rs.getInt("place_id"));
			index.computeIfAbsent(rs.getString("normalized"), k -> new ArrayList<>()).add(place);
			entries.add(new NameEntry(rs.getString("normalized"), rs.getString("name"), place));
		});
		entries.sort(Comparator.comparing(NameEntry::normalized));
		this.byId = Map.copyOf(places);
		this.byKey = Map.copyOf(keys);
		this.byName = Map.copyOf(index);
		this.names = List.copyOf(entries);
		this.catalog = new PlaceCatalog(List.copyOf(places.values()),
				entries.stream().map(e -> new PlaceCatalog.PlaceName(e.name(), e.place())).toList());
	}

	/** The whole gazetteer as plain data, for code that works without the database. */
	public PlaceCatalog catalog() {
		return catalog;
	}

	public Optional<Place> byId(Integer id) {
		return Optional.ofNullable(id == null ? null : byId.get(id));
	}

	public Optional<Place> byKey(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	public int size() {
		return byId.size();
	}

	/**
	 * The places a name means, in any of its languages or aliases. When a name fits both
	 * a city and a province (Antwerpen, Namur, Utrecht), a reader means the city.
	 */
	public List<Place> resolve(String name) {
		List<Place> matches = byName.getOrDefault(PlaceNames.normalize(name), List.of());
		List<Place> local = matches.stream().filter(p -> p.kind().isLocal()).distinct().toList();
		return local.isEmpty() ? matches.stream().distinct().toList() : local;
	}

	/**
	 * Places whose name in any language starts with the text typed so far: cities first,
	 * then larger places first.
	 */
	public List<Place> suggest(String prefix, int limit) {
		String normalized = PlaceNames.normalize(prefix);
		if (normalized.isEmpty()) {
			return List.of();
		}
		int start = Collections.binarySearch(names, new NameEntry(normalized, null, null),
				Comparator.comparing(NameEntry::normalized));
		Set<Place> found = new LinkedHashSet<>();
		for (int i = start < 0 ? -start - 1 : start; i < names.size()
				&& names.get(i).normalized().startsWith(normalized); i++) {
			found.add(names.get(i).place());
		}
		return found.stream()
			.sorted(Comparator.comparing((Place p) -> !p.kind().isLocal())
				.thenComparing(
						Comparator.comparing((Place p) -> p.population() == null ? 0 : p.population()).reversed()))
			.limit(limit)
			.toList();
	}

	/** The place and its ancestors, from the place up to its country. */
	public List<Place> lineage(Integer placeId) {
		Place place = byId.get(placeId);
		return place == null ? List.of() : catalog.lineage(place);
	}

	public PlacePath path(Integer placeId) {
		return placeId == null ? PlacePath.NONE : catalog.path(byId.get(placeId));
	}

	private record NameEntry(String normalized, String name, Place place) {
	}

}
