package org.incidentatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.incidentatlas.reading.ExtractionRuleFiles;
import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every block of {@code extraction/<language>/dates.txt} reads its own example as the
 * block says, and the file format refuses what it cannot read.
 */
class DateRulesTest {

	static final DateRules RULES = ExtractionRuleFiles.dates();

	/**
	 * What the examples lean on: a sentence of 2023 and one of 10 October 2025 before.
	 */
	static final Integer PREVIOUS_YEAR = 2023;

	static final LocalDate PREVIOUS_DAY = LocalDate.of(2025, 10, 10);

	@Test
	void everyLanguageNamesItsMonthsAndHasTheCommonResolvers() {
		for (Language language : Language.values()) {
			assertThat(RULES.examples(language)).extracting(Dates.Example::block)
				.as("%s blocks with an example", language)
				.contains("date day-month-year", "date day-month", "date weekday", "date yesterday", "date last-week",
						"date night-of-days", "date days-ago", "date same-year anaphoric");
		}
	}

	@TestFactory
	Stream<DynamicTest> eachRuleReadsItsExample() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Language language : Language.values()) {
			Dates dates = RULES.dates(language);
			for (Dates.Example example : RULES.examples(language)) {
				tests.add(DynamicTest.dynamicTest(language.token() + " [" + example.block() + "] " + example.text(),
						() -> {
							String text = example.text();
							List<Dates.Mention> found = dates.find(text, Sentences.lower(text),
									new Dates.Context(example.published(), PREVIOUS_YEAR, PREVIOUS_DAY));
							assertThat(found).extracting(m -> m.range().compact()).contains(example.expected());
						}));
			}
		}
		return tests.stream();
	}

	@Test
	void theNightOfXToYIsYOnlyWithAClockTimeAfterMidnight() {
		Dates en = RULES.dates(Language.EN);
		DateRange published = DateRange.parse("2025-10-15");
		String withTime = "The blast came in the night of 13 to 14 August, at 3:20 a.m.";
		String without = "The blast came in the night of 13 to 14 August.";
		assertThat(en.find(withTime, Sentences.lower(withTime), new Dates.Context(published, null)).get(0).range())
			.isEqualTo(DateRange.parse("2025-08-14"));
		assertThat(en.find(without, Sentences.lower(without), new Dates.Context(published, null)).get(0).range())
			.isEqualTo(DateRange.parse("2025-08"));
	}

	@Test
	void aPatternNeedsAKnownResolverAndKnownNames() {
		assertThatThrownBy(() -> Dates.parse("[date no-such-resolver]\nexample: x => 2025\nfoo"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown resolver");
		assertThatThrownBy(() -> Dates.parse("[date month]\nexample: x => 2025\nin {month}"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("without a [names] block");
	}

}
