package org.incidentatlas.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.incidentatlas.incident.InvalidParameterException;

/**
 * The period a timeline counts per: a day, a week (ISO, from Monday), a month, a quarter
 * or a year, finest first.
 */
public enum TimelineInterval {

	DAY, WEEK, MONTH, QUARTER, YEAR;

	/**
	 * Whether the request names an interval; without one the timeline picks the one that
	 * fits the data.
	 */
	public static boolean isGiven(String value) {
		return value != null && !value.isBlank();
	}

	public static TimelineInterval parse(String value) {
		if (!isGiven(value)) {
			return MONTH;
		}
		for (TimelineInterval interval : values()) {
			if (interval.name().equalsIgnoreCase(value.strip())) {
				return interval;
			}
		}
		throw new InvalidParameterException("interval", "parameter.interval.unknown", value);
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
			case DAY -> day;
			case WEEK -> day.with(DayOfWeek.MONDAY);
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
			case YEAR -> day.withDayOfYear(1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case QUARTER -> start.plusMonths(3);
			case YEAR -> start.plusYears(1);
		};
	}

	String label(LocalDate start, Locale locale) {
		Locale l = locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? Locale.UK : locale;
		return switch (this) {
			case DAY, WEEK -> start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l));
			case MONTH -> start.format(DateTimeFormatter.ofPattern("MMM yyyy", l));
			case QUARTER -> start.format(DateTimeFormatter.ofPattern("QQQ yyyy", l));
			case YEAR -> Integer.toString(start.getYear());
		};
	}

}
