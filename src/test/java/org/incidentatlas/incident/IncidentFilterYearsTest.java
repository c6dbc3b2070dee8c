package org.incidentatlas.incident;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Years in the filter: single, listed, repeated, or a range, and written back as a reader
 * would.
 */
class IncidentFilterYearsTest {

	private final IncidentFilterParser parser = new IncidentFilterParser(null);

	private IncidentFilter parse(String... years) {
		return parser.parse(Map.of("year", years));
	}

	@Test
	void aRangeIsEveryYearFromItsFirstToItsLast() {
		assertThat(parse("2019-2023").years()).containsExactly(2019, 2020, 2021, 2022, 2023);
		assertThat(parse("2019 – 2021, 2025").years()).containsExactly(2019, 2020, 2021, 2025);
		assertThat(parse("2023", "2021-2022").years()).containsExactly(2021, 2022, 2023);
	}

	@Test
	void aBackwardOrMalformedRangeIsRefusedNamingTheParameter() {
		for (String bad : new String[] { "2023-2019", "2019-2020-2021", "2019-", "nineteen" }) {
			assertThatThrownBy(() -> parse(bad)).as(bad)
				.isInstanceOf(InvalidParameterException.class)
				.satisfies(ex -> assertThat(((InvalidParameterException) ex).getParameter()).isEqualTo("year"));
		}
	}

	@Test
	void theYearsAreWrittenBackAsRanges() {
		IncidentFilter filter = IncidentFilter.none();
		assertThat(new IncidentFilter(null, java.util.List.of(), Set.of(2019, 2020, 2021, 2023, 2025, 2026),
				filter.types(), null, null, null, null, null)
			.yearsText()).isEqualTo("2019-2021, 2023, 2025-2026");
		assertThat(filter.yearsText()).isEmpty();
	}

}
