package org.incidentatlas.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something happened, as precisely as the sources say and no more: a first and last
 * possible day plus a precision. "2023" is 2023-01-01..2023-12-31 at YEAR precision.
 */
public record DateRange(LocalDate from, LocalDate to, DatePrecision precision) {

	private static final DateRange UNKNOWN = new DateRange(null, null, DatePrecision.UNKNOWN);

	private static final Pattern SEASON = Pattern.compile("(\\d{4})-(spring|summer|autumn|winter)");

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	public DateRange {
		if (precision == null) {
			throw new IllegalArgumentException("a date needs a precision");
		}
		if ((precision == DatePrecision.UNKNOWN) != (from == null) || (from == null) != (to == null)) {
			throw new IllegalArgumentException("an unknown date has no range, and a known date has both ends");
		}
		if (from != null && from.isAfter(to)) {
			throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	public static DateRange unknown() {
		return UNKNOWN;
	}

	public static DateRange day(LocalDate day) {
		return new DateRange(day, day, DatePrecision.DAY);
	}

	public static DateRange week(LocalDate anyDay) {
		LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
		return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
	}

	public static DateRange month(YearMonth month) {
		return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
	}

	public static DateRange season(int year, Season season) {
		return new DateRange(season.start(year), season.end(year), DatePrecision.SEASON);
	}

	public static DateRange year(int year) {
		return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
	}

	/**
	 * Reads the compact forms used in data files: {@code 2023}, {@code 2025-02},
	 * {@code 2023-04-02}, {@code 2025-summer}, {@code 2025-W10}; null or blank is
	 * unknown. Two of them joined by a slash are a span from the first to the second at
	 * the coarser precision of the two: {@code 2016/2019} is 2016 to 2019,
	 * {@code 2023-01/2023-07} January to July 2023.
	 */
	public static DateRange parse(String text) {
		if (text == null || text.isBlank()) {
			return UNKNOWN;
		}
		String t = text.strip();
		int slash = t.indexOf('/');
		if (slash > 0) {
			DateRange first = parse(t.substring(0, slash));
			DateRange last = parse(t.substring(slash + 1));
			if (!first.isKnown() || !last.isKnown() || t.indexOf('/', slash + 1) >= 0) {
				throw new IllegalArgumentException("'" + text + "' is not a span of two dates");
			}
			DatePrecision coarser = first.precision().compareTo(last.precision()) >= 0 ? first.precision()
					: last.precision();
			return new DateRange(first.from(), last.to(), coarser);
		}
		try {
			if (t.matches("\\d{4}")) {
				return year(Integer.parseInt(t));
			}
			if (t.matches("\\d{4}-\\d{2}")) {
				return month(YearMonth.parse(t));
			}
			if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return day(LocalDate.parse(t));
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a valid date", ex);
		}
		Matcher season = SEASON.matcher(t.toLowerCase(Locale.ROOT));
		if (season.matches()) {
			return season(Integer.parseInt(season.group(1)), Season.valueOf(season.group(2).toUpperCase(Locale.ROOT)));
		}
		Matcher week = WEEK.matcher(t);
		if (week.matches()) {
			int number = Integer.parseInt(week.group(2));
			LocalDate weekOne = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4).with(DayOfWeek.MONDAY);
			if (number < 1 || number > 53) {
				throw new IllegalArgumentException("'" + text + "' is not a valid week");
			}
			return week(weekOne.plusWeeks(number - 1L));
		}
		throw new IllegalArgumentException(
				"'" + text + "' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season or YYYY-Www");
	}

	public boolean isKnown() {
		return precision != DatePrecision.UNKNOWN;
	}

	/** The compact form that {@link #parse} reads back. */
	public String compact() {
		if (isSpan()) {
			return unit(from).compact() + "/" + unit(to).compact();
		}
		return switch (precision) {
			case DAY -> from.toString();
			case WEEK -> from.getYear() + "-W"
					+ String.format("%02d", from.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> YearMonth.from(from).toString();
			case SEASON -> from.getYear() + "-" + Season.startingOn(from).name().toLowerCase(Locale.ROOT);
			case YEAR -> Integer.toString(from.getYear());
			case UNKNOWN -> "";
		};
	}

	/**
	 * Whether the range runs over more than one day, week, month, season or year of its
	 * precision: a figure for January to July 2023, or for 2016 to 2019.
	 */
	public boolean isSpan() {
		return precision != DatePrecision.UNKNOWN && !unit(from).equals(unit(to));
	}

	/** The day, week, month, season or year of this precision that holds {@code day}. */
	private DateRange unit(LocalDate day) {
		return switch (precision) {
			case DAY -> day(day);
			case WEEK -> week(day);
			case MONTH -> month(YearMonth.from(day));
			case SEASON -> seasonOf(day);
			case YEAR -> year(day.getYear());
			case UNKNOWN -> UNKNOWN;
		};
	}

	private static DateRange seasonOf(LocalDate day) {
		// winter runs from December into February, so January and February are the
		// previous year's winter
		for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
			for (Season season : Season.values()) {
				if (!day.isBefore(season.start(year)) && !day.isAfter(season.end(year))) {
					return season(year, season);
				}
			}
		}
		throw new IllegalStateException("no season holds " + day);
	}

	/**
	 * The date as a reader should see it: "2023", "February 2025", "2 April 2023",
	 * "summer 2025"; a span shows both ends, "January 2023 – July 2023" or "2016–2019".
	 */
	public String label(Locale requested) {
		if (isSpan()) {
			return precision == DatePrecision.YEAR ? from.getYear() + "–" + to.getYear()
					: unit(from).label(requested) + " – " + unit(to).label(requested);
		}
		// a European record: plain English reads "2 April 2023", as in Britain and
		// Ireland
		Locale locale = requested.getLanguage().equals("en") && requested.getCountry().isEmpty() ? Locale.UK
				: requested;
		return switch (precision) {
			case DAY -> from.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
			case WEEK -> text(locale, "date.week",
					from.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
			case MONTH -> capitalize(from.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)), locale);
			case SEASON -> text(locale, "date.season." + Season.startingOn(from).name().toLowerCase(Locale.ROOT),
					from.getYear() == to.getYear() ? Year.from(from).toString()
							: from.getYear() + "–" + (to.getYear() % 100));
			case YEAR -> Integer.toString(from.getYear());
			case UNKNOWN -> text(locale, "date.unknown");
		};
	}

	private static String capitalize(String s, Locale locale) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
	}

	private static String text(Locale locale, String key, Object... args) {
		try {
			String pattern = ResourceBundle.getBundle("messages", locale).getString(key);
			return java.text.MessageFormat.format(pattern, args);
		}
		catch (MissingResourceException ex) {
			return key + " " + String.join(" ", java.util.Arrays.stream(args).map(String::valueOf).toList());
		}
	}

}
