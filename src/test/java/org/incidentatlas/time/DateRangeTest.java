package org.incidentatlas.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateRangeTest {

	@Test
	void aYearSpansTheWholeYearAndIsNeverShownAsTheFirstOfJanuary() {
		DateRange year = DateRange.parse("2023");
		assertThat(year.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(year.to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(year.label(Locale.ENGLISH)).isEqualTo("2023").doesNotContain("January");
	}

	@Test
	void aMonthIsShownAsMonthAndYearWithoutADay() {
		DateRange february = DateRange.parse("2025-02");
		assertThat(february).isEqualTo(DateRange.month(YearMonth.of(2025, 2)));
		assertThat(february.to()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(february.label(Locale.ENGLISH)).isEqualTo("February 2025");
	}

	@Test
	void aDayIsShownInFull() {
		assertThat(DateRange.parse("2023-04-02").label(Locale.ENGLISH)).isEqualTo("2 April 2023");
		assertThat(DateRange.parse("2023-04-02").label(Locale.US)).isEqualTo("April 2, 2023");
		assertThat(DateRange.parse("2023-04-02").label(Locale.forLanguageTag("nl"))).isEqualTo("2 april 2023");
		assertThat(DateRange.parse("2023-04-02").label(Locale.FRENCH)).isEqualTo("2 avril 2023");
	}

	@Test
	void summerCoversTheThreeSummerMonths() {
		DateRange summer = DateRange.parse("2025-summer");
		assertThat(summer.from()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(summer.to()).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(summer.precision()).isEqualTo(DatePrecision.SEASON);
		assertThat(summer.label(Locale.ENGLISH)).isEqualTo("summer 2025");
	}

	@Test
	void winterRunsIntoTheNextYear() {
		DateRange winter = DateRange.parse("2024-winter");
		assertThat(winter.from()).isEqualTo(LocalDate.of(2024, 12, 1));
		assertThat(winter.to()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(winter.label(Locale.ENGLISH)).isEqualTo("winter 2024–25");
	}

	@Test
	void aWeekRunsFromMondayToSunday() {
		DateRange week = DateRange.parse("2025-W10");
		assertThat(week.from()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(week.to()).isEqualTo(LocalDate.of(2025, 3, 9));
		assertThat(week.compact()).isEqualTo("2025-W10");
	}

	@Test
	void aSpanOfMonthsShowsBothEndsAndNeverOnlyItsFirstMonth() {
		DateRange span = DateRange.parse("2023-01/2023-07");
		assertThat(span.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(span.to()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(span.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(span.isSpan()).isTrue();
		assertThat(span.label(Locale.ENGLISH)).isEqualTo("January 2023 – July 2023");
		assertThat(span.label(Locale.forLanguageTag("nl"))).isEqualTo("Januari 2023 – Juli 2023");
		assertThat(span.compact()).isEqualTo("2023-01/2023-07");
	}

	@Test
	void aSpanOfYearsReadsAsARangeOfYears() {
		DateRange span = DateRange.parse("2016/2019");
		assertThat(span.from()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(span.to()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(span.label(Locale.ENGLISH)).isEqualTo("2016–2019");
		assertThat(DateRange.parse("2016-11/2017-05").label(Locale.ENGLISH)).isEqualTo("November 2016 – May 2017");
		assertThat(DateRange.year(2023).isSpan()).as("one whole year is not a span").isFalse();
		assertThat(DateRange.parse("2024-winter").isSpan()).as("a winter crosses the new year but is one season")
			.isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "2023/", "/2023", "2023/2024/2025", "2024/2023" })
	void aMalformedSpanIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023", "2025-02", "2023-04-02", "2025-summer", "2024-winter", "2025-W10", "2016/2019",
			"2023-01/2023-07", "2016-11/2017-05" })
	void theCompactFormReadsBackToTheSameRange(String text) {
		assertThat(DateRange.parse(DateRange.parse(text).compact())).isEqualTo(DateRange.parse(text));
	}

	@Test
	void anUnknownDateHasNoRange() {
		DateRange unknown = DateRange.parse(null);
		assertThat(unknown.isKnown()).isFalse();
		assertThat(unknown.from()).isNull();
		assertThat(unknown.label(Locale.ENGLISH)).isEqualTo("date not reported");
	}

	@ParameterizedTest
	@CsvSource({ "2023-13", "2023-02-30", "20233", "next year", "2025-W60" })
	void malformedDatesAreRefusedWithTheirText(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(text)).withMessageContaining(text);
	}

	@Test
	void aRangeCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), DatePrecision.MONTH));
	}

}
