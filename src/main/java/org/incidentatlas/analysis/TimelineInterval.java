package org.incidentatlas.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.incidentatlas.incident.InvalidParameterException;

/** The period a timeline counts per: a week (ISO, from Monday), a month or a year. */
public enum TimelineInterval {

	WEEK, MONTH, YEAR;

	public static TimelineInterval parse(String value) {
		if (value == null || value.isBlank()) {
			return MONTH;
		}
		for (TimelineInterval interval : values()) {
			if (interval.name().equalsIgnoreCase(value.strip())) {
				return interval;
			}
		}
		throw new InvalidParameterException("interval", "'" + value + "' is not an interval; use week, month or year.");
	}

	/** The unit PostgreSQL's date_trunc uses; ISO weeks start on Monday there too. */
	String sqlUnit() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	LocalDate start(LocalDate day) {
		return switch (this) {
			case WEEK -> day.with(DayOfWeek.MONDAY);
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.withDayOfYear(1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case YEAR -> start.plusYears(1);
		};
	}

	String label(LocalDate start, Locale locale) {
		Locale l = locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? Locale.UK : locale;
		return switch (this) {
			case WEEK -> start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l));
			case MONTH -> start.format(DateTimeFormatter.ofPattern("MMM yyyy", l));
			case YEAR -> Integer.toString(start.getYear());
		};
	}

}
