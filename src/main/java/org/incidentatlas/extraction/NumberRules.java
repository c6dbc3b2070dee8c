package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The number words of each language, parsed from
 * {@code extraction/<language>/numbers.txt}: cardinals ("nine", "negen", "neuf"), round
 * figures ("a dozen", "een tiental", "une soixantaine") and ordinals ("third", "derde",
 * "troisième"). {@link Numbers} reads with the words of every language, as it reads
 * digits. This class does no I/O: the caller hands it the files' text, and the files
 * shipped in the jar reach {@link Numbers} through a {@link Source} that the reading
 * package provides.
 */
public final class NumberRules {

	/** No words: numbers in digits only. */
	public static final NumberRules NONE = new NumberRules(Map.of());

	private static final List<String> BLOCKS = List.of("cardinal", "approximate", "ordinal");

	/**
	 * The text of each language's {@code numbers.txt}, for {@link Numbers}; registered
	 * with {@link ServiceLoader} by the package that reads files.
	 */
	public interface Source {

		Map<Language, String> files();

	}

	/** A rule's own example: the first number of {@code text} is worth {@code value}. */
	record Example(Language language, String block, String text, double value) {
	}

	/** One language's words: counts (cardinals and round figures) and ordinals. */
	private record Words(Map<String, Integer> counts, Map<String, Integer> ordinals, Set<String> approximate,
			List<Example> examples) {
	}

	private final Map<Language, Words> words;

	private NumberRules(Map<Language, Words> words) {
		this.words = words.isEmpty() ? Map.of() : new EnumMap<>(words);
	}

	/**
	 * @param files the text of each language's {@code numbers.txt}
	 * @throws IllegalArgumentException when a file holds a line it cannot read, with the
	 * line
	 */
	public static NumberRules parse(Map<Language, String> files) {
		Map<Language, Words> parsed = new EnumMap<>(Language.class);
		files.forEach((language, text) -> parsed
			.putAll(RuleFile.perLanguage(Map.of(language, text), "numbers.txt", t -> parse(language, t))));
		return new NumberRules(parsed);
	}

	private static Words parse(Language language, String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Integer> ordinals = new LinkedHashMap<>();
		Set<String> approximate = new HashSet<>();
		List<Example> examples = new ArrayList<>();
		for (RuleFile.Line line : RuleFile.lines(text)) {
			String block = line.block();
			if (!BLOCKS.contains(block)) {
				throw line.error("unknown block [" + block + "]");
			}
			if (line.isExample()) {
				String[] example = line.example();
				try {
					examples.add(new Example(language, block, example[0], Double.parseDouble(example[1])));
				}
				catch (NumberFormatException ex) {
					throw line.error("an example gives a number: '" + example[1] + "'", ex);
				}
				continue;
			}
			String[] parts = line.text().split("\\s+", 2);
			int value;
			try {
				value = Integer.parseInt(parts[0]);
			}
			catch (NumberFormatException ex) {
				throw line.error("a rule is 'VALUE word|word', not '" + line.text() + "'", ex);
			}
			if (parts.length < 2) {
				throw line.error("a rule needs its words after the value");
			}
			Map<String, Integer> target = block.equals("ordinal") ? ordinals : counts;
			for (String word : parts[1].split("\\|")) {
				String w = word.strip().toLowerCase(Locale.ROOT);
				if (w.isEmpty() || w.chars().anyMatch(Character::isDigit)) {
					throw line.error("'" + word.strip() + "' is not a word");
				}
				target.put(w, value);
				if (block.equals("approximate")) {
					approximate.add(w);
				}
			}
		}
		return new Words(Map.copyOf(counts), Map.copyOf(ordinals), Set.copyOf(approximate), List.copyOf(examples));
	}

	/**
	 * The words of the files that the reading package ships, or {@link #NONE} when no
	 * {@link Source} is on the class path.
	 */
	static NumberRules shipped() {
		return ServiceLoader.load(Source.class, NumberRules.class.getClassLoader())
			.findFirst()
			.map(source -> parse(source.files()))
			.orElse(NONE);
	}

	/**
	 * Every language's counts, the first language's value where two disagree (in
	 * {@link Language} order).
	 */
	Map<String, Integer> counts() {
		Map<String, Integer> all = new LinkedHashMap<>();
		words.values().forEach(w -> w.counts().forEach(all::putIfAbsent));
		return all;
	}

	/** Every language's round figures ("een tiental"), among {@link #counts()}. */
	Set<String> approximate() {
		Set<String> all = new HashSet<>();
		words.values().forEach(w -> all.addAll(w.approximate()));
		return all;
	}

	/** Every language's ordinals, as {@link #counts()}. */
	Map<String, Integer> ordinals() {
		Map<String, Integer> all = new LinkedHashMap<>();
		words.values().forEach(w -> w.ordinals().forEach(all::putIfAbsent));
		return all;
	}

	List<Example> examples(Language language) {
		Words w = words.get(language);
		return w == null ? List.of() : w.examples();
	}

}
