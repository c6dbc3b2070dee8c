package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads how many were killed and injured, and the victims' ages, from one sentence of one
 * language: "killing nine and injuring 48", "twee doden", "an 11-year-old girl shot
 * dead". The patterns come from the language's {@code casualties.txt}
 * ({@link CasualtyRules}).
 */
final class Casualties {

	/**
	 * @param injuredByWording whether {@code injured} is only the trigger's wording ("was
	 * shot", "werd neergeschoten"), which a death told of the same victim overrides
	 */
	record Count(Integer killed, Integer injured, List<Integer> ages, boolean injuredByWording) {

		/** Nothing said. */
		static final Count NONE = new Count(null, null, List.of(), false);

	}

	/** A rule's own example: {@code text} gives what {@code expected} lists. */
	record Example(String block, String text, String expected) {
	}

	/** Finds no casualties: for a language without rules. */
	static final Casualties NONE = parse("");

	private static final List<String> BLOCKS = List.of("killed", "injured", "dead", "hurt", "nobody-hurt", "critical",
			"victims", "age", "the-victim", "survived");

	/** Counts of the dead: "killing nine", "twee doden", "faisant deux morts". */
	/**
	 * By block, words one of which every match of the block holds,
	 * {@link StatisticRules#fold folded}; absent when a rule of the block has none that
	 * can be read.
	 */
	private final Map<String, List<String>> words;

	private final Scan killed;

	/** Counts of the injured: "injuring 48", "drie gewonden", "trois blessés". */
	private final Scan injured;

	/** A death told without a count: "shot dead", "om het leven gekomen", "abattu". */
	private final Scan dead;

	/**
	 * A victim who was hurt, told without a number: "raakte gewond", "a été blessé", "was
	 * taken to hospital".
	 */
	private final Scan hurt;

	private final Scan nobodyHurt;

	/** A victim between life and death, or saved: alive, so killed 0 and injured 1. */
	private final Scan critical;

	/** "Two men", "drie personen", "deux d'entre eux": how many victims, group 1. */
	private final Scan victims;

	private final Scan age;

	/**
	 * A victim told alive after the attack: "survived", "a été relâché", "levend
	 * teruggevonden": killed 0.
	 */
	private final Scan survived;

	/**
	 * A sentence about the victim of an event told before: "the victim", "het
	 * slachtoffer".
	 */
	private final Scan theVictim;

	final List<Example> examples;

	private Casualties(Map<String, String> blocks, Map<String, List<String>> words, List<Example> examples) {
		this.words = Map.copyOf(words);
		this.killed = compile(blocks.get("killed"));
		this.injured = compile(blocks.get("injured"));
		this.dead = compile(blocks.get("dead"));
		this.hurt = compile(blocks.get("hurt"));
		this.nobodyHurt = compile(blocks.get("nobody-hurt"));
		this.critical = compile(blocks.get("critical"));
		this.victims = compile(blocks.get("victims"));
		this.age = compile(blocks.get("age"));
		this.theVictim = compile(blocks.get("the-victim"));
		this.survived = compile(blocks.get("survived"));
		this.examples = List.copyOf(examples);
	}

	/**
	 * Reads one language's {@code casualties.txt}: blocks headed {@code [killed]},
	 * {@code [injured]}, {@code [dead]}, {@code [hurt]}, {@code [nobody-hurt]},
	 * {@code [critical]}, {@code [victims]}, {@code [age]}, {@code [the-victim]} or
	 * {@code [survived]}, each with an {@code example:} line ("text => expected") and
	 * then its regexes, one a line, that are alternatives. {@code {n}} is a number, in
	 * digits or words.
	 */
	static Casualties parse(String text) {
		Map<String, String> blocks = new LinkedHashMap<>();
		Map<String, List<String>> words = new LinkedHashMap<>();
		List<String> wordless = new ArrayList<>();
		List<Example> examples = new ArrayList<>();
		for (RuleFile.Line line : RuleFile.lines(text)) {
			String block = line.block();
			if (!BLOCKS.contains(block)) {
				throw line.error("unknown block [" + block + "]");
			}
			if (line.isExample()) {
				String[] example = line.example();
				examples.add(new Example(block, example[0], example[1]));
				continue;
			}
			String regex = line.text().replace("{n}", "(" + Numbers.PATTERN + ")");
			try {
				Pattern.compile(regex);
			}
			catch (java.util.regex.PatternSyntaxException ex) {
				throw line.error(ex.getDescription(), ex);
			}
			blocks.merge(block, regex, (a, b) -> a + "|" + b);
			List<String> held = words(line.text());
			if (held == null) {
				wordless.add(block);
			}
			else {
				words.computeIfAbsent(block, b -> new ArrayList<>()).addAll(held);
			}
		}
		words.keySet().removeAll(wordless);
		words.replaceAll((block, list) -> List.copyOf(list));
		return new Casualties(blocks, words, examples);
	}

	/**
	 * Words one of which every match of a rule holds: for each of its alternatives,
	 * {@link StatisticRules#words} of it without a word boundary at its end. Null when an
	 * alternative has none, or the rule holds a character class.
	 */
	static List<String> words(String rule) {
		List<String> alternatives = StatisticRules.topLevelAlternatives(rule);
		if (alternatives == null) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String alternative : alternatives) {
			if (alternative.endsWith("\\)") || alternative.contains("\\Q")) {
				return null; // its last group is not where the rule ends
			}
			if (alternative.endsWith("\\b") && !alternative.endsWith("\\\\b")) {
				alternative = alternative.substring(0, alternative.length() - 2);
			}
			List<String> held = alternative.isEmpty() ? null : StatisticRules.words(alternative);
			if (held == null) {
				return null;
			}
			words.addAll(held);
		}
		return words;
	}

	/**
	 * The blocks that match the sentence although it holds none of their words: none, or
	 * a block's words are wrong. For tests.
	 */
	List<String> matchedWithoutTheirWords(String sentence) {
		String folded = StatisticRules.fold(sentence);
		List<String> wrong = new ArrayList<>();
		Scan[] scans = { killed, injured, dead, hurt, nobodyHurt, critical, victims, age, theVictim, survived };
		String[] names = { "killed", "injured", "dead", "hurt", "nobody-hurt", "critical", "victims", "age",
				"the-victim", "survived" };
		for (int i = 0; i < scans.length; i++) {
			if (!mayHold(names[i], folded) && scans[i].in(sentence)) {
				wrong.add(names[i]);
			}
		}
		return wrong;
	}

	/** Whether a match of the block can be in the folded sentence. */
	private boolean mayHold(String block, String folded) {
		List<String> held = words.get(block);
		if (held == null) {
			return true;
		}
		for (String word : held) {
			if (folded.indexOf(word) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static Scan compile(String regex) {
		return Scan
			.of(Pattern.compile(regex == null ? "(?!)" : regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	Count read(String sentence, Lexicon.Outcome outcome) {
		String folded = StatisticRules.fold(sentence);
		Integer killed = mayHold("killed", folded) ? first(this.killed, sentence) : null;
		Integer injured = mayHold("injured", folded) ? first(this.injured, sentence) : null;
		boolean nobody = mayHold("nobody-hurt", folded) && nobodyHurt.in(sentence);
		boolean died = outcome == Lexicon.Outcome.KILLED || (mayHold("dead", folded) && dead.in(sentence));
		if (nobody) {
			injured = injured == null ? 0 : injured;
			if (!died) {
				killed = killed == null ? 0 : killed;
			}
		}
		int victims = mayHold("victims", folded) ? victims(sentence) : 1;
		if (killed == null && mayHold("critical", folded) && critical.in(sentence)) {
			killed = 0;
			injured = injured == null ? victims : injured;
		}
		if (injured == null && !nobody && mayHold("hurt", folded) && hurt.in(sentence)) {
			injured = victims;
		}
		if (died && killed == null) {
			killed = victims;
		}
		boolean byWording = false;
		if (outcome == Lexicon.Outcome.INJURED && injured == null && !died) {
			// "was shot" of a victim the sentence tells dead is no injury
			injured = victims;
			byWording = true;
		}
		if (killed == null && (mayHold("survived", folded) && survived.in(sentence))) {
			killed = 0;
		}
		List<Integer> ages = new ArrayList<>();
		Scan.Matches m = age.matches(sentence);
		while (m.next() && ages.size() < 5) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					int a = Integer.parseInt(m.group(g));
					if (a > 0 && a < 100) {
						ages.add(a);
					}
					break;
				}
			}
		}
		return new Count(killed, injured, ages, byWording);
	}

	/** Whether the sentence speaks of the victim of an event told before. */
	boolean namesTheVictim(String sentence) {
		return theVictim.in(sentence);
	}

	/** Whether the sentence says that nobody was hurt. */
	boolean nobodyHurt(String sentence) {
		return nobodyHurt.in(sentence);
	}

	/** "Two men were shot dead" means two; a single victim is the default. */
	private int victims(String sentence) {
		Integer n = first(victims, sentence);
		return n != null && n >= 1 && n < 1000 ? n : 1;
	}

	private static Integer first(Scan pattern, String sentence) {
		Scan.Matches m = pattern.matches(sentence);
		while (m.next()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					Double n = Numbers.parse(m.group(g));
					if (n != null && n == Math.floor(n) && n < 100_000) {
						return n.intValue();
					}
				}
			}
		}
		return null;
	}

}
