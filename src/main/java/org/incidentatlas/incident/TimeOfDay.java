package org.incidentatlas.incident;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of the day an incident happened in, as the Dutch counts of explosions by time
 * of night use it. Matches the CHECK list of {@code V41__incident_coding.sql}, where the
 * same boundaries tie a clock time to its part.
 */
public enum TimeOfDay {

	/** 00:00–05:59. */
	NIGHT,
	/** 06:00–11:59. */
	MORNING,
	/** 12:00–17:59. */
	AFTERNOON,
	/** 18:00–23:59. */
	EVENING;

	public static TimeOfDay of(LocalTime time) {
		return values()[time.getHour() / 6];
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TimeOfDay> fromToken(String token) {
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(token.strip())).findFirst();
	}

	public static List<String> tokens() {
		return Arrays.stream(values()).map(TimeOfDay::token).toList();
	}

}
