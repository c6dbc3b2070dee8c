package org.incidentatlas.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gazetteer as plain data: every place, every name it goes by, and the hierarchy
 * between them. Code that must not touch Spring or a database (the extraction engine,
 * command-line tools) works from this; the {@link Gazetteer} service holds one too.
 */
public final class PlaceCatalog {

	private final List<Place> places;

	private final List<PlaceName> names;

	private final Map<Integer, Place> byId = new HashMap<>();

	/**
	 * @param places every place, parents included
	 * @param names every name, translation and alias, each with the place it means
	 */
	public PlaceCatalog(List<Place> places, List<PlaceName> names) {
		this.places = List.copyOf(places);
		this.names = List.copyOf(names);
		this.places.forEach(p -> byId.put(p.id(), p));
	}

	public List<Place> places() {
		return places;
	}

	public List<PlaceName> names() {
		return names;
	}

	public Place byId(Integer id) {
		return id == null ? null : byId.get(id);
	}

	/** The place and its ancestors, from the place up to its country. */
	public List<Place> lineage(Place place) {
		List<Place> lineage = new ArrayList<>();
		for (Place p = place; p != null; p = byId(p.parentId())) {
			lineage.add(p);
		}
		return lineage;
	}

	/** The place as a reader sees it: country, region, city and district. */
	public PlacePath path(Place place) {
		if (place == null) {
			return PlacePath.NONE;
		}
		Place country = null;
		Place region = null;
		Place city = null;
		Place district = null;
		for (Place p : lineage(place)) {
			Place parent = byId(p.parentId());
			boolean brusselsCommune = p.kind() == PlaceKind.MUNICIPALITY && parent != null
					&& parent.kind() == PlaceKind.CITY_REGION;
			switch (p.kind()) {
				case DISTRICT -> district = district == null ? p : district;
				case MUNICIPALITY -> {
					if (brusselsCommune) {
						district = p; // a Brussels neighbourhood reads as its commune
					}
					else {
						city = city == null ? p : city;
					}
				}
				case CITY_REGION -> {
					city = city == null ? p : city;
					region = region == null ? p : region;
				}
				case PROVINCE -> region = p;
				case REGION -> region = region == null ? p : region;
				case COUNTRY -> country = p;
			}
		}
		return new PlacePath(country, region, city, district);
	}

	/** A name and the place it means. */
	public record PlaceName(String name, Place place) {
	}

	/**
	 * Reads the gazetteer files ({@code db/gazetteer/*.csv}) given as text by file name.
	 * Ids are numbered in file order, so they are stable for one set of files but are not
	 * database ids; use {@link Place#key()} to cross over to the database.
	 */
	public static PlaceCatalog fromCsv(Map<String, String> files) {
		List<PlaceCsv> rows = new ArrayList<>();
		new TreeMap<>(files).forEach((file, text) -> rows.addAll(PlaceCsv.read(text, file)));
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			ids.put(rows.get(i).key(), i + 1);
		}
		List<Place> places = new ArrayList<>();
		List<PlaceName> names = new ArrayList<>();
		for (PlaceCsv row : rows) {
			Place place = new Place(ids.get(row.key()), row.key(), row.kind(), row.countryCode(),
					row.parentKey() == null ? null : ids.get(row.parentKey()), row.name(), row.nameNl(), row.nameFr(),
					row.nameEn(), row.nameDe(), row.latitude(), row.longitude(), row.population(), row.populationYear(),
					row.populationSource());
			places.add(place);
			row.allNames().forEach(n -> names.add(new PlaceName(n.name(), place)));
		}
		return new PlaceCatalog(places, names);
	}

}
