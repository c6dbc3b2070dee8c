package org.incidentatlas.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.article.ArticleTextTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submitting articles: by paste, .txt and .html file, and as JSON; duplicates and bad
 * input. Every test rolls back.
 */
@IntegrationTest
@Transactional
class ArticleIngestionTest {

	/** Our own words, in the shape of a short news report. */
	static final String TEXT = """
			Explosion in the Osystraat

			On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp. Nobody was hurt.

			Police believe the attack is linked to the drugs trade.""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private long articles() {
		return jdbc.queryForObject("select count(*) from article", Long.class);
	}

	private long stored() {
		return jdbc.queryForObject("select (select count(*) from article) + (select count(*) from proposal)"
				+ " + (select count(*) from audit_event)", Long.class);
	}

	private String body(String title, String url, String publishedOn, String language, String text) {
		java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("title", title);
		body.put("publisher", "Example News");
		body.put("url", url);
		body.put("publishedOn", publishedOn);
		body.put("language", language);
		body.put("text", text);
		return json.writeValueAsString(body);
	}

	private long idOf(String redirect) {
		return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
	}

	@Test
	void pastingAnArticleStoresItWholeAndLeadsToItsReview() throws Exception {
		String location = mvc
			.perform(post("/editor/review/articles").with(user("anna").roles("EDITOR"))
				.with(csrf())
				.param("title", "Explosion in the Osystraat")
				.param("publisher", "Example News")
				.param("url", "https://news.example.org/2023/04/osystraat")
				.param("publishedOn", "2023-04-03")
				.param("language", "en")
				.param("text", TEXT.replace("\n", "\r\n")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("stored")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = idOf(location);
		assertThat(jdbc.queryForObject("select full_text from article where id = ?", String.class, id)).isEqualTo(TEXT);
		assertThat(jdbc.queryForObject("select submitted_by from article where id = ?", String.class, id))
			.isEqualTo("anna");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'ARTICLE' and entity_id = ?",
				Long.class, id))
			.isEqualTo(1);
		mvc.perform(get(location).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Explosion in the Osystraat")));
	}

	@Test
	void aTxtFileIsStoredAsItsText() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "report.txt", "text/plain",
				("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
		String location = mvc
			.perform(multipart("/editor/review/articles").file(file)
				.with(user("anna").roles("EDITOR"))
				.with(csrf())
				.param("title", "From a file")
				.param("publishedOn", "2023-04"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jdbc.queryForObject("select full_text from article where id = ?", String.class, idOf(location)))
			.isEqualTo(TEXT);
		assertThat(jdbc.queryForObject("select published_precision from article where id = ?", String.class,
				idOf(location)))
			.isEqualTo("MONTH");
	}

	@Test
	void anHtmlFileIsReducedToItsReadableTextWithoutScriptsOrNavigation() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "page.html", "text/html",
				ArticleTextTest.PAGE.getBytes(StandardCharsets.UTF_8));
		String location = mvc
			.perform(multipart("/editor/review/articles").file(file)
				.with(user("anna").roles("EDITOR"))
				.with(csrf())
				.param("publishedOn", "2023-04-03")
				.param("language", "en"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = idOf(location);
		String text = jdbc.queryForObject("select full_text from article where id = ?", String.class, id);
		assertThat(text).startsWith(
				"Explosion damages a house\n\nOn 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.")
			.doesNotContain("tracker", "Home", "cookies", "Search", "Most read");
		assertThat(jdbc.queryForObject("select title from article where id = ?", String.class, id))
			.as("the page's title, when the editor gives none")
			.isEqualTo("Explosion in Antwerp");
	}

	@Test
	void theLanguageIsDetectedWhenNotGiven() throws Exception {
		String dutch = """
				Schietpartij in Borgerhout

				In de nacht van zaterdag op zondag werd er geschoten op een woning in Borgerhout. Er vielen geen gewonden. \
				De politie onderzoekt of de schietpartij verband houdt met het drugsmilieu.""";
		String french = """
				Fusillade à Anderlecht

				Dans la nuit de samedi à dimanche, des coups de feu ont été tirés sur une maison à Anderlecht. Il n'y a pas \
				eu de blessés. La police examine si la fusillade est liée au milieu de la drogue.""";
		for (String[] c : new String[][] { { TEXT, "en" }, { dutch, "nl" }, { french, "fr" } }) {
			String answer = mvc
				.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body("Detect " + c[1], null, "2024-05", null, c[0])))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(json.readTree(answer).path("article").path("language").asString()).as(c[1]).isEqualTo(c[1]);
		}
	}

	@Test
	void resubmittingTheSameUrlShowsTheExistingArticle() throws Exception {
		String first = mvc
			.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("First", "https://news.example.org/a?id=1", "2023-04-03", "en", TEXT)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/articles/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(first).path("id").asLong();
		long before = stored();
		// the same address, any fragment or case of the host, with other text
		mvc.perform(post("/api/articles").with(user("bert").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Second", "https://NEWS.example.org/a?id=1#top", "2023-04-03", "en",
					"Another text entirely.")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.duplicate").value("url"))
			.andExpect(jsonPath("$.message", containsString("already here")));
		// and in the browser: the editor is taken to the existing article with a message
		mvc.perform(post("/editor/review/articles").with(user("bert").roles("EDITOR"))
			.with(csrf())
			.param("title", "Third")
			.param("url", "https://news.example.org/a?id=1")
			.param("publishedOn", "2023-04-03")
			.param("text", "Yet another text."))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/editor/review/articles/" + id))
			.andExpect(flash().attribute("notice", containsString("already here (same address)")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void resubmittingTheSameTextUnderAnotherAddressShowsTheExistingArticle() throws Exception {
		String first = mvc
			.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("First", "https://news.example.org/one", "2023-04-03", "en", TEXT)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = json.readTree(first).path("id").asLong();
		long before = stored();
		mvc.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Syndicated", "https://other.example.net/copy", "2023-04-03", null,
					"  " + TEXT.toUpperCase().replace("\n\n", "\n") + "  ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.duplicate").value("text"));
		assertThat(stored()).isEqualTo(before);
	}

	static Stream<Arguments> badInput() {
		String ok = "2024-05-01";
		return Stream.of(Arguments.of("empty text", "Title", null, ok, "en", "", "text", "empty"),
				Arguments.of("blank text", "Title", null, ok, "en", " \n\t ", "text", "empty"),
				Arguments.of("text over 2 MB", "Title", null, ok, "en", "word ".repeat(420_000), "text", "2 MB"),
				Arguments.of("NUL bytes", "Title", null, ok, "en", "A shooting\u0000 in Ghent", "text", "NUL"),
				Arguments.of("control characters", "Title", null, ok, "en",
						"\u0001\u0002\u0003\u0004\u0005\u0006 shots \u0007\u0008\u000B\u000E\u000F\u0010", "text",
						"control"),
				Arguments.of("a future date", "Title", null, LocalDate.now().plusDays(2).toString(), "en", TEXT,
						"publishedOn", "future"),
				Arguments.of("a date before 1990", "Title", null, "1989-12-31", "en", TEXT, "publishedOn", "1990"),
				Arguments.of("an impossible date", "Title", null, "2023-02-30", "en", TEXT, "publishedOn", "calendar"),
				Arguments.of("a malformed date", "Title", null, "last Tuesday", "en", TEXT, "publishedOn",
						"not a date"),
				Arguments.of("no date", "Title", null, "", "en", TEXT, "publishedOn", "publication date"),
				Arguments.of("a javascript: address", "Title", "javascript:alert(1)", ok, "en", TEXT, "url",
						"web address"),
				Arguments.of("a malformed address", "Title", "http://exa mple.org/x", ok, "en", TEXT, "url",
						"web address"),
				Arguments.of("an address over 2000 characters", "Title", "https://example.org/" + "a".repeat(2000), ok,
						"en", TEXT, "url", "2000"),
				Arguments.of("no title", "", null, ok, "en", TEXT, "title", "title"),
				Arguments.of("a title over 500 characters", "t".repeat(501), null, ok, "en", TEXT, "title", "500"),
				Arguments.of("an unknown language", "Title", null, ok, "xx", TEXT, "language", "en, nl or fr"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void badInputGetsA400NamingTheFieldAndStoresNothing(String what, String title, String url, String publishedOn,
			String language, String text, String field, String message) throws Exception {
		long before = stored();
		mvc.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(title, url, publishedOn, language, text)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
		mvc.perform(post("/editor/review/articles").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("title", title)
			.param("url", url == null ? "" : url)
			.param("publishedOn", publishedOn)
			.param("language", language)
			.param("text", text))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nothing was stored")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aPublisherOverTwoHundredCharactersIsRefused() throws Exception {
		long before = stored();
		java.util.Map<String, Object> body = new java.util.HashMap<>(
				json.readValue(body("Title", null, "2024-05", "en", TEXT), java.util.Map.class));
		body.put("publisher", "p".repeat(201));
		mvc.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("publisher"));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void binaryFilesAndOtherFileTypesAreRefusedWithAClearMessage() throws Exception {
		long before = stored();
		MockMultipartFile binary = new MockMultipartFile("file", "photo.txt", "text/plain",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE });
		mvc.perform(multipart("/editor/review/articles").file(binary)
			.with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("title", "Junk")
			.param("publishedOn", "2024-05"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not valid UTF-8")));
		MockMultipartFile nul = new MockMultipartFile("file", "nul.txt", "text/plain",
				"abc\0def".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/editor/review/articles").file(nul)
			.with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("title", "Junk")
			.param("publishedOn", "2024-05"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("NUL")));
		MockMultipartFile pdf = new MockMultipartFile("file", "report.pdf", "application/pdf",
				"%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/editor/review/articles").file(pdf)
			.with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("title", "Junk")
			.param("publishedOn", "2024-05"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(".txt or .html")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theApiTakesAFileAsMultipartAndRefusesJunkByField() throws Exception {
		MockMultipartFile page = new MockMultipartFile("file", "page.html", "text/html",
				ArticleTextTest.PAGE.getBytes(StandardCharsets.UTF_8));
		String answer = mvc
			.perform(multipart("/api/articles").file(page)
				.with(user("anna").roles("EDITOR"))
				.param("publishedOn", "2023-04-03")
				.param("language", "en")
				.param("publisher", "Example News"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.article.title").value("Explosion in Antwerp"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
		assertThat(jdbc.queryForObject("select full_text from article where id = ?", String.class, id))
			.startsWith("Explosion damages a house")
			.doesNotContain("tracker", "cookies");
		assertThat(jdbc.queryForObject("select count(*) from proposal where article_id = ?", Long.class, id))
			.isPositive();

		long before = stored();
		MockMultipartFile binary = new MockMultipartFile("file", "photo.txt", "text/plain",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE });
		mvc.perform(multipart("/api/articles").file(binary)
			.with(user("anna").roles("EDITOR"))
			.param("title", "Junk")
			.param("publishedOn", "2024-05"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/articles").with(user("anna").roles("EDITOR")).param("title", "No file"))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/articles").file(page)).andExpect(status().isUnauthorized());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void onlyEditorsSubmitOrReadArticlesUnderReview() throws Exception {
		long before = articles();
		mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
			.content(body("T", null, "2024-05", "en", TEXT))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/articles")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/review/quality")).andExpect(status().isUnauthorized());
		mvc.perform(get("/editor/review")).andExpect(status().is3xxRedirection());
		assertThat(articles()).isEqualTo(before);
	}

	@Test
	void editorsFindArticlesByTheirWords() throws Exception {
		mvc.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Explosion in the Osystraat", null, "2023-04-03", "en", TEXT)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/articles").param("q", "osystraat explosions").with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$[0].title").value("Explosion in the Osystraat"));
		mvc.perform(get("/api/articles").param("q", "Zeebrugge").with(user("anna").roles("EDITOR")))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/editor/review").param("q", "Osystraat").with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Explosion in the Osystraat")));
	}

}
