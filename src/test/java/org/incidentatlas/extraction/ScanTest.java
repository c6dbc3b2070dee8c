package org.incidentatlas.extraction;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan finds exactly what {@link Matcher#find} finds, for every regex the extractor
 * uses.
 */
class ScanTest {

	/**
	 * Every scan the extractor holds: its patterns, lexicons, triggers and date rules.
	 */
	static final List<Scan> ALL = collect();

	private static final String[] WORDS = { "one", "someone", "gun", "un", "twee", "deux", "dix-sept", "twenty", "zéro",
			"één", "48", "1,000", "1.500", "2,5", "killed", "dead", "doden", "morts", "tués", "injured", "gewonden",
			"blessés", "killing", "injuring", "faisant", "people", "shootings", "schietpartijen", "fusillades",
			"tonnes", "ton", "t", "shot", "dead", "Shot", "DEAD", "schietpartij", "fusillade", "granaat", "explosion",
			"kidnapping", "ontvoerd", "enlèvement", "plotting", "to", "kidnap", "not", "no", "could", "may", "May",
			"April", "avril", "april", "2023", "last", "year", "this", "summer", "on", "Thursday", "jeudi", "donderdag",
			"earlier", "month", "in", "In", "à", "Antwerp", "Osystraat", "Rue", "de", "la", "Loi", "Street", "Road",
			"near", "bound", "for", "cocaine", "drugs", "seized", "the", "nobody", "was", "hurt", "11-year-old", "(23)",
			"aged", "17", "jarige", "ans", "record", "so", "far", "since", "start", "of", "2025", "alone", "smuggled",
			"which", "waarvan", "dont" };

	private static final String[] GLUE = { " ", " ", " ", "  ", ", ", ". ", "\n", "-", "", "(", ")", "’", "\u00a0",
			"–" };

	@Property(tries = 300)
	void aScanFindsWhatFindFinds(@ForAll("texts") String text) {
		for (Scan scan : ALL) {
			assertThat(scanned(scan, text)).as(scan.pattern().pattern()).isEqualTo(found(scan.pattern(), text));
		}
	}

	@Example
	void theExtractorsRegexesAreAllChecked() {
		assertThat(ALL).hasSizeGreaterThan(200);
	}

	@Example
	void aRegexThatLooksBehindOrMatchesNothingIsTriedEverywhere() {
		Scan behind = Scan.of("(?<=\\d)kg");
		assertThat(scanned(behind, "12kg and 3 kg")).isEqualTo(found(behind.pattern(), "12kg and 3 kg"));
		Scan empty = Scan.of("x*");
		assertThat(scanned(empty, "axxb")).isEqualTo(found(empty.pattern(), "axxb"));
	}

	@Example
	void aRegexThatMatchesNothingOnlyAfterSomeTextIsTriedAtTheEnd() {
		for (String regex : new String[] { "\\b", "(?<!x)$", "(?<![\\p{L}])\\B1", "\\b(?=\\d)" }) {
			Scan scan = Scan.of(regex);
			for (String text : new String[] { "abc", "51", "a_1", "x", "" }) {
				assertThat(scanned(scan, text)).as(regex + " in " + text).isEqualTo(found(scan.pattern(), text));
			}
		}
	}

	@Example
	void aWordBoundaryAtTheStartIsJudgedInContext() {
		Scan scan = Scan.of("\\b\\s+dead");
		assertThat(scanned(scan, "shot dead")).containsExactly("4-9");
		assertThat(scan.mayStartAt("shot dead", 0)).isFalse();
	}

	@Example
	void aWordBoundaryIsJudgedByTheCharacterBeforeThePosition() {
		Scan scan = Scan.of("(?i)\\bno\\b");
		assertThat(scan.mayStartAt("snow", 1)).isFalse(); // after an ASCII letter
		assertThat(scan.mayStartAt("a no", 2)).isTrue();
		assertThat(scan.mayStartAt("no", 0)).isTrue();
		assertThat(scan.mayStartAt("éno", 1)).isTrue(); // not ASCII: judged both ways
		assertThat(scanned(scan, "snow, No; éno_no no")).isEqualTo(found(scan.pattern(), "snow, No; éno_no no"));
	}

	@Example
	void aLookBehindOfOneClassIsJudgedByTheCharacterBeforeThePosition() {
		Scan scan = Scan.of("(?<![\\p{L}\\d])(?:one|een)\\b");
		assertThat(scan.mayStartAt("someone", 4)).isFalse(); // after a letter
		assertThat(scan.mayStartAt("3one", 1)).isFalse(); // after a digit
		assertThat(scan.mayStartAt("_one", 1)).isTrue(); // the underscore is no letter
		assertThat(scan.mayStartAt("-one", 1)).isTrue();
		for (String text : new String[] { "someone, one; _one één-een 2een", "x_een" }) {
			assertThat(scanned(scan, text)).isEqualTo(found(scan.pattern(), text));
		}
		Scan longer = Scan.of("(?<!une )fusillade");
		assertThat(longer.mayStartAt("a fusillade", 2)).isTrue();
	}

	private static List<String> scanned(Scan scan, String text) {
		List<String> spans = new ArrayList<>();
		Scan.Matches m = scan.matches(text);
		while (m.next()) {
			spans.add(m.start() + "-" + m.end());
		}
		return spans;
	}

	private static List<String> found(Pattern pattern, String text) {
		List<String> spans = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			spans.add(m.start() + "-" + m.end());
		}
		return spans;
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> token = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of(WORDS)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', 'ɏ').ofMaxLength(4)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(2)));
		Arbitrary<String> piece = Combinators.combine(token, Arbitraries.of(GLUE)).as((t, g) -> t + g);
		return piece.list().ofMaxSize(40).map(l -> String.join("", l));
	}

	private static List<Scan> collect() {
		Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<Scan> scans = new ArrayList<>();
		for (Class<?> type : List.of(Casualties.class, Statistics.class, Lexicon.class, Places.class, Dates.class)) {
			for (Field f : type.getDeclaredFields()) {
				if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
					walk(read(f, null), seen, scans);
				}
			}
		}
		walk(org.incidentatlas.reading.ExtractionRuleFiles.dates(), seen, scans);
		walk(org.incidentatlas.reading.ExtractionRuleFiles.casualties(), seen, scans);
		walk(org.incidentatlas.reading.ExtractionRuleFiles.events(), seen, scans); // the
																					// triggers
																					// and
																					// cues
																					// of
																					// the
																					// rule
																					// files
		return scans;
	}

	/**
	 * Descends through collections, maps, arrays and the extractor's own objects to every
	 * scan.
	 */
	private static void walk(Object value, Set<Object> seen, List<Scan> scans) {
		if (value == null || !seen.add(value)) {
			return;
		}
		if (value instanceof Scan scan) {
			scans.add(scan);
		}
		else if (value instanceof Collection<?> c) {
			c.forEach(v -> walk(v, seen, scans));
		}
		else if (value instanceof Map<?, ?> m) {
			m.values().forEach(v -> walk(v, seen, scans));
		}
		else if (value instanceof Object[] array) {
			for (Object v : array) {
				walk(v, seen, scans);
			}
		}
		else if (value.getClass().getPackageName().equals(Scan.class.getPackageName()) && !value.getClass().isEnum()) {
			for (Field f : value.getClass().getDeclaredFields()) {
				if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
					walk(read(f, value), seen, scans);
				}
			}
		}
	}

	private static Object read(Field f, Object owner) {
		try {
			f.setAccessible(true);
			return f.get(owner);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
