package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;

/**
 * The rules that find reported figures, one set per language, parsed from the text of the
 * {@code extraction/<language>/statistics.txt} files (read by whoever builds the
 * extractor: this package does no I/O). A rule is one line,
 * {@code KIND ARGUMENT PATTERN}, followed by an indented {@code example:} line that the
 * tests run: <pre>
 * count  shootings     {Q}{N} {W}shootings          a tally and the metric it counts
 *     example: Police counted 57 shootings in Brussels this year. => shootings 57
 * period year-to-date  since the start of the year  a period and the resolver that dates it
 *     example: Since the start of the year, ... => 2025
 * qualifier over       more than|over               words before a number
 * number 60            sixty|zestig                 number words beyond twenty
 * ordinal 9            ninth|negende                "the ninth death this year"
 * approximate 60       zestigtal|soixantaine        "about sixty"
 * month 6              june|juni|juin               month names, for {MONTH}
 * capital be-bru       the capital|de hoofdstad     a tally "in the capital" is in that country's capital
 * </pre> In patterns {@code {N}} is a number, {@code {Q}} an optional qualifier,
 * {@code {ORD}} an ordinal, {@code {W}} up to three words (not numbers) or elided
 * articles ("d'incidents"), {@code {MONTH}} a month's name and {@code {YEAR}} a year. The
 * metric {@code previous} counts what the last figure counted ("20 of which in the
 * summer"), in the same sentence or the one just before; the metric {@code story} counts
 * what the story's last figure counted, however far back ("the feud accounts for much of
 * it: 27 times in that city"). Examples resolve against a publication date of 15 October
 * 2025.
 */
public final class StatisticRules {

	/** What the examples' relative periods resolve against. */
	public static final String EXAMPLE_PUBLISHED = "2025-10-15";

	/** No rules: an extractor built with them reads no tallies, only tonnages. */
	public static final StatisticRules NONE = new StatisticRules(new EnumMap<>(Language.class));

	/** A figure rule or a period rule, as written, with its example. */
	public record Rule(Language language, String kind, String argument, String pattern, String example, int line) {
	}

	/** The compiled rules of one language. */
	static final class Set {

		final List<Rule> rules = new ArrayList<>();

		final List<Count> counts = new ArrayList<>();

		final List<Period> periods = new ArrayList<>();

		final Map<String, Qualifier> qualifiers = new LinkedHashMap<>();

		/** A qualifier just before a number: "more than |57". */
		Pattern qualifierBefore;

		/** Where a number starts. */
		Pattern numberStart;

		/**
		 * {@link #numberStart}, tried only where its first two characters can start a
		 * match.
		 */
		Scan numberStarts;

		final Map<String, Integer> numbers = new HashMap<>();

		final Map<String, Integer> ordinals = new HashMap<>();

		final Map<String, Integer> approximates = new HashMap<>();

		final Map<String, Integer> months = new HashMap<>();

		/**
		 * Phrases for a capital ("the capital", "de hoofdstad") and the gazetteer key of
		 * each country's capital.
		 */
		final Map<String, List<String>> capitals = new LinkedHashMap<>();

		Pattern capital;

		/** Any number, number word or ordinal: a sentence without one holds no figure. */
		Pattern numberCue;

		/**
		 * {@link #numberCue}, tried only where its first two characters can start a
		 * match.
		 */
		Scan numberCues;

	}

	/** A figure pattern: {@code metric} is null for "what the last figure counted". */
	/**
	 * @param anchored for a rule that starts with its number, the rule from the number
	 * on, tried only where a number stands (the qualifier before it is read apart): far
	 * cheaper than a search of the whole sentence; null for other rules
	 * @param scan the pattern, tried only where its first two characters can start a
	 * match: it finds what {@code pattern.matcher(text).find()} finds, sooner
	 * @param words {@link #words}: one of them is in every match, so a sentence without
	 * them has none, and a number after the last of them starts none; null when the rule
	 * cannot be read that way
	 */
	/**
	 * @param story for the metric {@code story}: what the story's last figure counted,
	 * however far back
	 */
	record Count(Metric metric, boolean story, Pattern pattern, Pattern anchored, Rule rule, Scan scan,
			List<String> words) {
	}

	/**
	 * @param scan the pattern, tried only where its first two characters can start a
	 * match
	 */
	record Period(String resolver, Pattern pattern, Rule rule, Scan scan) {
	}

	private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(.+)");

	private final Map<Language, Set> byLanguage;

	private StatisticRules(Map<Language, Set> byLanguage) {
		this.byLanguage = byLanguage;
	}

	/**
	 * Parses the rule files.
	 * @param files the text of each language's {@code statistics.txt}
	 * @throws IllegalArgumentException naming the file and line of a rule that does not
	 * parse
	 */
	public static StatisticRules parse(Map<Language, String> files) {
		Map<Language, Set> sets = new EnumMap<>(Language.class);
		files.forEach((language, text) -> sets.put(language, parse(language, text)));
		return new StatisticRules(sets);
	}

	/** Every figure and period rule, with its example, for the tests. */
	public List<Rule> rules() {
		List<Rule> all = new ArrayList<>();
		byLanguage.values().forEach(s -> all.addAll(s.rules));
		return all;
	}

	/** Whether a rule's pattern finds something in its own example. */
	public boolean matchesOwnExample(Rule rule) {
		Set set = byLanguage.get(rule.language());
		String example = exampleText(rule);
		for (Count c : set.counts) {
			if (c.rule() == rule) {
				return c.pattern().matcher(example).find();
			}
		}
		for (Period p : set.periods) {
			if (p.rule() == rule) {
				return p.pattern().matcher(example).find();
			}
		}
		return false;
	}

	/** The period a period rule reads in its own example, or null when it reads none. */
	public org.incidentatlas.time.DateRange periodOfOwnExample(Rule rule, org.incidentatlas.time.DateRange published) {
		for (Period p : byLanguage.get(rule.language()).periods) {
			if (p.rule() == rule) {
				Matcher m = p.pattern().matcher(exampleText(rule));
				if (!m.find()) {
					return null;
				}
				Set set = byLanguage.get(rule.language());
				Integer n = null;
				String number = group(m, "n");
				if (number != null) {
					Integer word = set.numbers.get(number.toLowerCase(Locale.ROOT));
					Double d = Numbers.parse(number);
					n = word != null ? word : d == null ? null : d.intValue();
				}
				return StatisticPeriods.resolve(p.resolver(), new StatisticPeriods.Match(m, n, published, set.months));
			}
		}
		return null;
	}

	/** The example without its expected result ("... => shootings 57"). */
	public static String exampleText(Rule rule) {
		int arrow = rule.example().lastIndexOf("=>");
		return (arrow < 0 ? rule.example() : rule.example().substring(0, arrow)).strip();
	}

	/** The expected result of the example, or null when it gives none. */
	public static String expected(Rule rule) {
		int arrow = rule.example().lastIndexOf("=>");
		return arrow < 0 ? null : rule.example().substring(arrow + 2).strip();
	}

	Set of(Language language) {
		Set set = byLanguage.get(language);
		return set != null ? set : new Set();
	}

	private static Set parse(Language language, String text) {
		Set set = new Set();
		String[] lines = text.split("\r?\n");
		List<String[]> pending = new ArrayList<>(); // kind, argument, pattern, line
													// number
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (Character.isWhitespace(line.charAt(0))) {
				if (!trimmed.startsWith("example:") || pending.isEmpty()) {
					throw error(language, i, "an indented line must be the example of the rule above it");
				}
				String[] rule = pending.remove(pending.size() - 1);
				set.rules.add(new Rule(language, rule[0], rule[1], rule[2],
						trimmed.substring("example:".length()).strip(), Integer.parseInt(rule[3])));
				continue;
			}
			Matcher m = LINE.matcher(trimmed);
			if (!m.matches()) {
				throw error(language, i, "a rule is KIND ARGUMENT PATTERN");
			}
			String kind = m.group(1);
			String argument = m.group(2);
			String pattern = m.group(3).strip();
			switch (kind) {
				case "qualifier" -> {
					Qualifier q = enumValue(Qualifier.class, argument, language, i);
					for (String word : pattern.split("\\|")) {
						set.qualifiers.put(word.strip().toLowerCase(Locale.ROOT), q);
					}
				}
				case "capital" -> {
					for (String phrase : pattern.split("\\|")) {
						set.capitals.computeIfAbsent(phrase.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
							.add(argument);
					}
				}
				case "number", "ordinal", "approximate", "month" -> {
					int value;
					try {
						value = Integer.parseInt(argument);
					}
					catch (NumberFormatException ex) {
						throw error(language, i, "'" + argument + "' is not a whole number");
					}
					Map<String, Integer> words = kind.equals("number") ? set.numbers : kind.equals("ordinal")
							? set.ordinals : kind.equals("month") ? set.months : set.approximates;
					for (String word : pattern.split("\\|")) {
						words.put(word.strip().toLowerCase(Locale.ROOT), value);
					}
				}
				case "count", "period" -> {
					if (!pending.isEmpty()) {
						throw error(language, i, "the rule above has no example");
					}
					pending.add(new String[] { kind, argument, pattern, Integer.toString(i + 1) });
				}
				default -> throw error(language, i, "unknown kind '" + kind + "'");
			}
		}
		if (!pending.isEmpty()) {
			throw error(language, Integer.parseInt(pending.get(0)[3]) - 1, "the last rule has no example");
		}
		compounds(language, set.numbers);
		if (!set.capitals.isEmpty()) {
			set.capital = Pattern
				.compile("(?iu)(?<![\\p{L}])(?:" + alternation(set.capitals.keySet()) + ")(?![\\p{L}])");
		}
		for (Rule rule : set.rules) {
			Pattern compiled;
			try {
				compiled = Pattern
					.compile("(?iu)(?<![\\p{L}\\d])(?:" + expand(rule.pattern(), set) + ")(?![\\p{L}\\d])");
			}
			catch (PatternSyntaxException ex) {
				throw error(language, rule.line() - 1, ex.getDescription());
			}
			if (rule.kind().equals("count")) {
				boolean story = rule.argument().equals("story");
				Metric metric = rule.argument().equals("previous") || story ? null
						: enumValue(Metric.class, rule.argument(), language, rule.line() - 1);
				String p = rule.pattern();
				String fromNumber = p.startsWith("{Q}{N}") ? p.substring(3) : p.startsWith("{N}") ? p : null;
				Pattern anchored = fromNumber == null || fromNumber.indexOf('|') >= 0 && !fromNumber.startsWith("{N} ")
						? null : Pattern.compile("(?iu)(?:" + expand(fromNumber, set) + ")(?![\\p{L}\\d])");
				set.counts.add(new Count(metric, story, compiled, anchored, rule,
						anchored == null ? Scan.of(compiled) : null, words(rule.pattern())));
			}
			else {
				if (!StatisticPeriods.knows(rule.argument())) {
					throw error(language, rule.line() - 1, "no period resolver is called '" + rule.argument() + "'");
				}
				set.periods.add(new Period(rule.argument(), compiled, rule, Scan.of(compiled)));
			}
		}
		if (!set.counts.isEmpty()) {
			java.util.Set<String> words = new java.util.HashSet<>(set.numbers.keySet());
			words.addAll(set.approximates.keySet());
			words.addAll(set.ordinals.keySet());
			set.numberStart = Pattern
				.compile("(?iu)(?<![-/.,:\\p{L}\\d])(?:\\d|" + alternation(words) + "|" + Numbers.PATTERN + ")");
			set.numberStarts = Scan.of(set.numberStart);
			if (!set.qualifiers.isEmpty()) {
				set.qualifierBefore = Pattern
					.compile("(?iu)(?<![\\p{L}])(" + alternation(set.qualifiers.keySet()) + ")\\s+$");
			}
			set.numberCue = Pattern
				.compile("(?iu)\\d|(?<![\\p{L}])(?:" + Numbers.PATTERN + "|" + alternation(words) + ")(?![\\p{L}])");
			set.numberCues = Scan.of(set.numberCue);
		}
		return set;
	}

	/**
	 * Numbers from 21 to 99 built from the file's tens and units, as each language writes
	 * them: "twenty-five", "vijfentwintig", "vingt-cinq".
	 */
	private static void compounds(Language language, Map<String, Integer> numbers) {
		Map<String, Integer> tens = new HashMap<>();
		Map<String, Integer> units = new HashMap<>();
		numbers.forEach((word, value) -> {
			if (value >= 20 && value <= 90 && value % 10 == 0 && !word.contains(" ") && !word.contains("-")) {
				tens.put(word, value);
			}
			if (value >= 1 && value <= 9) {
				units.put(word, value);
			}
		});
		tens.forEach((ten, t) -> units.forEach((unit, u) -> {
			switch (language) {
				case EN -> {
					numbers.putIfAbsent(ten + "-" + unit, t + u);
					numbers.putIfAbsent(ten + " " + unit, t + u);
				}
				case NL -> numbers.putIfAbsent(unit + (unit.endsWith("e") ? "ën" : "en") + ten, t + u);
				case FR -> numbers.putIfAbsent(u == 1 ? ten + " et " + unit : ten + "-" + unit, t + u);
			}
		}));
	}

	private static String expand(String pattern, Set set) {
		String qualifiers = alternation(set.qualifiers.keySet());
		String number = "(?:" + Numbers.PATTERN + (set.numbers.isEmpty() ? "" : "|" + alternation(set.numbers.keySet()))
				+ (set.approximates.isEmpty() ? "" : "|" + alternation(set.approximates.keySet())) + ")";
		String expanded = pattern.replace("{W}", "(?:[\\p{L}'’-]+\\s+|\\p{L}['’]){0,3}"); // words,
		// not
		// numbers:
		// "9
		// morts
		// et 48
		// blessés"
		// is two
		// figures
		expanded = numbered(expanded, "{Q}", "q", qualifiers.isEmpty() ? null : "(?:(?<%s>" + qualifiers + ")\\s+)?");
		// not the "06" of "2022-06", nor the "5" of "1.5" or "10:5"
		expanded = numbered(expanded, "{N}", "n", "(?<![-/.,:\\d])(?<%s>" + number + ")");
		expanded = numbered(expanded, "{ORD}", "ord", "(?<%s>\\d{1,3}(?:st|nd|rd|th|ste|de|e|ème|eme|er)"
				+ (set.ordinals.isEmpty() ? "" : "|" + alternation(set.ordinals.keySet())) + ")");
		expanded = numbered(expanded, "{MONTH}", "month",
				"(?<%s>" + (set.months.isEmpty() ? "(?!)" : alternation(set.months.keySet())) + ")");
		return numbered(expanded, "{YEAR}", "year", "(?<%s>(?:19|20)\\d{2})");
	}

	/**
	 * Words one of which is in every match of a rule, {@link #fold folded}: the literal
	 * start of each alternative of the group the rule ends with ("{N} {W}(?:shootings|gun
	 * attacks)"), else the literal it ends with ("the {ORD} shooting"), else the same at
	 * its start ("dont {Q}{N}"). Null when the rule has an alternative at its top level
	 * or a character class, or no such literal of two characters or more.
	 */
	static List<String> words(String pattern) {
		int depth = 0;
		int lastOpen = -1;
		int firstClose = -1;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				return null; // a class could hold brackets; such a rule is tried
								// everywhere
			}
			else if (c == '(') {
				if (depth == 0) {
					lastOpen = i;
				}
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (depth == 0 && firstClose < 0) {
					firstClose = i;
				}
			}
			else if (c == '|' && depth == 0) {
				return null;
			}
		}
		if (depth != 0) {
			return null;
		}
		List<String> words = null;
		if (pattern.endsWith(")")) {
			if (pattern.startsWith("(?:", lastOpen)) {
				words = alternatives(pattern.substring(lastOpen + 3, pattern.length() - 1));
			}
		}
		else {
			int k = pattern.length() - 1;
			while (k >= 0 && SPECIAL.indexOf(pattern.charAt(k)) < 0) {
				k--;
			}
			String literal = pattern.substring(k + 1);
			if (k >= 0 && pattern.charAt(k) == '\\' && !literal.isEmpty()) {
				literal = literal.substring(1); // "\\s": its first letter belongs to the
												// escape
			}
			words = literal.length() < 2 ? null : List.of(fold(literal));
		}
		if (words != null) {
			return words;
		}
		if (pattern.startsWith("(?:")) {
			boolean optional = firstClose + 1 < pattern.length() && "?*+{".indexOf(pattern.charAt(firstClose + 1)) >= 0;
			return optional ? null : alternatives(pattern.substring(3, firstClose));
		}
		String literal = literalStart(pattern);
		return literal.length() < 2 ? null : List.of(fold(literal));
	}

	/**
	 * The literal start of each alternative of a group's body, or null when one has none
	 * of two characters or more.
	 */
	private static List<String> alternatives(String body) {
		List<String> parts = topLevelAlternatives(body);
		if (parts == null) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String part : parts) {
			String literal = literalStart(part);
			if (literal.length() < 2) {
				return null;
			}
			words.add(fold(literal));
		}
		return List.copyOf(words);
	}

	/**
	 * A regex split at its top-level bars ("a|b(c|d)" gives "a" and "b(c|d)"); null when
	 * its groups do not close or it holds a character class (which could hold either).
	 */
	static List<String> topLevelAlternatives(String regex) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i <= regex.length(); i++) {
			char c = i < regex.length() ? regex.charAt(i) : '|';
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				return null;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(regex.substring(from, i));
				from = i + 1;
			}
		}
		return depth == 0 ? parts : null;
	}

	private static final String SPECIAL = "\\()[]{}?*+.^$|";

	/**
	 * The characters an alternative starts with that match only themselves: "murder" of
	 * "murders? victims".
	 */
	private static String literalStart(String alternative) {
		int end = 0;
		while (end < alternative.length() && SPECIAL.indexOf(alternative.charAt(end)) < 0) {
			end++;
		}
		if (end < alternative.length() && "?*{".indexOf(alternative.charAt(end)) >= 0) {
			end--; // the character before a quantifier may be absent
		}
		return alternative.substring(0, Math.max(0, end));
	}

	/**
	 * A text with each character case-folded as a case-insensitive Unicode regex compares
	 * it ({@code (?iu)}): same length, so offsets carry over.
	 */
	static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c < 0x80) {
				chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // the
																				// same,
																				// for
																				// ASCII,
																				// without
																				// the
																				// tables
			}
			else {
				chars[i] = Character.toLowerCase(Character.toUpperCase(c));
			}
		}
		return new String(chars);
	}

	/**
	 * Each use of a macro gets its own group, "n", "n2", "n3", so that a macro may appear
	 * in several alternatives.
	 */
	private static String numbered(String pattern, String macro, String group, String template) {
		StringBuilder b = new StringBuilder();
		int from = 0;
		int uses = 0;
		for (int at = pattern.indexOf(macro); at >= 0; at = pattern.indexOf(macro, from)) {
			b.append(pattern, from, at);
			uses++;
			if (template != null) {
				b.append(String.format(Locale.ROOT, template, uses == 1 ? group : group + uses));
			}
			from = at + macro.length();
		}
		return b.append(pattern.substring(from)).toString();
	}

	/**
	 * The text of a macro's group in a match, whichever of its uses matched; null when
	 * none did.
	 */
	static String group(Matcher m, String group) {
		for (int use = 1; use <= MAX_USES; use++) {
			try {
				String text = m.group(use == 1 ? group : group + use);
				if (text != null) {
					return text;
				}
			}
			catch (IllegalArgumentException ex) {
				return null; // no such group: the macro is used fewer times
			}
		}
		return null;
	}

	private static final int MAX_USES = 9;

	/**
	 * One regex for a set of words, as a letter tree ({@link Numbers#trie}): the rules
	 * try these at every word of every sentence with a number, so a list tried word by
	 * word would cost too much. A longer word is tried before its prefix; a space matches
	 * any run of spaces.
	 */
	private static String alternation(java.util.Collection<String> words) {
		return Numbers.trie(words).replace("\\ ", "\\s+");
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String token, Language language, int line) {
		try {
			return Enum.valueOf(type, token.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw error(language, line, "'" + token + "' is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
		}
	}

	private static IllegalArgumentException error(Language language, int line, String problem) {
		return new IllegalArgumentException(
				"extraction/" + language.token() + "/statistics.txt line " + (line + 1) + ": " + problem);
	}

}
