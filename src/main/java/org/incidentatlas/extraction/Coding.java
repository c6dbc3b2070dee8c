package org.incidentatlas.extraction;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.ReportedTime;
import org.incidentatlas.incident.TimeOfDay;

/**
 * Hints for the coding trackers use, read from one sentence where the text says it: the
 * kind ("handgranaat", "cocktail Molotov", "cobra"), the target ("voordeur", "façade",
 * "café") and the time of day ("'s nachts", "vers 3 h 15", "around 2 a.m."). A pure
 * function of the text and its language: the word lists live in
 * {@code extraction/<language>/coding.txt}, read once from the class path. Each hint is
 * null when the sentence does not say; an editor confirms every hint in review.
 * <p>
 * A rule file has one rule a line, {@code kind.value = term | term | ...}, tried in file
 * order (the first rule that matches wins, so the specific rules come first). A term is
 * words compared without case or accents; {@code word*} is any word starting so,
 * {@code *word} any word ending so; {@code ~} lets up to five words come between;
 * {@code re:} starts a regular expression instead, whose groups {@code h}, {@code m} and
 * {@code pm} give a clock time in {@code time.minute} and {@code time.hour} rules.
 */
public final class Coding {

	/** The hints of one sentence; each null when the sentence does not say. */
	public record Hints(IncidentSubtype subtype, IncidentTarget target, ReportedTime time) {

		public static final Hints NONE = new Hints(null, null, null);

		public boolean isEmpty() {
			return subtype == null && target == null && time == null;
		}

	}

	private record Rule(String kind, String value, List<Term> terms) {

		Matcher find(String folded) {
			for (Term t : terms) {
				Matcher m = t.find(folded);
				if (m != null) {
					return m;
				}
			}
			return null;
		}

	}

	/**
	 * A term's pattern, with the literal every match starts with ({@code head}), or null
	 * when it has none. A term is tried only where its head occurs: the same first match
	 * as {@link Matcher#find()}, without trying the pattern at every character.
	 */
	record Term(Pattern pattern, String head, Scan scan) {

		/** A term with its head. */
		Term(Pattern pattern, String head) {
			this(pattern, head, null);
		}

		/** A regular expression, tried where {@link Scan} says a match can start. */
		Term(Pattern pattern) {
			this(pattern, null, Scan.of(pattern));
		}

		Matcher find(String folded) {
			if (scan != null) {
				Scan.Matches found = scan.matches(folded);
				return found.next() ? found.matcher() : null;
			}
			Matcher m = pattern.matcher(folded);
			if (head == null) {
				return m.find() ? m : null;
			}
			m.useTransparentBounds(true).useAnchoringBounds(false);
			for (int i = folded.indexOf(head); i >= 0; i = folded.indexOf(head, i + 1)) {
				if (m.region(i, folded.length()).lookingAt()) {
					return m;
				}
			}
			return null;
		}

	}

	/** No rules: every sentence reads as saying nothing. */
	public static final Coding NONE = new Coding(Map.of());

	private final Map<Language, List<Rule>> rules;

	private Coding(Map<Language, List<Rule>> rules) {
		this.rules = rules;
	}

	/**
	 * The rules of each language, from the text of its
	 * {@code extraction/<language>/coding.txt}.
	 */
	public static Coding parse(Map<Language, String> files) {
		Map<Language, List<Rule>> rules = new EnumMap<>(Language.class);
		files.forEach((language, text) -> rules.put(language, parse(language.token() + "/coding.txt", text)));
		return new Coding(rules);
	}

	/** The hints of a sentence, with a sub-type of any type. */
	public Hints read(String sentence, Language language) {
		return read(sentence, language, null);
	}

	/**
	 * The hints of a sentence about an incident of {@code type}: only a sub-type of that
	 * type is proposed (a "grenade found" is a threat's, a "grenade" an explosion's).
	 * Null {@code type} allows any.
	 */
	public Hints read(String sentence, Language language, IncidentType type) {
		if (sentence == null || sentence.isBlank() || language == null || !rules.containsKey(language)) {
			return Hints.NONE;
		}
		String folded = fold(sentence);
		IncidentSubtype subtype = null;
		IncidentTarget target = null;
		TimeOfDay part = null;
		ReportedTime clock = null;
		for (Rule rule : rules.get(language)) {
			switch (rule.kind()) {
				case "subtype" -> {
					IncidentSubtype candidate = IncidentSubtype.valueOf(rule.value());
					if (subtype == null && (type == null || candidate.type() == type) && rule.find(folded) != null) {
						subtype = candidate;
					}
				}
				case "target" -> {
					if (target == null && rule.find(folded) != null) {
						target = IncidentTarget.valueOf(rule.value());
					}
				}
				case "time" -> {
					if (rule.value().equals("MINUTE") || rule.value().equals("HOUR")) {
						Matcher m = clock == null ? rule.find(folded) : null;
						if (m != null) {
							clock = clock(m, rule.value().equals("HOUR"));
						}
					}
					else if (part == null && rule.find(folded) != null) {
						part = TimeOfDay.valueOf(rule.value());
					}
				}
				default -> throw new IllegalStateException("unknown rule kind " + rule.kind());
			}
		}
		return new Hints(subtype, target, time(clock, part));
	}

	/**
	 * A clock time with the part of the day the sentence gives: "10 uur 's avonds" is
	 * 22:00.
	 */
	private static ReportedTime time(ReportedTime clock, TimeOfDay part) {
		if (clock == null) {
			return part == null ? null : new ReportedTime(part, null, ReportedTime.Precision.PART_OF_DAY);
		}
		LocalTime t = clock.time();
		if (part != null && part != clock.part() && t.getHour() < 12
				&& (part == TimeOfDay.AFTERNOON || part == TimeOfDay.EVENING)) {
			t = t.plusHours(12);
		}
		return new ReportedTime(TimeOfDay.of(t), t, clock.precision());
	}

	private static ReportedTime clock(Matcher m, boolean hourOnly) {
		int hour = Integer.parseInt(m.group("h"));
		int minute = hourOnly || m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
		String pm = group(m, "pm");
		if (pm != null && pm.startsWith("p") && hour < 12) {
			hour += 12;
		}
		else if (pm != null && pm.startsWith("a") && hour == 12) {
			hour = 0;
		}
		if (hour > 23 || minute > 59) {
			return null;
		}
		LocalTime time = LocalTime.of(hour, minute);
		return new ReportedTime(TimeOfDay.of(time), time,
				hourOnly || m.group("m") == null ? ReportedTime.Precision.HOUR : ReportedTime.Precision.MINUTE);
	}

	private static String group(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Lower case, accents removed, curly apostrophes straightened, spaces evened out. */
	static String fold(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(plain.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	private static List<Rule> parse(String path, String text) {
		List<Rule> rules = new ArrayList<>();
		int number = 0;
		for (String line : text.lines().toList()) {
			number++;
			String rule = line.strip();
			if (rule.isEmpty() || rule.startsWith("#")) {
				continue;
			}
			int equals = rule.indexOf('=');
			int dot = rule.indexOf('.');
			if (equals < 0 || dot < 0 || dot > equals) {
				throw new IllegalStateException(path + ":" + number + ": expected kind.value = terms");
			}
			String kind = rule.substring(0, dot).strip();
			String value = rule.substring(dot + 1, equals).strip().toUpperCase(Locale.ROOT);
			String terms = rule.substring(equals + 1).strip();
			List<Term> patterns = new ArrayList<>();
			if (terms.startsWith("re:")) {
				patterns.add(new Term(Pattern.compile(terms.substring(3).strip())));
			}
			else {
				for (String term : terms.split("\\|")) {
					if (!term.isBlank()) {
						patterns.add(new Term(term(term.strip()), head(term.strip())));
					}
				}
			}
			rules.add(new Rule(kind, value, List.copyOf(patterns)));
		}
		return List.copyOf(rules);
	}

	private static final String LETTER = "[\\p{L}\\p{N}]";

	/**
	 * The literal that every match of {@link #term} starts with: its first word, without
	 * a trailing {@code *}; null when it starts with {@code *word} or {@code ~}.
	 */
	static String head(String term) {
		String first = fold(term).split(" ")[0];
		if (first.equals("~") || first.length() > 1 && first.startsWith("*")) {
			return null;
		}
		String head = first.endsWith("*") ? first.substring(0, first.length() - 1) : first;
		return head.isEmpty() ? null : head;
	}

	/** A term of words, {@code word*} and {@code ~}, as a pattern over folded text. */
	static Pattern term(String term) {
		StringBuilder regex = new StringBuilder("(?<!" + LETTER + ")");
		String[] words = fold(term).split(" ");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (word.equals("~")) {
				regex.append("(?:[^\\p{L}\\p{N}]+" + LETTER + "+){0,5}?");
				continue;
			}
			if (i > 0) {
				regex.append("[^\\p{L}\\p{N}]+");
			}
			boolean suffix = word.length() > 1 && word.startsWith("*");
			if (suffix) {
				word = word.substring(1);
				regex.append("[\\p{L}\\p{N}]*");
			}
			boolean prefix = word.endsWith("*");
			regex.append(Pattern.quote(prefix ? word.substring(0, word.length() - 1) : word));
			if (prefix) {
				regex.append("[\\p{L}\\p{N}]*");
			}
		}
		regex.append("(?!" + LETTER + ")");
		return Pattern.compile(regex.toString());
	}

}
