package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.incidentatlas.reading.ExtractionRuleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The number words of {@code extraction/<language>/numbers.txt}, and their examples. */
class NumberRulesTest {

	static final NumberRules RULES = ExtractionRuleFiles.numbers();

	private static final Pattern NUMBER = Pattern.compile(Numbers.PATTERN,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ORDINAL = Pattern.compile(Numbers.ORDINAL_PATTERN,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Test
	void everyLanguageHasAnExampleForEachKindOfNumber() {
		for (Language language : Language.values()) {
			assertThat(RULES.examples(language)).extracting(NumberRules.Example::block)
				.as("%s blocks with an example", language)
				.contains("cardinal", "approximate", "ordinal");
		}
	}

	@TestFactory
	Stream<DynamicTest> eachExampleReadsItsFirstNumber() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Language language : Language.values()) {
			for (NumberRules.Example example : RULES.examples(language)) {
				tests.add(DynamicTest.dynamicTest(language.token() + " [" + example.block() + "] " + example.text(),
						() -> {
							boolean ordinal = example.block().equals("ordinal");
							Matcher m = (ordinal ? ORDINAL : NUMBER).matcher(example.text());
							assertThat(m.find()).as("a number in the example").isTrue();
							Number value = ordinal ? Numbers.ordinal(m.group()) : Numbers.parse(m.group());
							assertThat(value).as("the value of '%s'", m.group()).isNotNull();
							assertThat(value.doubleValue()).isEqualTo(example.value());
						}));
			}
		}
		return tests.stream();
	}

	@Test
	void theShippedWordsReachTheNumberReader() {
		assertThat(Numbers.parse("negen")).isEqualTo(9.0);
		assertThat(Numbers.parse("Une soixantaine")).isEqualTo(60.0);
		assertThat(Numbers.ordinal("troisième")).isEqualTo(3);
	}

	@Test
	void aNumberWordIsAWholeWordAndARoundFigureKeepsItsArticle() {
		assertThat(NUMBER.matcher("someone fired a gun").find()).isFalse();
		Matcher m = NUMBER.matcher("Er vielen een tiental gewonden.");
		assertThat(m.find()).isTrue();
		assertThat(Numbers.parse(m.group())).isEqualTo(10.0);
		assertThat(Numbers.approximate(m.group())).isTrue();
		assertThat(Numbers.approximate("tien")).isFalse();
	}

	@Test
	void aRuleWithoutAValueOrInAnUnknownBlockIsRefused() {
		assertThatThrownBy(() -> NumberRules.parse(Map.of(Language.EN, "[cardinal]\nnine")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("en/numbers.txt: line 2");
		assertThatThrownBy(() -> NumberRules.parse(Map.of(Language.NL, "[fraction]\n1 half")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown block");
	}

}
