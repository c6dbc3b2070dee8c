package org.incidentatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.time.Season;

/**
 * Finds when things happened in one language: explicit dates, and relative expressions
 * resolved against the publication date. The names and patterns come from the language's
 * {@code dates.txt} ({@link DateRules}); each pattern names the resolver that turns its
 * match into a range. A result is never more precise than the text: "on Thursday" in an
 * article known only to the month is a range, not a day.
 */
final class Dates {

	/**
	 * A date expression found in a sentence. {@code anaphoric} ones ("that same year")
	 * lean on the sentences before.
	 */
	record Mention(int start, int end, DateRange range, boolean anaphoric, int weekdays) {

		Mention(int start, int end, DateRange range, boolean anaphoric) {
			this(start, end, range, anaphoric, 0);
		}

		/**
		 * Whether two expressions name days of the week that cannot be one night: "the
		 * night of Thursday to Friday" and "Sunday night" on a page dated only to its
		 * month resolve to the same month, yet tell two events.
		 */
		boolean otherDaysThan(int days) {
			return otherDays(weekdays, days);
		}

	}

	/**
	 * Whether two sets of weekdays ({@link Mention#weekdays()} bits) were both named and
	 * share no day.
	 */
	static boolean otherDays(int a, int b) {
		return a != 0 && b != 0 && (a & b) == 0;
	}

	/**
	 * What relative expressions resolve against; {@code sentence} is the text the
	 * expression is in, for the clock time that tells which day a night is.
	 *
	 * @param storyYear the year the sentences just before are told in, when they name an
	 * earlier one ("De geweldsspiraal zet in 2016 door."), or null
	 * @param previousMonth the month of the last date told within one month ("the night
	 * of 22 to 23 August", no clock time), or null
	 */
	record Context(DateRange published, Integer previousYear, LocalDate previousDay, String sentence, Integer storyYear,
			YearMonth previousMonth) {

		Context(DateRange published, Integer previousYear, LocalDate previousDay) {
			this(published, previousYear, previousDay, "", null, null);
		}

		Context(DateRange published, Integer previousYear, LocalDate previousDay, Integer storyYear,
				YearMonth previousMonth) {
			this(published, previousYear, previousDay, "", storyYear, previousMonth);
		}

		Context(DateRange published, Integer previousYear) {
			this(published, previousYear, null);
		}

		Context in(String text) {
			return new Context(published, previousYear, previousDay, text, storyYear, previousMonth);
		}

	}

	private interface Resolver {

		DateRange resolve(Matcher m, Context c);

	}

	/**
	 * {@code needsDigit}: the rule matches only where the sentence has a digit (a regex
	 * that asks for {@code \\d}); "[0-9]" leaves a digit optional.
	 */
	private record Rule(Scan scan, Resolver resolver, boolean anaphoric, boolean needsDigit) {
	}

	/**
	 * A rule's own example: on {@code published}, {@code text} holds {@code expected}.
	 */
	record Example(String block, String text, String expected, DateRange published) {
	}

	/** Finds no dates: for a language without rules. */
	static final Dates NONE = parse("");

	/**
	 * "(\d{1,2})" with the ordinal endings of the three languages: "3rd", "1er", "5de".
	 */
	private static final String DAY = "(1er|\\d{1,2})(?:st|nd|rd|th|e|er|ste|de)?";

	private static final String YEAR = "((?:19|20)\\d{2})";

	/** Words that every relative or named date needs one of. */
	private final Set<String> words = new HashSet<>();

	private final Map<String, Month> months = new HashMap<>();

	private final Map<String, DayOfWeek> weekdays = new HashMap<>();

	private final Map<String, Season> seasons = new HashMap<>();

	private final List<Rule> rules = new ArrayList<>();

	/** A clock time after midnight and before dawn: "around 3 a.m.", "vers 2h". */
	private Scan afterMidnight = Scan.of("(?!)");

	/** "Just before midnight": the evening before, not after midnight. */
	private static final Scan BEFORE_MIDNIGHT = Scan
		.of("(?iu)\\b(?:before|voor|vóór|avant)\\s+(?:middernacht|midnight|minuit)\\b");

	final List<Example> examples = new ArrayList<>();

	private final Map<String, Resolver> resolvers = new HashMap<>();

	private Dates() {
		resolvers.put("day-month-year", this::dayMonthYear);
		resolvers.put("month-day-year", this::monthDayYear);
		resolvers.put("month-year", this::monthYear);
		resolvers.put("year", this::yearOf1);
		resolvers.put("weekday-day-month", this::weekdayDayMonth);
		resolvers.put("weekday-month-day", this::weekdayMonthDay);
		resolvers.put("day-month-last-year", this::dayMonthLastYear);
		resolvers.put("month-last-year", this::monthLastYear);
		resolvers.put("day-month", this::dayMonth);
		resolvers.put("month-day", this::monthDay);
		resolvers.put("month", this::monthAlone);
		resolvers.put("same-year", this::sameYear);
		resolvers.put("following-year", this::followingYear);
		resolvers.put("this-year", this::thisYear);
		resolvers.put("last-year", this::lastYear);
		resolvers.put("this-month", this::thisMonth);
		resolvers.put("last-month", this::lastMonth);
		resolvers.put("last-week", this::lastWeek);
		resolvers.put("this-week", this::thisWeek);
		resolvers.put("this-season", this::thisSeason);
		resolvers.put("last-season", this::lastSeason);
		resolvers.put("context-season", this::contextSeason);
		resolvers.put("night-of-weekdays", this::nightOfWeekdays);
		resolvers.put("night-of-days", this::nightOfDays);
		resolvers.put("weekday-night", this::weekdayNight);
		resolvers.put("weekend", this::weekend);
		resolvers.put("recent", this::recent);
		resolvers.put("days-ago", this::daysAgo);
		resolvers.put("weeks-ago", this::weeksAgo);
		resolvers.put("days-later", this::daysLater);
		resolvers.put("days-earlier", this::daysEarlier);
		resolvers.put("day-after", this::dayAfter);
		resolvers.put("same-day", this::sameDay);
		resolvers.put("day-before", this::dayBefore);
		resolvers.put("night-before", this::nightBefore);
		resolvers.put("weeks-earlier", this::weeksEarlier);
		resolvers.put("months-ago", this::monthsAgo);
		resolvers.put("overnight", this::overnight);
		resolvers.put("yesterday", this::yesterday);
		resolvers.put("today", this::today);
		resolvers.put("weekday", this::weekday);
		resolvers.put("last-weekday", this::lastWeekday);
		resolvers.put("weekday-last-week", this::weekdayLastWeek);
	}

	/**
	 * Reads one language's {@code dates.txt}: {@code [names month|weekday|season]} blocks
	 * (a key, then its words), a {@code [words]} block (the words any relative date needs
	 * one of), an {@code [after-midnight]} block (clock times), and
	 * {@code [date RESOLVER]} or {@code [date RESOLVER anaphoric]} blocks, each with an
	 * {@code example:} line ("text => expected", an optional {@code published:} line) and
	 * then one pattern a line. Patterns are tried in file order; an earlier one wins
	 * where two overlap. {@code {month}}, {@code {weekday}}, {@code {season}},
	 * {@code {day}} and {@code {year}} stand for a group of the names or digits.
	 */
	static Dates parse(String text) {
		Dates dates = new Dates();
		Map<String, List<String>> names = new LinkedHashMap<>();
		Set<String> caseSensitive = new HashSet<>();
		List<String[]> pending = new ArrayList<>();
		for (RuleFile.Line rule : RuleFile.lines(text)) {
			String line = rule.text();
			int number = rule.number();
			String[] head = rule.block().split("\\s+");
			switch (head[0]) {
				case "names" -> {
					String[] parts = line.split("\\s+");
					for (int i = 1; i < parts.length; i++) {
						dates.name(head[1], parts[0], parts[i], number);
						names.computeIfAbsent(head[1], k -> new ArrayList<>()).add(parts[i]);
					}
					if (head.length > 2 && head[2].equals("case-sensitive")) {
						caseSensitive.add(head[1]);
					}
				}
				case "words" -> java.util.Collections.addAll(dates.words, line.toLowerCase(Locale.ROOT).split("\\s+"));
				case "after-midnight" -> dates.afterMidnight = Scan
					.of(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
				case "date" -> {
					if (head.length < 2 || !dates.resolvers.containsKey(head[1])) {
						throw rule.error("unknown resolver in [" + String.join(" ", head) + "]");
					}
					if (rule.isExample()) {
						String[] example = rule.example();
						dates.examples.add(new Example(String.join(" ", head), example[0], example[1],
								DateRange.parse("2025-10-15")));
					}
					else if (line.startsWith("published:")) {
						Example last = dates.examples.remove(dates.examples.size() - 1);
						dates.examples.add(new Example(last.block(), last.text(), last.expected(),
								DateRange.parse(line.substring("published:".length()))));
					}
					else {
						pending.add(new String[] { line, head[1],
								String.valueOf(head.length > 2 && head[2].equals("anaphoric")),
								String.valueOf(number) });
					}
				}
				default -> throw rule.error("unknown block [" + head[0] + "]");
			}
		}
		for (String[] p : pending) {
			String regex = p[0].replace("{day}", DAY).replace("{year}", YEAR);
			for (Map.Entry<String, List<String>> e : names.entrySet()) {
				regex = regex.replace("{" + e.getKey() + "}", group(e.getValue(), caseSensitive.contains(e.getKey())));
			}
			if (regex.matches(".*\\{[a-z]+\\}.*")) {
				throw new IllegalArgumentException("line " + p[3] + ": a name without a [names] block: " + p[0]);
			}
			Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			dates.rules.add(new Rule(Scan.of(pattern), dates.resolvers.get(p[1]), Boolean.parseBoolean(p[2]),
					regex.contains("\\d")));
		}
		return dates;
	}

	private void name(String kind, String key, String word, int number) {
		String w = word.toLowerCase(Locale.ROOT).replace(".", "");
		switch (kind) {
			case "month" -> months.put(w, Month.of(Integer.parseInt(key)));
			case "weekday" -> weekdays.put(w, DayOfWeek.of(Integer.parseInt(key)));
			case "season" -> seasons.put(w, Season.valueOf(key.toUpperCase(Locale.ROOT)));
			default -> throw new IllegalArgumentException("line " + number + ": unknown names [" + kind + "]");
		}
		words.add(w);
	}

	/** The names as one group, longest first; "Jan." may go without its dot. */
	private static String group(List<String> names, boolean caseSensitive) {
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder regex = new StringBuilder(caseSensitive ? "(?-i:(" : "(");
		for (int i = 0; i < sorted.size(); i++) {
			String n = sorted.get(i);
			regex.append(i == 0 ? "" : "|")
				.append(n.endsWith(".") ? Pattern.quote(n.substring(0, n.length() - 1)) + "\\.?" : Pattern.quote(n));
		}
		return regex.append(caseSensitive ? "))" : ")").toString();
	}

	/**
	 * Every date expression in the text, longest first where two overlap.
	 * @param lower the text in lower case, character for character
	 * ({@link Sentences#lower})
	 */
	List<Mention> find(String text, String lower, Context context) {
		List<Mention> found = new ArrayList<>();
		boolean digits = false;
		for (int i = 0; i < text.length() && !digits; i++) {
			digits = Character.isDigit(text.charAt(i));
		}
		boolean named = false;
		for (int[] t : Places.tokens(lower, 0, lower.length())) {
			String word = lower.substring(t[0], t[1]);
			if (words.contains(word) || startsWithWeekday(word)) {
				named = true;
				break;
			}
		}
		if (!digits && !named) {
			return found;
		}
		Context c = context.in(text);
		int[] starts = Sentences.wordStarts(text);
		for (Rule rule : rules) {
			if (rule.needsDigit() && !digits || !rule.needsDigit() && !named) {
				continue;
			}
			Scan scan = rule.scan();
			Scan.Matches m = null;
			for (int ws : starts) {
				if (!scan.mayStartAt(text, ws)) {
					continue;
				}
				m = m == null ? scan.matches(text) : m;
				if (!m.lookingAt(ws)) {
					continue;
				}
				int start = m.start();
				int end = m.end();
				if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
					continue;
				}
				DateRange range = safely(rule.resolver(), m.matcher(), c);
				if (range != null && range.isKnown()) {
					found.add(new Mention(start, end, range, rule.anaphoric(), weekdaysIn(text.substring(start, end))));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return withWeekdaysNamed(text, found);
	}

	/**
	 * "Wednesday 14 February 2024", "mercredi, le 14 février": a weekday right before a
	 * date of its own day is that date; the weekday alone would only say which week.
	 */
	private List<Mention> withWeekdaysNamed(String text, List<Mention> found) {
		for (int i = found.size() - 2; i >= 0; i--) {
			Mention weekday = found.get(i);
			Mention date = found.get(i + 1);
			if (date.range().precision() == DatePrecision.DAY && !date.anaphoric()
					&& namesWeekday(lastWord(text.substring(weekday.start(), weekday.end())))
					&& WEEKDAY_GAP.matcher(text.substring(weekday.end(), date.start())).matches()) {
				found.set(i, new Mention(weekday.start(), date.end(), date.range(), false));
				found.remove(i + 1);
			}
		}
		return found;
	}

	/**
	 * The days of the week an expression names, one bit each (Monday 1, Tuesday 2, ...):
	 * "in de nacht van maandag op dinsdag" is 3, "zondagnacht" 64, "last week" 0.
	 */
	private int weekdaysIn(String expression) {
		int days = 0;
		for (String word : expression.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			for (Map.Entry<String, DayOfWeek> day : weekdays.entrySet()) {
				if (word.startsWith(day.getKey())) {
					days |= 1 << (day.getValue().getValue() - 1);
				}
			}
		}
		return days;
	}

	/** "Sunday", "zondagavond": a weekday, maybe with its part of the day. */
	private boolean namesWeekday(String word) {
		for (String day : weekdays.keySet()) {
			if (word.startsWith(day)) {
				return true;
			}
		}
		return false;
	}

	private static String lastWord(String words) {
		String w = words.strip().toLowerCase(Locale.ROOT);
		return w.substring(w.lastIndexOf(' ') + 1);
	}

	/** Between a weekday and its date: a comma, "the", "le", "de". */
	private static final Pattern WEEKDAY_GAP = Pattern.compile("(?iu)[\\s,]*(?:(?:the|le|de)\\s+)?");

	/**
	 * "zondagavond", "donderdagnacht": Dutch writes the part of the day onto the weekday.
	 */
	private boolean startsWithWeekday(String word) {
		if (word.length() < 8) {
			return false;
		}
		for (String day : weekdays.keySet()) {
			if (word.startsWith(day)) {
				return true;
			}
		}
		return false;
	}

	private static DateRange safely(Resolver resolver, Matcher m, Context context) {
		try {
			return resolver.resolve(m, context);
		}
		catch (java.time.DateTimeException | IllegalArgumentException ex) {
			return null; // "31 February", a year out of range: not a date
		}
	}

	// --- resolvers ---

	private Month month(String name) {
		return months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	private static int day(String text) {
		return text.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(text);
	}

	private DateRange dayMonthYear(Matcher m, Context c) {
		return DateRange.day(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), day(m.group(1))));
	}

	private DateRange monthDayYear(Matcher m, Context c) {
		return DateRange.day(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), day(m.group(2))));
	}

	private DateRange monthYear(Matcher m, Context c) {
		return DateRange.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
	}

	private DateRange yearOf1(Matcher m, Context c) {
		int year = Integer.parseInt(m.group(1));
		int latest = c.published().isKnown() ? c.published().to().getYear() + 1 : 2100;
		return year < 1900 || year > latest ? null : DateRange.year(year);
	}

	/** "Saturday 16 August": the day and month decide; the weekday only confirms. */
	private DateRange weekdayDayMonth(Matcher m, Context c) {
		Month month = month(m.group(3));
		Integer year = yearOfLatest(month, c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month, day(m.group(2))));
	}

	private DateRange weekdayMonthDay(Matcher m, Context c) {
		Month month = month(m.group(2));
		Integer year = yearOfLatest(month, c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month, day(m.group(3))));
	}

	private DateRange dayMonth(Matcher m, Context c) {
		Integer year = yearOfLatest(month(m.group(2)), c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month(m.group(2)), day(m.group(1))));
	}

	private DateRange dayMonthLastYear(Matcher m, Context c) {
		return c.published().isKnown()
				? DateRange.day(LocalDate.of(c.published().to().getYear() - 1, month(m.group(2)), day(m.group(1))))
				: null;
	}

	private DateRange monthLastYear(Matcher m, Context c) {
		return c.published().isKnown()
				? DateRange.month(YearMonth.of(c.published().to().getYear() - 1, month(m.group(1)))) : null;
	}

	private DateRange monthDay(Matcher m, Context c) {
		Integer year = yearOfLatest(month(m.group(1)), c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month(m.group(1)), day(m.group(2))));
	}

	private DateRange monthAlone(Matcher m, Context c) {
		Month month = month(m.group(1));
		Integer year = yearOfLatest(month, c);
		return year == null ? null : DateRange.month(YearMonth.of(year, month));
	}

	/**
	 * The year of the latest such month no later than publication: "in February" in an
	 * October article.
	 */
	private static Integer yearOfLatest(Month month, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		LocalDate published = c.published().to();
		if (c.storyYear() != null && c.storyYear() < published.getYear() - 1) {
			// a story told in an earlier year just before ("in 2016 ... on 8 March"):
			// that year
			return c.storyYear();
		}
		return month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
	}

	private DateRange sameYear(Matcher m, Context c) {
		return c.previousYear() == null ? null : DateRange.year(c.previousYear());
	}

	private DateRange followingYear(Matcher m, Context c) {
		return c.previousYear() == null ? null : DateRange.year(c.previousYear() + 1);
	}

	private DateRange thisYear(Matcher m, Context c) {
		return c.published().isKnown() ? DateRange.year(c.published().to().getYear()) : null;
	}

	private DateRange lastYear(Matcher m, Context c) {
		return c.published().isKnown() ? DateRange.year(c.published().to().getYear() - 1) : null;
	}

	private DateRange thisMonth(Matcher m, Context c) {
		return published(c, DatePrecision.MONTH) ? DateRange.month(YearMonth.from(c.published().to())) : null;
	}

	private DateRange lastMonth(Matcher m, Context c) {
		return published(c, DatePrecision.MONTH) ? DateRange.month(YearMonth.from(c.published().to()).minusMonths(1))
				: null;
	}

	/**
	 * "A month ago", "twee maanden geleden": that month before publication, when the page
	 * gives at least its month; the text does not say which day.
	 */
	private DateRange monthsAgo(Matcher m, Context c) {
		Long n = count(m.group(1));
		return n == null || !published(c, DatePrecision.MONTH) ? null
				: DateRange.month(YearMonth.from(c.published().to()).minusMonths(n));
	}

	private DateRange lastWeek(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusWeeks(1).with(DayOfWeek.MONDAY),
				c.published().to().minusWeeks(1).with(DayOfWeek.SUNDAY));
	}

	private DateRange thisWeek(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().with(DayOfWeek.MONDAY), c.published().to());
	}

	private DateRange thisSeason(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		Season season = seasons.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate published = c.published().to();
		int year = published.getYear();
		// "this winter" in January means the winter that began in December
		if (season == Season.WINTER && published.getMonthValue() <= 2) {
			year--;
		}
		return DateRange.season(year, season);
	}

	private DateRange lastSeason(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		Season season = seasons.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate published = c.published().to();
		int year = published.getYear();
		while (!season.end(year).isBefore(published)) {
			year--;
		}
		return DateRange.season(year, season);
	}

	private DateRange contextSeason(Matcher m, Context c) {
		Season season = seasons.get(m.group(1).toLowerCase(Locale.ROOT).replace("maanden", ""));
		if (c.previousYear() != null) {
			return DateRange.season(c.previousYear(), season);
		}
		return thisSeason(m, c);
	}

	/**
	 * "The night of Saturday to Sunday": the latest such Sunday. A clock time after
	 * midnight makes it that Sunday; without one, only its month is certain.
	 */
	private DateRange nightOfWeekdays(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		DayOfWeek second = weekdays.get(m.group(2).toLowerCase(Locale.ROOT));
		LocalDate earliest = c.published().from().with(TemporalAdjusters.previousOrSame(second));
		LocalDate latest = c.published().to().with(TemporalAdjusters.previousOrSame(second));
		return night(earliest, latest, c);
	}

	/**
	 * The night before the day(s) {@code from} to {@code to}: those days after midnight,
	 * else their month.
	 */
	private DateRange night(LocalDate from, LocalDate to, Context c) {
		if (afterMidnight.in(c.sentence())) {
			return cover(from, to);
		}
		return cover(from.withDayOfMonth(1), to.with(TemporalAdjusters.lastDayOfMonth()));
	}

	/**
	 * "De nacht van 3 op 4 mei", "la nuit du vendredi 8 au samedi 9 mai": the second day
	 * after midnight, else its month. The last two day groups are the days.
	 */
	private DateRange nightOfDays(Matcher m, Context c) {
		String second = null;
		Month month = null;
		Integer year = null;
		for (int g = 1; g <= m.groupCount(); g++) {
			String v = m.group(g);
			if (v == null) {
				continue;
			}
			if (v.matches("\\d{4}")) {
				year = Integer.valueOf(v);
			}
			else if (v.matches("\\d{1,2}|1er")) {
				second = v;
			}
			else if (month(v) != null) {
				month = month(v);
			}
		}
		if (second == null || month == null) {
			return null;
		}
		year = year != null ? year : yearOfLatest(month, c);
		if (year == null) {
			return null;
		}
		LocalDate day = LocalDate.of(year, month, day(second));
		// without a clock time the night may be either day: "31 July to 1 August" is no
		// one month
		return afterMidnight.in(c.sentence()) ? DateRange.day(day) : night(day.minusDays(1), day, c);
	}

	/**
	 * "Zaterdagnacht": the night after that Saturday, so that day or the next; the next
	 * with a clock time after midnight.
	 */
	private DateRange weekdayNight(Matcher m, Context c) {
		if (monthPage(c)) {
			return DateRange.month(YearMonth.from(c.published().from()));
		}
		DateRange day = lastWeekday(m, c);
		if (day == null) {
			return null;
		}
		boolean next = !day.to().plusDays(1).isAfter(c.published().to());
		if (next && afterMidnight.in(c.sentence())) {
			return cover(day.from().plusDays(1), day.to().plusDays(1));
		}
		return cover(day.from(), next ? day.to().plusDays(1) : day.to());
	}

	/** "Last weekend": the latest Saturday and Sunday before publication. */
	private DateRange weekend(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		LocalDate earliest = c.published()
			.from()
			.minusDays(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		LocalDate latest = c.published().to().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		return cover(earliest, latest.isBefore(earliest) ? earliest.plusDays(1) : latest);
	}

	/** "Recently": some weeks before publication, no more precisely. */
	private DateRange recent(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusDays(45), c.published().to());
	}

	/**
	 * "Last night", "vannacht", "cette nuit": the night before publication, so that day
	 * or the one before; the clock time alone could tell which.
	 */
	private DateRange overnight(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		if (c.published().precision() != DatePrecision.DAY) {
			return today(m, c);
		}
		if (afterMidnight.in(c.sentence()) && !BEFORE_MIDNIGHT.in(c.sentence())) {
			return c.published(); // "last night around 3 a.m.": the publication day
		}
		return cover(c.published().from().minusDays(1), c.published().to());
	}

	/** "Two days later", counted from the last day the text named. */
	private DateRange daysLater(Matcher m, Context c) {
		Long n = count(m.group(1));
		return c.previousDay() == null || n == null ? null : DateRange.day(c.previousDay().plusDays(n));
	}

	/** "Three days earlier", counted back from the last day the text named. */
	private DateRange daysEarlier(Matcher m, Context c) {
		Long n = count(m.group(1));
		return c.previousDay() == null || n == null ? null : DateRange.day(c.previousDay().minusDays(n));
	}

	/**
	 * "A week earlier", "twee weken eerder": the week that many weeks before the last day
	 * the text named, as a week (the text does not say which day).
	 */
	private DateRange weeksEarlier(Matcher m, Context c) {
		Long n = count(m.group(1));
		return c.previousDay() == null || n == null ? null : DateRange.week(c.previousDay().minusWeeks(n));
	}

	/**
	 * "Three days ago": that day before a full publication date, else as far as certain.
	 */
	private DateRange daysAgo(Matcher m, Context c) {
		Long n = count(m.group(1));
		if (n == null || !c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusDays(n), c.published().to().minusDays(n));
	}

	/** "Two weeks ago": the week that far back, or what is certain of it. */
	private DateRange weeksAgo(Matcher m, Context c) {
		Long n = count(m.group(1));
		if (n == null || !c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusWeeks(n).with(DayOfWeek.MONDAY),
				c.published().to().minusWeeks(n).with(DayOfWeek.SUNDAY));
	}

	/**
	 * A count of days or weeks, 1 to 31, in digits or words; "a", "een", "un" are one.
	 */
	private static Long count(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		Double n = w.equals("a") || w.equals("an") || w.equals("een") || w.equals("één") || w.equals("un")
				|| w.equals("une") ? Double.valueOf(1) : Numbers.parse(w);
		return n == null || n < 1 || n > 31 ? null : n.longValue();
	}

	/** "The next day", "le lendemain", "daags nadien". */
	private DateRange dayAfter(Matcher m, Context c) {
		return c.previousDay() == null ? null : DateRange.day(c.previousDay().plusDays(1));
	}

	/**
	 * "Later that night", "le même jour", "enkele uren later": the last day told, or
	 * after a night told without a clock time, its month.
	 */
	private DateRange sameDay(Matcher m, Context c) {
		if (c.previousDay() != null) {
			return DateRange.day(c.previousDay());
		}
		return c.previousMonth() == null ? null : DateRange.month(c.previousMonth());
	}

	/** "The day before", "la veille". */
	private DateRange dayBefore(Matcher m, Context c) {
		return c.previousDay() == null ? null : DateRange.day(c.previousDay().minusDays(1));
	}

	/**
	 * "The night before", "la nuit précédente": the night before the last day told; its
	 * day only with a clock time after midnight, else its month. After a night told
	 * without a time, the month of that night.
	 */
	private DateRange nightBefore(Matcher m, Context c) {
		if (c.previousDay() != null) {
			LocalDate day = c.previousDay().minusDays(1);
			return afterMidnight.in(c.sentence()) ? DateRange.day(day) : DateRange.month(YearMonth.from(day));
		}
		return c.previousMonth() == null ? null : DateRange.month(c.previousMonth());
	}

	private DateRange yesterday(Matcher m, Context c) {
		if (c.published().isKnown() && c.published().precision() == DatePrecision.MONTH) {
			return today(m, c); // a fresh report on a page dated to the month: that month
		}
		return c.published().isKnown() ? cover(c.published().from().minusDays(1), c.published().to().minusDays(1))
				: null;
	}

	private DateRange today(Matcher m, Context c) {
		return c.published().isKnown() ? cover(c.published().from(), c.published().to()) : null;
	}

	/**
	 * "On Thursday", "Thursday morning": the latest Thursday on or before publication; on
	 * a page dated only to its month, a fresh report of that month.
	 */
	private DateRange weekday(Matcher m, Context c) {
		if (monthPage(c)) {
			return DateRange.month(YearMonth.from(c.published().from()));
		}
		return lastWeekday(m, c);
	}

	/** A page dated to its month, no more. */
	private static boolean monthPage(Context c) {
		return c.published().isKnown() && c.published().precision() == DatePrecision.MONTH;
	}

	/**
	 * "Last Thursday", "jeudi dernier": the latest Thursday on or before publication, as
	 * precisely as the publication date allows; a backward reference, so on a page dated
	 * only to its month it may lie in the month before.
	 */
	private DateRange lastWeekday(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		DayOfWeek day = weekdays.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate earliest = c.published().from().with(TemporalAdjusters.previousOrSame(day));
		LocalDate latest = c.published().to().with(TemporalAdjusters.previousOrSame(day));
		return cover(earliest, latest);
	}

	/**
	 * "Vorige week dinsdag", "Tuesday last week": that weekday in the calendar week
	 * before publication.
	 */
	private DateRange weekdayLastWeek(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		DayOfWeek day = weekdays.get(m.group(1).toLowerCase(Locale.ROOT));
		return cover(c.published().from().minusWeeks(1).with(DayOfWeek.MONDAY).with(day),
				c.published().to().minusWeeks(1).with(DayOfWeek.MONDAY).with(day));
	}

	private static boolean published(Context c, DatePrecision atLeast) {
		return c.published().isKnown() && c.published().precision().ordinal() <= atLeast.ordinal()
				|| c.published().isKnown()
						&& YearMonth.from(c.published().from()).equals(YearMonth.from(c.published().to()));
	}

	/**
	 * The smallest calendar unit holding both days: a day, a week, a month, a year, or
	 * several years.
	 */
	static DateRange cover(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return DateRange.day(from);
		}
		DateRange week = DateRange.week(from);
		if (!to.isAfter(week.to())) {
			return week;
		}
		if (YearMonth.from(from).equals(YearMonth.from(to))) {
			return DateRange.month(YearMonth.from(from));
		}
		if (from.getYear() == to.getYear()) {
			return DateRange.year(from.getYear());
		}
		return new DateRange(LocalDate.of(from.getYear(), 1, 1), LocalDate.of(to.getYear(), 12, 31),
				DatePrecision.YEAR);
	}

}
