package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.reading.ExtractionRuleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every block of {@code extraction/<language>/events.txt} reads its own example as the
 * block says.
 */
class RuleExamplesTest {

	static final EventRules RULES = ExtractionRuleFiles.events();

	@Test
	void everyLanguageHasTriggersCuesAndAnExampleForEachBlock() {
		for (Language language : Language.values()) {
			Lexicon lexicon = RULES.lexicon(language);
			assertThat(lexicon.violence.size()).as("%s violence triggers", language).isGreaterThan(30);
			assertThat(lexicon.enforcement.size()).as("%s enforcement triggers", language).isGreaterThan(10);
			assertThat(RULES.examples(language)).extracting(Lexicon.Example::block)
				.as("%s blocks with an example", language)
				.contains("violence shooting killed", "violence explosion none", "cue negation", "cue plot",
						"enumeration");
		}
	}

	@TestFactory
	Stream<DynamicTest> eachRuleReadsItsExample() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Language language : Language.values()) {
			Lexicon lexicon = RULES.lexicon(language);
			for (Lexicon.Example example : RULES.examples(language)) {
				tests.add(DynamicTest.dynamicTest(language.token() + " [" + example.block() + "] " + example.text(),
						() -> check(lexicon, example)));
			}
		}
		return tests.stream();
	}

	private static void check(Lexicon lexicon, Lexicon.Example example) {
		String[] block = example.block().split(" ");
		Sentences.Sentence sentence = Sentences.split(example.text()).get(0);
		Mentions.Hit violence = Mentions.strongestTrigger(lexicon, sentence, lexicon.violence, true);
		switch (block[0]) {
			case "violence" -> {
				assertThat(violence).as("a trigger").isNotNull();
				assertThat(violence.type().token()).isEqualTo(block[1]);
				assertThat(violence.outcome().name().toLowerCase()).isEqualTo(block[2]);
			}
			case "enforcement" -> {
				Mentions.Hit hit = Mentions.strongestTrigger(lexicon, sentence, lexicon.enforcement, false);
				assertThat(hit).as("a trigger").isNotNull();
				assertThat(hit.type().token()).isEqualTo(block[1]);
			}
			case "cue" -> {
				switch (block[1]) {
					case "plot" -> assertThat(violence).extracting(Mentions.Hit::type).isEqualTo(IncidentType.THREAT);
					case "collateral" -> assertThat(lexicon.collateral.in(example.text())).isTrue();
					case "habit" -> assertThat(lexicon.habit.in(example.text())).as("a habit in the sentence").isTrue();
					case "unexploded" -> assertThat(lexicon.unexploded.in(example.text())).isTrue();
					case "property" ->
						assertThat(lexicon.property.in(example.text())).as("shots at a building or car").isTrue();
					case "attack" -> assertThat(lexicon.attack.in(example.text())).as("a generic attack noun").isTrue();
					case "denied" -> assertThat(lexicon.denied.in(example.text())).as("a denied link").isTrue();
					case "motives" -> assertThat(lexicon.otherMotives.in(example.text())).as("other motives").isTrue();
					case "members" -> assertThat(lexicon.members.in(example.text())).as("murders as a group").isTrue();
					case "sequel" -> assertThat(lexicon.sequel.in(example.text())).as("a sequel").isTrue();
					case "similar" -> assertThat(lexicon.similar.in(example.text())).as("a likeness").isTrue();
					case "definite" -> assertThat(lexicon.definite.in(example.text().substring(0, violence.start())))
						.as("a definite article before the trigger")
						.isTrue();
					case "another" -> assertThat(lexicon.another.in(example.text().substring(0, violence.start())))
						.as("another event before the trigger")
						.isTrue();
					default -> assertThat(violence).as("a cancelled trigger").isNull();
				}
			}
			case "enumeration" -> {
				Scan.Matches m = lexicon.enumeration.matches(Sentences.lower(example.text()));
				assertThat(m.next()).as("a counted noun").isTrue();
				assertThat(Numbers.parse(m.group(1))).isGreaterThanOrEqualTo(2.0);
			}
			default -> throw new AssertionError("unknown block " + example.block());
		}
	}

}
