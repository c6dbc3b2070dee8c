package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.incidentatlas.reading.ExtractionRuleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every block of {@code extraction/<language>/casualties.txt} reads its own example as
 * the block says: "killed 2 injured 5 ages 34" lists what the sentence must give.
 */
class CasualtyRulesTest {

	static final CasualtyRules RULES = ExtractionRuleFiles.casualties();

	@Test
	void everyLanguageHasAnExampleForEachKindOfRule() {
		for (Language language : Language.values()) {
			assertThat(RULES.examples(language)).extracting(Casualties.Example::block)
				.as("%s blocks with an example", language)
				.contains("killed", "injured", "dead", "hurt", "nobody-hurt", "critical", "victims", "age",
						"the-victim", "survived");
		}
	}

	@Test
	void wordsEveryMatchHoldsAreReadFromEachAlternative() {
		assertThat(Casualties.words("(?<!\\bno\\s){n}\\s+(?:were\\s+)?(?:killed|dead)\\b")).containsExactly("killed",
				"dead");
		assertThat(Casualties.words("\\b(?:nobody|no one)\\s+hurt|\\bUnhurt\\b")).containsExactly("hurt", "unhurt");
		assertThat(Casualties.words("(?:killing|leaving)\\s+{n}(?:\\s+people)?")).containsExactly("killing", "leaving");
		assertThat(Casualties.words("\\b({n}) of them\\b")).containsExactly(" of them");
		assertThat(Casualties.words("{n} d['’]entre eux")).isNull();
		assertThat(Casualties.words("(?:a|b)?c\\)")).isNull();
		assertThat(Casualties.words("killed|{n}")).isNull();
	}

	@Test
	void aBlockMatchesOnlySentencesHoldingOneOfItsWords() {
		List<String> sentences = new ArrayList<>(List.of("Two men were killed and three others injured in the blast.",
				"Nobody was hurt; the victim was taken to hospital and survived.", "TWEE MENSEN RAAKTEN GEWOND.",
				"Deux personnes ont été tuées et quatre blessées, dont deux d’entre eux grièvement.",
				"Een man (34) werd doodgeschoten; niemand raakte gewond.", "Faisant 3 morts et 12 blessés."));
		for (Language language : Language.values()) {
			for (Casualties.Example example : RULES.examples(language)) {
				sentences.add(example.text());
				sentences.add(example.text().toUpperCase(java.util.Locale.ROOT));
			}
		}
		for (Language language : Language.values()) {
			Casualties casualties = RULES.casualties(language);
			for (String sentence : sentences) {
				assertThat(casualties.matchedWithoutTheirWords(sentence)).as("%s: %s", language, sentence).isEmpty();
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> eachRuleReadsItsExample() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Language language : Language.values()) {
			Casualties casualties = RULES.casualties(language);
			for (Casualties.Example example : RULES.examples(language)) {
				tests.add(DynamicTest.dynamicTest(language.token() + " [" + example.block() + "] " + example.text(),
						() -> check(casualties, example)));
			}
		}
		return tests.stream();
	}

	private static void check(Casualties casualties, Casualties.Example example) {
		Casualties.Count count = casualties.read(example.text(), Lexicon.Outcome.NONE);
		String[] expected = example.expected().split("\\s+");
		for (int i = 0; i + 1 < expected.length; i += 2) {
			int value = Integer.parseInt(expected[i + 1]);
			switch (expected[i]) {
				// a hurt victim who is not said to have died survived: killed 0, as a
				// proposal says it
				case "killed" ->
					assertThat(count.killed() == null && count.injured() != null && count.injured() > 0 && value == 0
							? Integer.valueOf(0) : count.killed())
						.as("killed")
						.isEqualTo(value);
				case "injured" -> assertThat(count.injured()).as("injured").isEqualTo(value);
				case "ages" -> assertThat(count.ages()).as("ages").contains(value);
				default -> throw new AssertionError("unknown expectation " + expected[i]);
			}
		}
		if (example.block().equals("the-victim")) {
			assertThat(casualties.namesTheVictim(example.text())).as("names the victim").isTrue();
		}
	}

	@Test
	void anUnknownBlockIsRefused() {
		assertThatThrownBy(() -> Casualties.parse("[wounded]\nexample: x => injured 1\nfoo"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown block");
	}

}
