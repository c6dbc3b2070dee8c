package org.incidentatlas.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gazetteer as plain data: every place and every name it goes by. Code that must not
 * touch Spring or a database (the extraction engine, command-line tools) works from this.
 *
 * @param places every place, parents included
 * @param names every name, translation and alias, each with the place it means
 */
public record PlaceCatalog(List<Place> places, List<PlaceName> names) {

	public PlaceCatalog {
		places = List.copyOf(places);
		names = List.copyOf(names);
	}

	/** A name and the place it means. */
	public record PlaceName(String name, Place place) {
	}

	/**
	 * Reads the gazetteer files ({@code db/gazetteer/*.csv}) given as text by file name. Ids are
	 * numbered in file order, so they are stable for one set of files but are not database ids;
	 * use {@link Place#key()} to cross over to the database.
	 */
	public static PlaceCatalog fromCsv(Map<String, String> files) {
		List<PlaceCsv> rows = new ArrayList<>();
		new TreeMap<>(files).forEach((file, text) -> {
			String[] lines = text.split("\r?\n");
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					rows.add(PlaceCsv.parse(lines[i], file, i + 1));
				}
			}
		});
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			ids.put(rows.get(i).key(), i + 1);
		}
		List<Place> places = new ArrayList<>();
		List<PlaceName> names = new ArrayList<>();
		for (PlaceCsv row : rows) {
			Place place = new Place(ids.get(row.key()), row.key(), row.kind(), row.countryCode(),
					row.parentKey() == null ? null : ids.get(row.parentKey()), row.name(), row.nameNl(), row.nameFr(),
					row.nameEn(), row.nameDe(), row.latitude(), row.longitude(), row.population());
			places.add(place);
			row.allNames().forEach(n -> names.add(new PlaceName(n.name(), place)));
		}
		return new PlaceCatalog(places, names);
	}

}
