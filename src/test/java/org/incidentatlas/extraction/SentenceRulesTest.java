package org.incidentatlas.extraction;

import java.util.List;
import java.util.stream.Stream;

import org.incidentatlas.reading.ExtractionRuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every example of {@code extraction/<language>/sentences.txt} cuts as it says, and the
 * splitter without rules does what the rules are there to prevent.
 */
class SentenceRulesTest {

	private static final SentenceRules RULES = ExtractionRuleFiles.sentences();

	static Stream<Arguments> examples() {
		return Stream.of(Language.values())
			.flatMap(language -> RULES.examples(language)
				.stream()
				.map(example -> Arguments.of(language.token() + " " + example.block() + ": " + example.text(),
						example)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleCutsAsItsRuleSays(String name, SentenceRules.Example example) {
		if (example.block().equals("abbreviations")) {
			assertThat(Sentences.split(example.text(), RULES)).hasSize(example.expected());
		}
		else {
			List<Sentences.Sentence> sentences = Sentences
				.split("A first story ends here.\n" + example.text() + "\nA second story starts here.", RULES);
			assertThat(sentences).extracting(Sentences.Sentence::story).containsExactly(0, example.expected());
		}
	}

	@Test
	void everyLanguageHasExamplesOfBothBlocks() {
		for (Language language : Language.values()) {
			assertThat(RULES.examples(language)).extracting(SentenceRules.Example::block)
				.as(language.token())
				.contains("abbreviations", "story-breaks");
		}
	}

	@Test
	void withoutTheRulesAnAbbreviationEndsTheSentenceAndALinkLineIsText() {
		String text = "Dhr. Peeters woont hier.\nLees ook\nEen tweede verhaal.";
		assertThat(Sentences.split(text)).hasSize(4).extracting(Sentences.Sentence::story).containsOnly(0);
		assertThat(Sentences.split(text, RULES)).hasSize(2).extracting(Sentences.Sentence::story).containsExactly(0, 1);
	}

	@Test
	void aBlockItDoesNotKnowIsRefusedWithItsLine() {
		assertThatThrownBy(() -> SentenceRules.parse(java.util.Map.of(Language.NL, "[afkortingen]\ndhr\n")))
			.hasMessageContaining("nl/sentences.txt")
			.hasMessageContaining("[afkortingen]");
	}

}
