package org.incidentatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.incidentatlas.reading.ExtractionRuleFiles;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every statistic rule in {@code extraction/<language>/statistics.txt} does what its
 * example says.
 */
class StatisticRulesTest {

	static final StatisticRules RULES = ExtractionRuleFiles.statistics();

	static final Extractor EXTRACTOR = ExtractionRuleFiles.extractor(GazetteerFiles.load(), Set.of("BE", "NL"));

	static final DateRange PUBLISHED = DateRange.day(LocalDate.parse(StatisticRules.EXAMPLE_PUBLISHED));

	@Test
	void everyLanguageHasCountAndPeriodRulesEachWithAnExpectedResult() {
		for (Language language : Language.values()) {
			List<StatisticRules.Rule> rules = RULES.rules().stream().filter(r -> r.language() == language).toList();
			assertThat(rules).as(language.token()).extracting(StatisticRules.Rule::kind).contains("count", "period");
			assertThat(rules).allSatisfy(r -> assertThat(StatisticRules.expected(r)).as(describe(r)).isNotBlank());
		}
	}

	@Test
	void everyRuleFindsItsOwnExample() {
		assertThat(RULES.rules()).allSatisfy(r -> assertThat(RULES.matchesOwnExample(r)).as(describe(r)).isTrue());
	}

	@Test
	void everyCountRuleReadsTheStatisticItsExampleGives() {
		for (StatisticRules.Rule r : RULES.rules()) {
			if (!r.kind().equals("count")) {
				continue;
			}
			Extraction e = EXTRACTOR.extract(StatisticRules.exampleText(r), PUBLISHED, r.language());
			assertThat(e.statistics())
				.as(describe(r) + " read "
						+ e.statistics()
							.stream()
							.map(s -> s.metric().token() + " " + s.value().toPlainString() + " " + s.place() + " "
									+ s.period().compact())
							.toList())
				.anySatisfy(s -> assertThat(s.metric().token() + " " + s.value().toPlainString())
					.isEqualTo(StatisticRules.expected(r)));
		}
	}

	@Test
	void everyPeriodRuleResolvesItsExampleAgainstThePublicationDate() {
		for (StatisticRules.Rule r : RULES.rules()) {
			if (r.kind().equals("period")) {
				DateRange period = RULES.periodOfOwnExample(r, PUBLISHED);
				assertThat(period).as(describe(r)).isNotNull();
				assertThat(period.compact()).as(describe(r)).isEqualTo(StatisticRules.expected(r));
			}
		}
	}

	@Test
	void aRuleThatDoesNotParseIsRefusedWithItsFileAndLine() {
		assertThatThrownBy(() -> StatisticRules.parse(Map.of(Language.EN, "count shootings {N} shootings\n")))
			.hasMessageContaining("extraction/en/statistics.txt")
			.hasMessageContaining("no example");
		assertThatThrownBy(
				() -> StatisticRules.parse(Map.of(Language.NL, "\nperiod someday ooit\n    example: ooit => 2025\n")))
			.hasMessageContaining("extraction/nl/statistics.txt line 2")
			.hasMessageContaining("someday");
		assertThatThrownBy(
				() -> StatisticRules.parse(Map.of(Language.FR, "count fusillades {N} fusillades\n    example: x\n")))
			.hasMessageContaining("line 1")
			.hasMessageContaining("'fusillades' is not a metric");
	}

	@Test
	void aRuleNamesTheWordsEveryMatchHoldsFromItsEndOrItsStart() {
		assertThat(StatisticRules
			.words("{Q}{N} {W}(?<!judicial )(?:murders?|Gun attacks|aanslagen(?! met)|people (?:were )?shot)"))
			.containsExactly("murder", "gun attacks", "aanslagen", "people ");
		assertThat(StatisticRules.words("{Q}{N} (?:keer|maal) (?:was het )?raak")).containsExactly("raak"); // the
																											// literal
																											// it
																											// ends
																											// with
		assertThat(StatisticRules.words("the {ORD} Shooting")).containsExactly(" shooting");
		assertThat(StatisticRules.words("dont {Q}{N}")).containsExactly("dont"); // the
																					// literal
																					// it
																					// starts
																					// with,
																					// short
																					// of
																					// the
																					// character
																					// before
																					// a
																					// brace
		assertThat(StatisticRules.words("(?:waarvan|daarvan) {Q}{N}")).containsExactly("waarvan", "daarvan");
		assertThat(StatisticRules.words("(?:le )?nombre de {N}")).isNull(); // an optional
																			// start
		assertThat(StatisticRules.words("{N} times\\s")).isNull(); // an escape at the end
																	// is no literal
		assertThat(StatisticRules.words("{N} \\shots")).containsExactly("hots");
		assertThat(StatisticRules.words("{Q}{N} (?:drugs)?(?:labs|laboratoria) (?:gevonden|ontdekt)"))
			.containsExactly("gevonden", "ontdekt");
		assertThat(StatisticRules.words("{N} shootings|(?:a|bb)")).isNull(); // an
																				// alternative
																				// at the
																				// top
																				// level
		assertThat(StatisticRules.words("{N} (?:\\p{L}+ings|shootings)")).isNull(); // an
																					// alternative
																					// starts
																					// with
																					// no
																					// literal
		assertThat(StatisticRules.words("{N} (?:d?ead|deaths)")).isNull();
	}

	@Test
	void everyMatchOfACountRuleHoldsOneOfItsWordsWhateverTheCase() {
		int checked = 0;
		for (Language language : Language.values()) {
			for (StatisticRules.Count c : RULES.of(language).counts) {
				if (c.words() == null) {
					continue;
				}
				String example = StatisticRules.exampleText(c.rule());
				for (String text : List.of(example, example.toUpperCase(java.util.Locale.ROOT),
						"x " + example + " 5 " + example)) {
					// an anchored rule is tried at a number, any other from any place:
					// both must hold a word after that place
					java.util.regex.Matcher m = (c.anchored() != null ? c.anchored() : c.pattern()).matcher(text)
						.useTransparentBounds(true)
						.useAnchoringBounds(false);
					String folded = StatisticRules.fold(text);
					for (int at = 0; at < text.length(); at++) {
						if (m.region(at, text.length()).lookingAt()) {
							int from = at;
							int end = m.end();
							assertThat(c.words().stream().anyMatch(t -> {
								int i = folded.indexOf(t, from);
								return i >= 0 && i + t.length() <= end;
							})).as(describe(c.rule()) + " at " + at + " of " + text).isTrue();
							checked++;
						}
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(50);
	}

	@Test
	void foldingKeepsOffsetsAndComparesLettersAsACaseInsensitiveRegexDoes() {
		assertThat(StatisticRules.fold("ÉCHANGES De Tirs")).isEqualTo("échanges de tirs");
		assertThat(StatisticRules.fold("\u017Fhootings")).hasSize(9).isEqualTo("shootings");
		assertThat(java.util.regex.Pattern.compile("(?iu)shootings").matcher("\u017Fhootings").matches()).isTrue();
	}

	private static String describe(StatisticRules.Rule r) {
		return "extraction/" + r.language().token() + "/statistics.txt line " + r.line() + " (" + r.kind() + " "
				+ r.argument() + ", example \"" + r.example() + "\")";
	}

}
