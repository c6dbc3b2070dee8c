package org.incidentatlas.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.time.Season;

/**
 * The resolvers that the period rules of {@code statistics.txt} name: each turns a
 * matched period ("since the start of the year", "in de afgelopen vijf maanden", "depuis
 * un mois") into dates, anchored on the publication date and never more precise than the
 * text. A period that runs back from publication is given in whole months, since a page
 * dated to the month cannot say more.
 */
final class StatisticPeriods {

	/**
	 * What a resolver reads: the match, with its groups {@code n} (a count) and
	 * {@code year}.
	 */
	record Match(Matcher matcher, Integer n, DateRange published, Map<String, Integer> months) {

		/** The number of the month named by the group, or null. */
		Integer month(String group) {
			String name = group(group);
			return name == null ? null : months.get(name.toLowerCase(java.util.Locale.ROOT));
		}

		Integer year() {
			String y = group("year");
			return y != null ? Integer.valueOf(y) : published.isKnown() ? published.to().getYear() : null;
		}

		String group(String name) {
			return StatisticRules.group(matcher, name);
		}

	}

	private static final Map<String, Function<Match, DateRange>> RESOLVERS = Map.ofEntries(
			Map.entry("year", m -> m.year() == null ? null : DateRange.year(m.year())),
			Map.entry("previous-year", m -> m.year() == null ? null : DateRange.year(m.year() - 1)),
			Map.entry("past-year", m -> back(m, m.published().from().minusMonths(12))),
			Map.entry("first-half", m -> m.year() == null ? null : months(m.year(), 1, 6)),
			Map.entry("second-half", m -> m.year() == null ? null : months(m.year(), 7, 12)),
			Map.entry("last-days", m -> back(m, m.published().from().minusDays(count(m)))),
			Map.entry("last-weeks", m -> back(m, m.published().from().minusWeeks(count(m)))),
			Map.entry("last-months", m -> back(m, m.published().from().minusMonths(count(m)))),
			Map.entry("last-years",
					m -> !m.published().isKnown() ? null
							: new DateRange(LocalDate.of(m.published().to().getYear() - count(m), 1, 1),
									LocalDate.of(m.published().to().getYear(), 12, 31), DatePrecision.YEAR)),
			Map.entry("first-months", m -> m.year() == null ? null : months(m.year(), 1, Math.min(12, count(m)))),
			Map.entry("this-month",
					m -> !m.published().isKnown() ? null : DateRange.month(YearMonth.from(m.published().to()))),
			Map.entry("previous-month",
					m -> !m.published().isKnown() ? null
							: DateRange.month(YearMonth.from(m.published().from()).minusMonths(1))),
			Map.entry("since-month", StatisticPeriods::sinceMonth),
			Map.entry("to-month",
					m -> m.year() == null || m.month("month") == null ? null : months(m.year(), 1, m.month("month"))),
			Map.entry("month-span",
					m -> m.year() == null || m.month("month") == null || m.month("month2") == null
							|| m.month("month") > m.month("month2") ? null
									: months(m.year(), m.month("month"), m.month("month2"))),
			Map.entry("spring", m -> season(m, Season.SPRING)), Map.entry("summer", m -> season(m, Season.SUMMER)),
			Map.entry("autumn", m -> season(m, Season.AUTUMN)), Map.entry("winter", m -> season(m, Season.WINTER)));

	private StatisticPeriods() {
	}

	static boolean knows(String resolver) {
		return RESOLVERS.containsKey(resolver);
	}

	/** The period, or null when the publication date it needs is unknown. */
	static DateRange resolve(String resolver, Match match) {
		if (!match.published().isKnown() && match.group("year") == null) {
			return null;
		}
		return RESOLVERS.get(resolver).apply(match);
	}

	/**
	 * "Since June": from that month, in the publication's year or the year before, to
	 * publication.
	 */
	private static DateRange sinceMonth(Match m) {
		Integer month = m.month("month");
		if (month == null || !m.published().isKnown()) {
			return null;
		}
		YearMonth last = YearMonth.from(m.published().to());
		YearMonth first = YearMonth.of(last.getYear(), month);
		if (first.isAfter(last)) {
			first = first.minusYears(1);
		}
		return first.equals(last) ? DateRange.month(last)
				: new DateRange(first.atDay(1), last.atEndOfMonth(), DatePrecision.MONTH);
	}

	private static int count(Match m) {
		return m.n() == null ? 1 : m.n();
	}

	/**
	 * From a day back before publication to the end of the publication's month, in whole
	 * months.
	 */
	private static DateRange back(Match m, LocalDate start) {
		if (!m.published().isKnown()) {
			return null;
		}
		YearMonth first = YearMonth.from(start);
		YearMonth last = YearMonth.from(m.published().to());
		return first.equals(last) ? DateRange.month(last)
				: new DateRange(first.atDay(1), last.atEndOfMonth(), DatePrecision.MONTH);
	}

	private static DateRange months(int year, int first, int last) {
		return new DateRange(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth(),
				DatePrecision.MONTH);
	}

	private static DateRange season(Match m, Season season) {
		return m.year() == null ? null : DateRange.season(m.year(), season);
	}

}
