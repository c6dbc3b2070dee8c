package org.incidentatlas.extraction;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A caller that stops waiting stops the reading: the check is asked between sentences.
 */
class ExtractionCancellationTest {

	static final String TEXT = "Op 2 april 2023 ontplofte een granaat in de Osystraat in Antwerpen. ".repeat(200);

	@Test
	void aCancelledReadingStopsAtTheNextSentence() {
		AtomicInteger asked = new AtomicInteger();
		assertThatThrownBy(() -> ExtractorTest.EXTRACTOR.extract(TEXT, null, null, () -> asked.incrementAndGet() > 3))
			.isInstanceOf(CancellationException.class);
		assertThat(asked.get()).as("stopped at once, not after reading the 200 sentences").isEqualTo(4);
	}

	@Test
	void aReadingThatIsNotCancelledAnswersAsBefore() {
		AtomicInteger asked = new AtomicInteger();
		Extraction checked = ExtractorTest.EXTRACTOR.extract(TEXT, null, null, () -> asked.incrementAndGet() < 0);
		assertThat(checked).isEqualTo(ExtractorTest.EXTRACTOR.extract(TEXT, null, null));
		assertThat(asked.get()).as("asked between sentences").isGreaterThanOrEqualTo(200);
	}

}
