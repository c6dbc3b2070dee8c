package org.incidentatlas.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading an article's text: HTML reduced to paragraphs, junk recognised, the same text
 * recognised.
 */
public class ArticleTextTest {

	public static final String PAGE = """
			<!DOCTYPE html><html><head><title>Explosion in Antwerp</title><style>p { color: red }</style>
			<script>window.tracker = 'do not keep me';</script></head>
			<body class="has-cookie-banner">
			<header><a href="/">Example News</a></header>
			<nav><ul><li>Home</li><li>World</li></ul></nav>
			<div class="cookie-consent">We use cookies. Accept all?</div>
			<article>
			  <h1>Explosion damages a house</h1>
			  <p>On 2 April 2023 an explosion damaged a house in the <b>Osystraat</b>
			     in Antwerp.</p>
			  <figure><img src="x.jpg"><figcaption>The damaged front door.</figcaption></figure>
			  <div class="share-buttons">Share on X</div>
			  <p>Nobody was hurt.<br>Police are investigating.</p>
			</article>
			<aside>Most read: something else</aside>
			<form><input name="q"><button>Search</button></form>
			<footer>© Example News</footer>
			<script>console.log('bye')</script>
			</body></html>""";

	@Test
	void htmlKeepsTheReadableTextAsParagraphsAndDropsTheRest() {
		ArticleText.Readable readable = ArticleText.fromHtml(PAGE);
		assertThat(readable.title()).isEqualTo("Explosion in Antwerp");
		assertThat(readable.text()).isEqualTo("""
				Explosion damages a house

				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.

				The damaged front door.

				Nobody was hurt.

				Police are investigating.""");
		assertThat(readable.text()).doesNotContain("tracker", "cookies", "Home", "Share", "Most read", "Search", "©",
				"color");
	}

	@Test
	void theSameTextWithOtherSpacingOrCaseHasTheSameHash() {
		String text = "Shots were fired in Brussels.\n\nNobody was hurt.";
		assertThat(ArticleText.hash("  shots were fired in   BRUSSELS.\r\nNobody was hurt. "))
			.isEqualTo(ArticleText.hash(text));
		assertThat(ArticleText.hash("Shots were fired in Ghent.")).isNotEqualTo(ArticleText.hash(text));
	}

	@Test
	void cleaningNormalisesLineBreaksAndBlankLines() {
		assertThat(ArticleText.clean("  One.\r\n\r\n\r\n\r\nTwo.   \nThree.\r")).isEqualTo("One.\n\nTwo.\nThree.");
	}

	@Test
	void junkIsRecognisedAndArticlesAreNot() {
		assertThat(ArticleText.problem("An ordinary sentence about a shooting in Liège.")).isEmpty();
		assertThat(ArticleText.problem("").map(ArticleText.Problem::english)).get().asString().contains("empty");
		assertThat(ArticleText.problem("  \n ").map(ArticleText.Problem::english)).get().asString().contains("empty");
		assertThat(ArticleText.problem("text\0with a NUL").map(ArticleText.Problem::english)).get()
			.asString()
			.contains("NUL");
		assertThat(ArticleText.problem("\u0001\u0002\u0003\u0004 ab \u0005\u0006\u0007\u0008")
			.map(ArticleText.Problem::english)).get().asString().contains("control");
		assertThat(ArticleText.problem("broken \uD800 surrogate").map(ArticleText.Problem::english)).get()
			.asString()
			.contains("Unicode");
		assertThat(ArticleText.problem("1234 5678 !!!").map(ArticleText.Problem::english)).get()
			.asString()
			.contains("no words");
		assertThat(ArticleText.problem("a".repeat(ArticleText.MAX_BYTES + 1)).map(ArticleText.Problem::english)).get()
			.asString()
			.contains("2 MB");
	}

	@Test
	void onlyValidUtf8Decodes() throws Exception {
		assertThat(ArticleText.decode("\uFEFFLiège".getBytes(StandardCharsets.UTF_8))).isEqualTo("Liège");
		assertThatThrownBy(() -> ArticleText.decode(new byte[] { 'L', 'i', (byte) 0xE8, 'g', 'e' }))
			.isInstanceOf(java.nio.charset.CharacterCodingException.class);
	}

	@Test
	void aPublicationDateIsInTheFutureOnlyAfterTheDayTheClockSays() {
		java.time.LocalDate today = java.time.LocalDate.of(2025, 6, 30);
		org.incidentatlas.time.DateRange tomorrow = org.incidentatlas.time.DateRange.day(today.plusDays(1));
		assertThat(ArticleText.publicationProblem(tomorrow, "2025-07-01", today))
			.hasValueSatisfying(problem -> assertThat(problem.english()).contains("future"));
		assertThat(ArticleText.publicationProblem(tomorrow, "2025-07-01", today.plusDays(1))).isEmpty();
		assertThat(ArticleText.publicationProblem(
				org.incidentatlas.time.DateRange.day(java.time.LocalDate.of(1989, 12, 31)), "1989-12-31", today))
			.hasValueSatisfying(problem -> assertThat(problem.english()).contains("1990"));
	}

}
