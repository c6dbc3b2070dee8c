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

	private static String describe(StatisticRules.Rule r) {
		return "extraction/" + r.language().token() + "/statistics.txt line " + r.line() + " (" + r.kind() + " "
				+ r.argument() + ", example \"" + r.example() + "\")";
	}

}
