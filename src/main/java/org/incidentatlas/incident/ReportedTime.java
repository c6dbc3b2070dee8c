package org.incidentatlas.incident;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When in the day an incident happened, at the precision the sources give: a clock time
 * to the minute ("03:15"), to the hour ("03h": around 3 a.m.), or only a part of the day
 * ("night").
 *
 * @param part always known
 * @param time null for {@link Precision#PART_OF_DAY}; whole hours for
 * {@link Precision#HOUR}
 */
public record ReportedTime(TimeOfDay part, LocalTime time, Precision precision) {

	public enum Precision {

		MINUTE, HOUR, PART_OF_DAY

	}

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2})|h)");

	public ReportedTime {
		if (part == null || precision == null || (time == null) != (precision == Precision.PART_OF_DAY)) {
			throw new IllegalArgumentException(
					"a reported time has a part of the day, and a clock time unless only the part is known");
		}
		if (time != null && TimeOfDay.of(time) != part) {
			throw new IllegalArgumentException(time + " is not in the " + part.token());
		}
	}

	/**
	 * Reads what an editor or a file gives: "night", "morning", "afternoon", "evening",
	 * "03:15" (to the minute) or "03h" / "3h" (to the hour). Null for a blank.
	 * @throws IllegalArgumentException for anything else, saying what is accepted
	 */
	public static ReportedTime parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		var part = TimeOfDay.fromToken(t);
		if (part.isPresent()) {
			return new ReportedTime(part.get(), null, Precision.PART_OF_DAY);
		}
		Matcher m = CLOCK.matcher(t);
		if (m.matches()) {
			int hour = Integer.parseInt(m.group(1));
			int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			if (hour < 24 && minute < 60) {
				LocalTime time = LocalTime.of(hour, minute);
				return new ReportedTime(TimeOfDay.of(time), time,
						m.group(2) == null ? Precision.HOUR : Precision.MINUTE);
			}
		}
		throw new IllegalArgumentException("'" + text.strip()
				+ "' is not a time of day; use night, morning, afternoon, evening, a time such as 03:15, or an hour such as 03h.");
	}

	/** The form {@link #parse} reads back: "night", "03:15", "03h". */
	public String compact() {
		return switch (precision) {
			case PART_OF_DAY -> part.token();
			case HOUR -> "%02dh".formatted(time.getHour());
			case MINUTE -> "%02d:%02d".formatted(time.getHour(), time.getMinute());
		};
	}

}
