package org.incidentatlas.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused field says why in the reader's language, from a message code and its
 * arguments.
 */
class InvalidFieldsExceptionTest {

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void theEnglishMessageIsTheTextWithItsArgumentsQuotedAsWritten() {
		assertThat(
				InvalidFieldsException.FieldProblem.of("place", "problem.incident.place.ambiguous", "Sint-Jan", "a, b")
					.message())
			.isEqualTo("'Sint-Jan' could be a, b: give the key.");
		assertThat(InvalidFieldsException.FieldProblem.of("victimAges", "problem.review.victimAges.tooMany").message())
			.isEqualTo("At most 20 victims' ages.");
	}

	@Test
	void numbersAreWrittenWithoutGrouping() {
		assertThat(InvalidFieldsException.incident("into", "problem.incident.merge.retracted", 12345L)
			.problems()
			.get(0)
			.message()).isEqualTo("Incident 12345 is retracted already; it cannot be merged.");
	}

	@Test
	void eachReaderGetsItsOwnLanguage() {
		InvalidFieldsException.FieldProblem problem = InvalidFieldsException.FieldProblem.of("mergeInto",
				"problem.review.mergeInto.missing", 1234);
		assertThat(problem.message(messages(), Locale.FRENCH)).isEqualTo("Il n'y a pas d'incident 1234.");
		assertThat(problem.message(messages(), Locale.forLanguageTag("nl"))).isEqualTo("Er is geen incident 1234.");
		assertThat(problem.message(messages(), Locale.ENGLISH)).isEqualTo("There is no incident 1234.");
	}

	@Test
	void aTextThatIsAlreadyAMessageIsKeptAsItIs() {
		InvalidFieldsException.FieldProblem problem = InvalidFieldsException.FieldProblem.text("date",
				"'2023-13' is not a month.");
		assertThat(problem.message()).isEqualTo("'2023-13' is not a month.");
		assertThat(problem.message(messages(), Locale.FRENCH)).isEqualTo("'2023-13' is not a month.");
	}

	@Test
	void theFormGetsTheFirstMessageOfEachFieldInTheReadersLanguage() {
		InvalidFieldsException ex = new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION,
				List.of(InvalidFieldsException.FieldProblem.of("title", "problem.article.title.missing"),
						InvalidFieldsException.FieldProblem.of("title", "problem.article.title.tooLong"),
						InvalidFieldsException.FieldProblem.of("url", "problem.article.url.invalid", "htp:/x")));
		assertThat(ex.byField(messages(), Locale.forLanguageTag("nl"))).containsExactly(
				java.util.Map.entry("title", "Geef de titel van het artikel."),
				java.util.Map.entry("url", "‘htp:/x’ is geen geldig webadres."));
		assertThat(ex.getMessage())
			.isEqualTo("title: Give the article's title.; title: The title is longer than 500 characters.; "
					+ "url: 'htp:/x' is not a valid web address.");
	}

}
