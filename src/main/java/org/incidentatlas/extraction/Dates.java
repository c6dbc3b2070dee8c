package org.incidentatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.time.Season;

/**
 * Finds when things happened: explicit dates in English, Dutch and French, and relative
 * expressions resolved against the publication date. A result is never more precise than
 * the text: "on Thursday" in an article known only to the month is a range, not a day.
 */
final class Dates {

	/**
	 * A date expression found in a sentence. {@code anaphoric} ones ("that same year")
	 * lean on the sentences before.
	 */
	record Mention(int start, int end, DateRange range, boolean anaphoric) {
	}

	/** What relative expressions resolve against. */
	record Context(DateRange published, Integer previousYear, LocalDate previousDay) {

		Context(DateRange published, Integer previousYear) {
			this(published, previousYear, null);
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
	 * Words that every relative or named date needs one of; a sentence without any holds
	 * no such date.
	 */
	private static final java.util.Set<String> DATE_WORDS = new java.util.HashSet<>(
			java.util.Arrays.asList("year", "jaar", "année", "annee", "an", "month", "maand", "mois", "week", "semaine",
					"yesterday", "today", "tonight", "morning", "night", "evening", "gisteren", "gisteravond",
					"gisternacht", "vandaag", "vannacht", "vanochtend", "vanmorgen", "vanavond", "hier", "aujourd",
					"nuit", "soir", "matin", "summer", "spring", "autumn", "fall", "winter", "zomer", "zomermaanden",
					"lente", "voorjaar", "herfst", "najaar", "été", "ete", "printemps", "automne", "hiver", "weekend",
					"week", "overnight", "recently", "onlangs", "recent", "récemment", "days", "day", "dagen", "dag",
					"daags", "jours", "jour", "lendemain", "veille", "nacht", "geleden", "ago"));

	private static final Map<String, Month> MONTHS = new HashMap<>();

	private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

	private static final Map<String, Season> SEASONS = new HashMap<>();

	private static final Map<Language, List<Rule>> RULES = new EnumMap<>(Language.class);

	static {
		String[][] months = { { "january", "jan", "januari", "janvier" },
				{ "february", "feb", "februari", "février", "fevrier" }, { "march", "mar", "maart", "mrt", "mars" },
				{ "april", "apr", "avril" }, { "may", "mei", "mai" }, { "june", "jun", "juni", "juin" },
				{ "july", "jul", "juli", "juillet" }, { "august", "aug", "augustus", "août", "aout" },
				{ "september", "sep", "sept", "septembre" }, { "october", "oct", "oktober", "okt", "octobre" },
				{ "november", "nov", "novembre" }, { "december", "dec", "décembre", "decembre" } };
		for (int i = 0; i < 12; i++) {
			for (String name : months[i]) {
				MONTHS.put(name, Month.of(i + 1));
			}
		}
		String[][] days = { { "monday", "maandag", "lundi" }, { "tuesday", "dinsdag", "mardi" },
				{ "wednesday", "woensdag", "mercredi" }, { "thursday", "donderdag", "jeudi" },
				{ "friday", "vrijdag", "vendredi" }, { "saturday", "zaterdag", "samedi" },
				{ "sunday", "zondag", "dimanche" } };
		for (int i = 0; i < 7; i++) {
			for (String name : days[i]) {
				WEEKDAYS.put(name, DayOfWeek.of(i + 1));
			}
		}
		for (String s : new String[] { "spring", "lente", "voorjaar", "printemps" }) {
			SEASONS.put(s, Season.SPRING);
		}
		for (String s : new String[] { "summer", "zomer", "zomermaanden", "été", "ete" }) {
			SEASONS.put(s, Season.SUMMER);
		}
		for (String s : new String[] { "autumn", "fall", "herfst", "najaar", "automne" }) {
			SEASONS.put(s, Season.AUTUMN);
		}
		for (String s : new String[] { "winter", "hiver" }) {
			SEASONS.put(s, Season.WINTER);
		}
		RULES.put(Language.EN, english());
		RULES.put(Language.NL, dutch());
		RULES.put(Language.FR, french());
	}

	private Dates() {
	}

	/**
	 * Every date expression in the text, longest first where two overlap.
	 * @param lower the text in lower case, character for character
	 * ({@link Sentences#lower})
	 */
	static List<Mention> find(String text, String lower, Language language, Context context) {
		List<Mention> found = new ArrayList<>();
		boolean digits = false;
		for (int i = 0; i < text.length() && !digits; i++) {
			digits = Character.isDigit(text.charAt(i));
		}
		boolean words = false;
		for (int[] t : Places.tokens(lower, 0, lower.length())) {
			String word = lower.substring(t[0], t[1]);
			if (DATE_WORDS.contains(word) || MONTHS.containsKey(word) || WEEKDAYS.containsKey(word)
					|| startsWithWeekday(word)) {
				words = true;
				break;
			}
		}
		if (!digits && !words) {
			return found;
		}
		int[] starts = Sentences.wordStarts(text);
		for (Rule rule : RULES.get(language)) {
			if (rule.needsDigit() && !digits || !rule.needsDigit() && !words) {
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
				DateRange range = safely(rule.resolver(), m.matcher(), context);
				if (range != null && range.isKnown()) {
					found.add(new Mention(start, end, range, rule.anaphoric()));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

	/**
	 * "zondagavond", "donderdagnacht": Dutch writes the part of the day onto the weekday.
	 */
	private static boolean startsWithWeekday(String word) {
		if (word.length() < 8) {
			return false;
		}
		for (String day : WEEKDAYS.keySet()) {
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

	// --- rules per language; patterns are tried in order, earlier (more precise) ones
	// win overlaps ---

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|e|er|ste|de)?";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static List<Rule> english() {
		String month = "(January|February|March|April|May|June|July|August|September|October|November|December"
				+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
		String weekday = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
		String season = "(summer|spring|autumn|fall|winter)";
		List<Rule> rules = new ArrayList<>();
		rules.add(rule("(?i:\\b(?:in |during )?the night (?:of|from) )" + weekday + "(?i:\\s+(?:to|into|and)\\s+)"
				+ weekday + "\\b", Dates::nightOfWeekdays));
		rules.add(rule("\\b" + DAY + "\\s+(?:of\\s+)?" + month + ",?\\s+" + YEAR + "\\b", Dates::dayMonthYear));
		rules.add(rule("\\b" + weekday + ",?\\s+(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + month + "\\b",
				Dates::weekdayDayMonth));
		rules.add(rule("\\b" + weekday + ",?\\s+" + month + "\\s+" + DAY + "\\b", Dates::weekdayMonthDay));
		rules.add(rule("\\b" + month + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Dates::monthDayYear));
		rules.add(rule("(?i:\\bsince the (?:start|beginning) of (?:the year )?)" + YEAR + "\\b", Dates::yearOf1));
		rules.add(rule("\\b" + month + "\\s+(?:of\\s+)?" + YEAR + "\\b", Dates::monthYear));
		rules.add(rule("\\b" + DAY + "\\s+(?:of\\s+)?" + month + ",?(?i:\\s+(?:of\\s+)?last year\\b)",
				Dates::dayMonthLastYear));
		rules.add(rule("\\b" + month + "\\s+(?i:(?:of\\s+)?last year\\b)", Dates::monthLastYear));
		rules.add(rule("\\b" + DAY + "\\s+(?:of\\s+)?" + month + "\\b", Dates::dayMonth));
		rules.add(rule("\\b" + month + "\\s+" + DAY + "\\b(?!\\s*(?:%|kg|km|tonnes?|tons?|people|years?))",
				Dates::monthDay));
		rules.add(rule("(?i:\\b(?:in|since|during|until|by|late|early|mid|last|this|in early|in late|in mid)[\\s-]+)"
				+ month + "\\b", Dates::monthAlone));
		rules.add(
				rule("(?i:\\b(?:that|the) same year\\b|\\bthat year\\b|\\blater that year\\b|\\bthe following year\\b)",
						Dates::sameYear, true));
		rules.add(rule("(?i:\\b(?:earlier |later |so far |since the start of |since the beginning of )?this year\\b)",
				Dates::thisYear));
		rules.add(rule("(?i:\\blast year\\b|\\bthe previous year\\b|\\bthe past year\\b)", Dates::lastYear));
		rules.add(rule("(?i:\\b(?:earlier |later )?this month\\b)", Dates::thisMonth));
		rules.add(rule("(?i:\\blast month\\b)", Dates::lastMonth));
		rules.add(rule("(?i:\\blast week\\b)", Dates::lastWeek));
		rules.add(rule("(?i:\\b(?:earlier )?this week\\b)", Dates::thisWeek));
		rules.add(rule("(?i:\\bthis )" + season + "\\b", Dates::thisSeason));
		rules.add(rule("(?i:\\blast )" + season + "\\b", Dates::lastSeason));
		rules.add(rule("(?i:\\b(?:in|during|over) the )" + season + "(?i:(?: months)?\\b)", Dates::contextSeason));
		rules.add(rule("(?i:\\b(?:last|this|over the|at the|during the|past) weekend\\b)", Dates::weekend));
		rules.add(rule("(?i:\\b(?:recently|a few days ago|in recent days)\\b)", Dates::recent));
		rules.add(rule(
				"(?i:\\b(two|three|four|five|six|seven|[0-9]{1,2}|a|one) days? (later|earlier|before|after|previously)\\b)",
				Dates::daysFromPrevious, true));
		rules.add(rule("(?i:\\bthe (next|following|previous) day\\b|\\bthe day (before|after)\\b)",
				Dates::dayFromPrevious, true));
		rules.add(rule("(?i:\\bovernight\\b)", Dates::overnight));
		rules.add(rule("(?i:\\blast night\\b)", Dates::overnight));
		rules.add(rule("(?i:\\byesterday\\b)", Dates::yesterday));
		rules.add(rule("(?i:\\b(?:today|tonight|this morning)\\b)", Dates::today));
		rules.add(rule(
				"(?:\\b(?:[Oo]n|[Ll]ast|[Pp]ast)\\s+)?" + weekday + "(?:\\s+(?:night|morning|evening|afternoon))?\\b",
				Dates::weekday));
		rules.add(rule("(?i:\\b(?:in|since|during|until|by|of|from|throughout|early|late|mid|before|after)[\\s-]+)"
				+ YEAR + "\\b", Dates::yearOf1));
		rules.add(rule("(?<![\\d.,€$£/-])" + YEAR + "(?![\\d,.]\\d|\\s*(?:kg|tonnes?|tons?|euros?|people|km|m\\b))",
				Dates::yearOf1));
		return rules;
	}

	private static List<Rule> dutch() {
		String month = "(?i:(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
				+ "|jan\\.?|feb\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|okt\\.?|nov\\.?|dec\\.?))";
		String weekday = "(?i:(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))";
		String season = "(?i:(zomer|lente|voorjaar|herfst|najaar|winter))";
		List<Rule> rules = new ArrayList<>();
		rules.add(rule("(?i:\\b(?:in )?de nacht van )" + weekday + "(?i: op )" + weekday + "\\b",
				Dates::nightOfWeekdays));
		rules.add(rule(
				"(?i:\\b(?:in )?de nacht van )(\\d{1,2})(?i: op )(\\d{1,2})\\s+" + month + "(?:\\s+" + YEAR + ")?\\b",
				Dates::nightOfDays));
		rules.add(rule("\\b" + DAY + "\\s+" + month + "\\s+" + YEAR + "\\b", Dates::dayMonthYear));
		rules.add(rule("\\b" + weekday + ",?\\s+" + DAY + "\\s+" + month + "\\b", Dates::weekdayDayMonth));
		rules.add(rule("(?i:\\bsinds (?:het )?begin (?:van )?)" + YEAR + "\\b", Dates::yearOf1));
		rules.add(rule("\\b" + month + "\\s+" + YEAR + "\\b", Dates::monthYear));
		rules.add(rule("\\b" + DAY + "\\s+" + month + "(?i:\\s+(?:vorig|vorige|verleden) jaar\\b)",
				Dates::dayMonthLastYear));
		rules.add(rule("\\b" + month + "(?i:\\s+(?:vorig|vorige|verleden) jaar\\b)", Dates::monthLastYear));
		rules.add(rule("\\b" + DAY + "\\s+" + month + "\\b", Dates::dayMonth));
		rules.add(rule("(?i:\\b(?:in|sinds|begin|eind|half|midden|medio|tijdens|vorige|afgelopen)\\s+)" + month + "\\b",
				Dates::monthAlone));
		rules.add(rule("(?i:\\b(?:datzelfde|dat zelfde|hetzelfde|dat) jaar\\b|\\bhet jaar daarop\\b)", Dates::sameYear,
				true));
		rules.add(rule("(?i:\\b(?:eerder |begin |sinds begin |sinds het begin van )?dit jaar\\b)", Dates::thisYear));
		rules.add(rule("(?i:\\b(?:vorig|vorige|verleden|afgelopen) jaar\\b)", Dates::lastYear));
		rules.add(rule("(?i:\\b(?:eerder |begin )?deze maand\\b)", Dates::thisMonth));
		rules.add(rule("(?i:\\b(?:vorige|afgelopen) maand\\b)", Dates::lastMonth));
		rules.add(rule("(?i:\\b(?:vorige|afgelopen) week\\b)", Dates::lastWeek));
		rules.add(rule("(?i:\\b(?:eerder )?deze week\\b)", Dates::thisWeek));
		rules.add(rule("(?i:\\bdeze )" + season + "\\b", Dates::thisSeason));
		rules.add(rule("(?i:\\b(?:vorige|afgelopen) )" + season + "\\b", Dates::lastSeason));
		rules.add(rule("(?i:\\b(?:in|tijdens) de )" + season + "(?i:(?:maanden)?\\b)", Dates::contextSeason));
		rules.add(rule("(?i:\\b(?:(?:op|afgelopen|vorige)\\s+)?)" + weekday + "(?i:nacht\\b)", Dates::weekdayNight));
		rules.add(rule("(?i:\\b(?:vorig|afgelopen|dit|voorbije|het voorbije|het afgelopen|in het) weekend\\b)",
				Dates::weekend));
		rules.add(rule("(?i:\\b(?:onlangs|recent|enkele dagen geleden|een paar dagen geleden)\\b)", Dates::recent));
		rules.add(rule(
				"(?i:\\b(twee|drie|vier|vijf|zes|zeven|[0-9]{1,2}|een|één) dagen? (later|eerder|voordien|daarvoor|daarna|ervoor|nadien)\\b)",
				Dates::daysFromPrevious, true));
		rules.add(rule(
				"(?i:\\bde (?:dag|avond) (erna|daarna|ervoor|daarvoor)\\b|\\bdaags (nadien|daarna|erna|voordien|ervoor)\\b)",
				Dates::dayFromPrevious, true));
		rules.add(rule("(?i:\\b(?:vannacht|afgelopen nacht|vorige nacht|gisternacht)\\b)", Dates::overnight));
		rules
			.add(rule("(?i:\\b(?:gisteren|gisteravond|gisterochtend|gistermorgen|gistermiddag)\\b)", Dates::yesterday));
		rules.add(rule("(?i:\\b(?:vandaag|vanochtend|vanmorgen|vanavond)\\b)", Dates::today));
		rules.add(rule("(?i:\\b(?:(?:op|afgelopen|vorige|sinds)\\s+)?)" + weekday
				+ "(?i:(?:avond|ochtend|morgen|middag|namiddag|voormiddag)?\\b)", Dates::weekday));
		rules.add(rule("(?i:\\b(?:in|sinds|tijdens|begin|eind|van|tot|medio|voor|na)\\s+)" + YEAR + "\\b",
				Dates::yearOf1));
		rules.add(rule("(?<![\\d.,€$£/-])" + YEAR + "(?![\\d,.]\\d|\\s*(?:kg|ton|euro|mensen|km))", Dates::yearOf1));
		return rules;
	}

	private static List<Rule> french() {
		String month = "(?i:(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre))";
		String weekday = "(?i:(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))";
		String season = "(?i:(été|printemps|automne|hiver))";
		String day = "(1er|\\d{1,2})";
		List<Rule> rules = new ArrayList<>();
		rules.add(rule("(?i:\\b(?:dans )?la nuit (?:du|de) )" + weekday + "(?i:\\s+(?:au|à)\\s+)" + weekday + "\\b",
				Dates::nightOfWeekdays));
		rules.add(rule(
				"(?i:\\b(?:dans )?la nuit (?:du|de) )(?:" + weekday + "\\s+)?(\\d{1,2}|1er)(?i:\\s+(?:au|à)\\s+)(?:"
						+ weekday + "\\s+)?(\\d{1,2})\\s+" + month + "(?:\\s+" + YEAR + ")?\\b",
				Dates::nightOfDaysFrench));
		rules.add(rule("\\b" + day + "\\s+" + month + "\\s+" + YEAR + "\\b", Dates::dayMonthYear));
		rules.add(rule("\\b" + weekday + "\\s+" + day + "\\s+" + month + "\\b", Dates::weekdayDayMonth));
		rules.add(rule("(?i:\\bdepuis le début (?:de l['’]année )?(?:de )?)" + YEAR + "\\b", Dates::yearOf1));
		rules.add(rule("\\b" + month + "\\s+" + YEAR + "\\b", Dates::monthYear));
		rules.add(rule(
				"\\b" + day + "\\s+" + month
						+ "(?i:\\s+(?:de )?l['’](?:an|année) (?:dernier|dernière|passé|passée)\\b)",
				Dates::dayMonthLastYear));
		rules.add(rule("\\b" + month + "(?i:\\s+(?:de )?l['’](?:an|année) (?:dernier|dernière|passé|passée)\\b)",
				Dates::monthLastYear));
		rules.add(rule("\\b" + day + "\\s+" + month + "\\b", Dates::dayMonth));
		rules.add(rule("(?i:\\b(?:en|depuis|début|fin|mi-|courant|durant|pendant|dès|au mois de|le mois de)\\s*)"
				+ month + "\\b", Dates::monthAlone));
		rules.add(
				rule("(?i:\\bla même année\\b|\\bcette année-là\\b|\\bl['’]année suivante\\b)", Dates::sameYear, true));
		rules.add(rule("(?i:\\b(?:plus tôt |depuis le début de )?cette année\\b)", Dates::thisYear));
		rules.add(rule("(?i:\\bl['’]an (?:dernier|passé)\\b|\\bl['’]année (?:dernière|passée)\\b)", Dates::lastYear));
		rules.add(rule("(?i:\\b(?:plus tôt )?ce mois(?:-ci)?\\b)", Dates::thisMonth));
		rules.add(rule("(?i:\\ble mois (?:dernier|passé)\\b)", Dates::lastMonth));
		rules.add(rule("(?i:\\bla semaine (?:dernière|passée)\\b)", Dates::lastWeek));
		rules.add(rule("(?i:\\bcette semaine\\b)", Dates::thisWeek));
		rules.add(rule("(?i:\\bc(?:et|e) )" + season + "\\b(?! (?:dernier|passé))", Dates::thisSeason));
		rules.add(rule("(?i:\\bl['’])" + season + "(?i: (?:dernier|passé)\\b)", Dates::lastSeason));
		rules.add(rule("(?i:\\b(?:pendant|durant) l['’])" + season + "\\b", Dates::contextSeason));
		rules.add(rule("(?i:\\b(?:ce|le|du|au cours du) week-?end(?: dernier| passé)?\\b)", Dates::weekend));
		rules.add(rule("(?i:\\b(?:récemment|il y a quelques jours|ces derniers jours)\\b)", Dates::recent));
		rules.add(rule(
				"(?i:\\b(deux|trois|quatre|cinq|six|sept|[0-9]{1,2}|un) jours? (plus tard|plus tôt|avant|après|auparavant)\\b)",
				Dates::daysFromPrevious, true));
		rules.add(rule("(?i:\\ble (lendemain)\\b|\\bla (veille)\\b)", Dates::dayFromPrevious, true));
		rules.add(rule("(?i:\\b(?:fin|début) du mois (?:dernier|passé)\\b)", Dates::lastMonth));
		rules.add(rule("(?i:\\b(?:la nuit dernière|cette nuit|dans la nuit)\\b)", Dates::overnight));
		rules.add(rule("(?i:\\b(?:hier|hier soir|hier matin)\\b)", Dates::yesterday));
		rules.add(rule("(?i:\\b(?:aujourd['’]hui|ce matin|ce soir)\\b)", Dates::today));
		rules.add(rule("\\b" + weekday + "(?i:(?: (?:dernier|soir|matin|après-midi))?\\b)", Dates::weekday));
		rules.add(rule("(?i:\\b(?:en|depuis|durant|pendant|début|fin|dès|avant|après)\\s+)" + YEAR + "\\b",
				Dates::yearOf1));
		rules.add(rule("(?<![\\d.,€$£/-])" + YEAR + "(?![\\d,.]\\d|\\s*(?:kg|tonnes?|euros?|personnes|km))",
				Dates::yearOf1));
		return rules;
	}

	private static Rule rule(String regex, Resolver resolver) {
		return rule(regex, resolver, false);
	}

	private static Rule rule(String regex, Resolver resolver, boolean anaphoric) {
		return new Rule(Scan.of(Pattern.compile(regex, Pattern.UNICODE_CASE)), resolver, anaphoric,
				regex.contains("\\d"));
	}

	// --- resolvers ---

	private static Month month(String name) {
		return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	private static int day(String text) {
		return text.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(text);
	}

	private static DateRange dayMonthYear(Matcher m, Context c) {
		return DateRange.day(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), day(m.group(1))));
	}

	private static DateRange monthDayYear(Matcher m, Context c) {
		return DateRange.day(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), day(m.group(2))));
	}

	private static DateRange monthYear(Matcher m, Context c) {
		return DateRange.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
	}

	private static DateRange yearOf1(Matcher m, Context c) {
		int year = Integer.parseInt(m.group(1));
		int latest = c.published().isKnown() ? c.published().to().getYear() + 1 : 2100;
		return year < 1900 || year > latest ? null : DateRange.year(year);
	}

	/** "Saturday 16 August": the day and month decide; the weekday only confirms. */
	private static DateRange weekdayDayMonth(Matcher m, Context c) {
		Month month = month(m.group(3));
		Integer year = yearOfLatest(month, c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month, day(m.group(2))));
	}

	private static DateRange weekdayMonthDay(Matcher m, Context c) {
		Month month = month(m.group(2));
		Integer year = yearOfLatest(month, c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month, day(m.group(3))));
	}

	private static DateRange dayMonth(Matcher m, Context c) {
		Integer year = yearOfLatest(month(m.group(2)), c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month(m.group(2)), day(m.group(1))));
	}

	private static DateRange dayMonthLastYear(Matcher m, Context c) {
		return c.published().isKnown()
				? DateRange.day(LocalDate.of(c.published().to().getYear() - 1, month(m.group(2)), day(m.group(1))))
				: null;
	}

	private static DateRange monthLastYear(Matcher m, Context c) {
		return c.published().isKnown()
				? DateRange.month(YearMonth.of(c.published().to().getYear() - 1, month(m.group(1)))) : null;
	}

	private static DateRange monthDay(Matcher m, Context c) {
		Integer year = yearOfLatest(month(m.group(1)), c);
		return year == null ? null : DateRange.day(LocalDate.of(year, month(m.group(1)), day(m.group(2))));
	}

	private static DateRange monthAlone(Matcher m, Context c) {
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
		return month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
	}

	private static DateRange sameYear(Matcher m, Context c) {
		if (c.previousYear() == null) {
			return null;
		}
		boolean following = m.group().toLowerCase(Locale.ROOT).matches(".*(following|daarop|suivante).*");
		return DateRange.year(c.previousYear() + (following ? 1 : 0));
	}

	private static DateRange thisYear(Matcher m, Context c) {
		return c.published().isKnown() ? DateRange.year(c.published().to().getYear()) : null;
	}

	private static DateRange lastYear(Matcher m, Context c) {
		return c.published().isKnown() ? DateRange.year(c.published().to().getYear() - 1) : null;
	}

	private static DateRange thisMonth(Matcher m, Context c) {
		return published(c, DatePrecision.MONTH) ? DateRange.month(YearMonth.from(c.published().to())) : null;
	}

	private static DateRange lastMonth(Matcher m, Context c) {
		return published(c, DatePrecision.MONTH) ? DateRange.month(YearMonth.from(c.published().to()).minusMonths(1))
				: null;
	}

	private static DateRange lastWeek(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusWeeks(1).with(DayOfWeek.MONDAY),
				c.published().to().minusWeeks(1).with(DayOfWeek.SUNDAY));
	}

	private static DateRange thisWeek(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().with(DayOfWeek.MONDAY), c.published().to());
	}

	private static DateRange thisSeason(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		Season season = SEASONS.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate published = c.published().to();
		int year = published.getYear();
		// "this winter" in January means the winter that began in December
		if (season == Season.WINTER && published.getMonthValue() <= 2) {
			year--;
		}
		return DateRange.season(year, season);
	}

	private static DateRange lastSeason(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		Season season = SEASONS.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate published = c.published().to();
		int year = published.getYear();
		while (!season.end(year).isBefore(published)) {
			year--;
		}
		return DateRange.season(year, season);
	}

	private static DateRange contextSeason(Matcher m, Context c) {
		Season season = SEASONS.get(m.group(1).toLowerCase(Locale.ROOT).replace("maanden", ""));
		if (c.previousYear() != null) {
			return DateRange.season(c.previousYear(), season);
		}
		return thisSeason(m, c);
	}

	/**
	 * "The night of Saturday to Sunday": the latest such Sunday and the day before it; no
	 * clock time, so no single day.
	 */
	private static DateRange nightOfWeekdays(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		DayOfWeek second = WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
		LocalDate earliest = c.published().from().with(TemporalAdjusters.previousOrSame(second));
		LocalDate latest = c.published().to().with(TemporalAdjusters.previousOrSame(second));
		return cover(earliest.minusDays(1), latest);
	}

	/** "De nacht van 13 op 14 augustus". */
	private static DateRange nightOfDays(Matcher m, Context c) {
		Month month = month(m.group(3));
		Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : yearOfLatest(month, c);
		if (year == null) {
			return null;
		}
		LocalDate second = LocalDate.of(year, month, day(m.group(2)));
		return cover(second.minusDays(1), second);
	}

	/**
	 * "Dans la nuit du samedi 22 au dimanche 23 août": groups weekday?, day, weekday?,
	 * day, month, year?.
	 */
	private static DateRange nightOfDaysFrench(Matcher m, Context c) {
		Month month = month(m.group(5));
		Integer year = m.group(6) != null ? Integer.valueOf(m.group(6)) : yearOfLatest(month, c);
		if (year == null) {
			return null;
		}
		LocalDate second = LocalDate.of(year, month, day(m.group(4)));
		return cover(second.minusDays(1), second);
	}

	/** "Zaterdagnacht": the night after that Saturday, so that day or the next. */
	private static DateRange weekdayNight(Matcher m, Context c) {
		DateRange day = weekday(m, c);
		if (day == null) {
			return null;
		}
		LocalDate to = day.to().plusDays(1).isAfter(c.published().to()) ? day.to() : day.to().plusDays(1);
		return cover(day.from(), to);
	}

	/** "Last weekend": the latest Saturday and Sunday before publication. */
	private static DateRange weekend(Matcher m, Context c) {
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
	private static DateRange recent(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		return cover(c.published().from().minusDays(45), c.published().to());
	}

	/**
	 * "Last night", "vannacht", "cette nuit": the night before publication, so that day
	 * or the one before; the clock time alone could tell which.
	 */
	private static DateRange overnight(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		if (c.published().precision() != DatePrecision.DAY) {
			return today(m, c);
		}
		return cover(c.published().from().minusDays(1), c.published().to());
	}

	/** "Two days later", counted from the last day the text named. */
	private static DateRange daysFromPrevious(Matcher m, Context c) {
		if (c.previousDay() == null) {
			return null;
		}
		String count = m.group(1).toLowerCase(Locale.ROOT);
		Double n = count.equals("a") || count.equals("een") || count.equals("één") || count.equals("un")
				? Double.valueOf(1) : Numbers.parse(count);
		if (n == null || n < 1 || n > 31) {
			return null;
		}
		String direction = m.group(2).toLowerCase(Locale.ROOT);
		boolean later = direction.matches("later|after|daarna|nadien|plus tard|après");
		return DateRange
			.day(later ? c.previousDay().plusDays(n.longValue()) : c.previousDay().minusDays(n.longValue()));
	}

	/** "The next day", "la veille". */
	private static DateRange dayFromPrevious(Matcher m, Context c) {
		if (c.previousDay() == null) {
			return null;
		}
		String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
		boolean later = word.matches("next|following|after|erna|daarna|nadien|lendemain");
		return DateRange.day(later ? c.previousDay().plusDays(1) : c.previousDay().minusDays(1));
	}

	private static DateRange yesterday(Matcher m, Context c) {
		if (c.published().isKnown() && c.published().precision() == DatePrecision.MONTH) {
			return today(m, c); // a fresh report on a page dated to the month: that month
		}
		return c.published().isKnown() ? cover(c.published().from().minusDays(1), c.published().to().minusDays(1))
				: null;
	}

	private static DateRange today(Matcher m, Context c) {
		return c.published().isKnown() ? cover(c.published().from(), c.published().to()) : null;
	}

	/**
	 * "On Thursday": the latest Thursday on or before publication, as precisely as the
	 * publication date allows.
	 */
	private static DateRange weekday(Matcher m, Context c) {
		if (!c.published().isKnown()) {
			return null;
		}
		DayOfWeek day = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
		LocalDate earliest = c.published().from().with(TemporalAdjusters.previousOrSame(day));
		LocalDate latest = c.published().to().with(TemporalAdjusters.previousOrSame(day));
		return cover(earliest, latest);
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
