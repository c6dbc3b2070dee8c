package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.incidentatlas.reading.ExtractionRuleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every block of {@code extraction/<language>/places.txt} places its own example where
 * the block says.
 */
class PlaceRulesTest {

	static final PlaceRules RULES = ExtractionRuleFiles.places();

	@Test
	void everyLanguageHasOriginAndProvinceRulesWithAnExample() {
		for (Language language : Language.values()) {
			assertThat(RULES.examples(language)).extracting(PlaceRules.Example::block)
				.as("%s blocks with an example", language)
				.contains("origin", "province");
		}
		assertThat(RULES.examples(Language.NL)).extracting(PlaceRules.Example::block)
			.contains("adjective-suffix", "demonym upper");
		assertThat(RULES.examples(Language.FR)).extracting(PlaceRules.Example::block).contains("demonym lower");
	}

	@TestFactory
	Stream<DynamicTest> eachBlockPlacesItsExample() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Language language : Language.values()) {
			for (PlaceRules.Example example : RULES.examples(language)) {
				tests.add(DynamicTest.dynamicTest(language.token() + " [" + example.block() + "] " + example.text(),
						() -> check(language, example)));
			}
		}
		return tests.stream();
	}

	private static void check(Language language, PlaceRules.Example example) {
		List<ProposedIncident> found = ExtractorTest.EXTRACTOR
			.extract(example.text() + ExtractorTest.DRUG_STORY, ExtractorTest.THURSDAY_30_OCTOBER_2025, language)
			.incidents();
		assertThat(found).as("one proposal").hasSize(1);
		ExtractedPlace place = found.get(0).place();
		String[] expected = example.expected().split(" ", 2);
		switch (expected[0]) {
			case "city" -> assertThat(place.city()).isEqualTo(expected[1]);
			case "region" -> {
				assertThat(place.region()).isEqualTo(expected[1]);
				assertThat(place.city()).as("a province is not its capital").isNull();
			}
			default -> throw new AssertionError("an example is placed in a 'city' or a 'region': " + example);
		}
	}

	@Test
	void aRuleOutsideABlockOrAnUnknownBlockIsRefusedWithItsLine() {
		assertThatThrownBy(() -> PlaceRules.parse(Map.of(Language.EN, "from\n"))).hasMessageContaining("line 1");
		assertThatThrownBy(() -> PlaceRules.parse(Map.of(Language.EN, "[elsewhere]\nfrom\n")))
			.hasMessageContaining("en/places.txt")
			.hasMessageContaining("line 2");
	}

}
