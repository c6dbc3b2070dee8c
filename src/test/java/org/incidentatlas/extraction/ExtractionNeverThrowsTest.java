package org.incidentatlas.extraction;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text arrives, extraction answers and every evidence offset points into the
 * text.
 */
class ExtractionNeverThrowsTest {

	private static final String[] FRAGMENTS = { "shot dead", "in Antwerp", "on Thursday", "In February,",
			"87 shootings", "last year", "killing seven and injuring 39", "the Osystraat", "Keep reading", "\n\n",
			"2023", "tonnes", "schietpartij", "op 2 april", "à Liège", "fusillade", "plotting to kidnap",
			"that same year", "(", "‘", "”", "<script>alert(1)</script>", "Mr.", "R.", "...", "31 February 2024",
			"99 December 9999", "\u0000", "\uFFFD", "🙂", "ﬁ", "İ", "e\u0301", "1,000,000,000,000,000 tonnes", "-", "–",
			"\t", " " };

	@Property(tries = 400)
	void extractionNeverThrowsOnArbitraryText(@ForAll("texts") String text,
			@ForAll("publications") DateRange published) {
		Extraction e = ExtractorTest.EXTRACTOR.extract(text, published, null);
		assertThat(e.incidents()).allSatisfy(p -> p.evidence().forEach(ev -> inside(text, ev)));
		assertThat(e.enforcement()).allSatisfy(p -> p.evidence().forEach(ev -> inside(text, ev)));
		assertThat(e.statistics()).allSatisfy(s -> s.evidence().forEach(ev -> inside(text, ev)));
	}

	private static void inside(String text, Evidence e) {
		assertThat(e.end()).isLessThanOrEqualTo(text.length());
		assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(300);
		Arbitrary<String> newsLike = Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join(" ", l));
		Arbitrary<String> mixed = Combinators.combine(newsLike, noise, newsLike).as((a, b, c) -> a + b + c);
		return Arbitraries.oneOf(noise, newsLike, mixed);
	}

	@Provide
	Arbitrary<DateRange> publications() {
		return Arbitraries.oneOf(Arbitraries.just(DateRange.unknown()),
				Arbitraries.integers().between(0, 20_000).map(d -> DateRange.day(LocalDate.of(1990, 1, 1).plusDays(d))),
				Arbitraries.integers().between(1990, 2030).map(DateRange::year));
	}

}
