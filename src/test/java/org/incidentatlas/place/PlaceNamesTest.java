package org.incidentatlas.place;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

	@ParameterizedTest
	@CsvSource(quoteCharacter = '"',
			value = { "Liège, liege", "Sint-Truiden, sint truiden", "'s-Hertogenbosch, s hertogenbosch",
					"  BRUXELLES , bruxelles", "Belœil, beloeil", "Súdwest-Fryslân, sudwest fryslan",
					"Brussel–Stad, brussel stad" })
	void namesCompareWithoutCaseAccentsOrPunctuation(String name, String normalized) {
		assertThat(PlaceNames.normalize(name)).isEqualTo(normalized);
	}

}
