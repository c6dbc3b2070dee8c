package org.incidentatlas.seed;

import java.math.BigDecimal;
import java.util.List;

/** The shape of {@code db/seed/launch-data.json}. */
record LaunchData(String about, List<Source> articles, List<Event> incidents, List<Event> enforcement,
		List<Figure> statistics) {

	record Source(String key, String title, String publisher, String url, String published, String language) {
	}

	/** An incident or enforcement event; {@code place} is a gazetteer key, {@code lat/lon} override its centroid. */
	record Event(String key, String type, String date, String place, String country, String locality, String street,
			Double lat, Double lon, String precision, Boolean hidden, Integer killed, Integer injured, String summary,
			List<Person> victims, List<Group> actors, List<String> sources) {
	}

	record Person(Integer age, String gender, String outcome, String description) {
	}

	record Group(String name, String role) {
	}

	record Figure(String key, String place, String label, String country, String period, String metric,
			BigDecimal value, String qualifier, String note, List<String> sources) {
	}

}
