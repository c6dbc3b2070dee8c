package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.incidentatlas.place.PlaceNames;

/**
 * The place rules of each language, parsed from {@code extraction/<language>/places.txt}:
 * the words before a name that make it where someone came from rather than where
 * something happened, the words that make a name a province ("la province d'Anvers"), and
 * the adjectives that name a city ("de Antwerpse haven", "la police anversoise"). The
 * caller reads the files; this class does no I/O.
 * <p>
 * A file is made of blocks: {@code [origin]}, {@code [province]}, {@code [demonym upper]}
 * or {@code [demonym lower]} (how the language writes the adjective) and
 * {@code [adjective-suffix]}. Each block has one {@code example:} line, a sentence of our
 * own and after {@code =>} the city or region it must be placed in, which
 * {@code PlaceRulesTest} runs. Origin and province lines are regexes for the words just
 * before a name; demonym lines are {@code place-key = form | form}; suffix lines are
 * endings that turn a place name into its adjective (Dutch "Rotterdam" → "Rotterdamse",
 * "Antwerpen" → "Antwerpse").
 */
public final class PlaceRules {

	/** No rules: only "from" and "uit" mark an origin, and no adjective names a city. */
	public static final PlaceRules NONE = new PlaceRules(Map.of());

	/** A block's example: the sentence and the city or region it is placed in. */
	record Example(String block, String text, String expected) {
	}

	/** The rules of one language. */
	static final class Rules {

		static final Rules DEFAULT = new Rules();

		Pattern origin = cue(List.of("from", "uit"));

		Pattern province = null;

		/**
		 * The words before the seat of a prosecutor's office ("het OM Rotterdam", "le
		 * parquet de Bruxelles"): where a case is run, a scene only when nothing else is
		 * named.
		 */
		Pattern seat = null;

		/**
		 * A preposition of place and the capitalised word after it, for a town the
		 * gazetteer does not hold.
		 */
		Pattern locality = null;

		/** Capitalised words that follow such a preposition but name no place. */
		final java.util.Set<String> notPlaces = new java.util.HashSet<>();

		/** Normalised adjective → gazetteer key. */
		final Map<String, String> demonyms = new HashMap<>();

		/** Whether the language writes its demonym adjectives with a capital. */
		boolean upperCaseDemonyms = true;

		final List<String> suffixes = new ArrayList<>();

		final List<Example> examples = new ArrayList<>();

		boolean isOrigin(String lead) {
			return origin != null && origin.matcher(lead.replace('\u00a0', ' ')).find();
		}

		boolean isSeat(String lead) {
			return seat != null && seat.matcher(lead.replace('\u00a0', ' ')).find();
		}

		boolean isProvince(String lead) {
			return province != null && province.matcher(lead.replace('\u00a0', ' ')).find();
		}

	}

	private final Map<Language, Rules> languages;

	private PlaceRules(Map<Language, Rules> languages) {
		this.languages = languages.isEmpty() ? Map.of() : new EnumMap<>(languages);
	}

	/**
	 * @param files the text of each language's {@code places.txt}
	 * @throws IllegalArgumentException when a file holds a line it cannot read, with the
	 * line
	 */
	public static PlaceRules parse(Map<Language, String> files) {
		return new PlaceRules(RuleFile.perLanguage(files, "places.txt", PlaceRules::parse));
	}

	Rules of(Language language) {
		return language == null ? Rules.DEFAULT : languages.getOrDefault(language, Rules.DEFAULT);
	}

	List<Example> examples(Language language) {
		return of(language).examples;
	}

	private static Rules parse(String text) {
		Rules rules = new Rules();
		List<String> origin = new ArrayList<>();
		List<String> province = new ArrayList<>();
		List<String> seat = new ArrayList<>();
		List<String> locality = new ArrayList<>();
		for (RuleFile.Line rule : RuleFile.lines(text)) {
			String block = rule.block();
			String line = rule.text();
			if (block.startsWith("demonym")) {
				rules.upperCaseDemonyms = !block.endsWith("lower");
			}
			if (rule.isExample()) {
				String[] example = rule.example();
				rules.examples.add(new Example(block, example[0], example[1]));
				continue;
			}
			switch (rule.kind()) {
				case "origin" -> origin.add(line);
				case "province" -> province.add(line);
				case "seat" -> seat.add(line);
				case "locality" -> locality.add(line);
				case "not-a-place" -> {
					for (String word : line.split("\\|")) {
						if (!word.isBlank()) {
							rules.notPlaces.add(PlaceNames.normalize(word));
						}
					}
				}
				case "adjective-suffix" -> rules.suffixes.add(line);
				case "demonym" -> {
					int eq = line.indexOf('=');
					if (eq < 0) {
						throw rule.error("expected 'place-key = form | form'");
					}
					String key = line.substring(0, eq).strip();
					for (String form : line.substring(eq + 1).split("\\|")) {
						if (!form.isBlank()) {
							rules.demonyms.put(PlaceNames.normalize(form), key);
						}
					}
				}
				default -> throw rule.error("unknown block [" + block + "]");
			}
		}
		if (!origin.isEmpty()) {
			rules.origin = cue(origin);
		}
		if (!province.isEmpty()) {
			rules.province = cue(province);
		}
		if (!seat.isEmpty()) {
			rules.seat = cue(seat);
		}
		if (!locality.isEmpty()) {
			// the preposition, then one capitalised word (hyphens allowed) that no other
			// capitalised word follows
			rules.locality = Pattern.compile("(?:^|[^\\p{L}])(?iu:" + String.join("|", locality)
					+ ")[ \u00a0]+(\\p{Lu}\\p{Ll}+(?:-\\p{L}+)*)(?![\\p{L}-])(?![ \u00a0]+\\p{Lu})");
		}
		return rules;
	}

	/** Any of the regexes, as the last words before a name. */
	private static Pattern cue(List<String> regexes) {
		return Pattern.compile("(?:^|[^\\p{L}])(?:" + String.join("|", regexes) + ")[\\s'’]*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
