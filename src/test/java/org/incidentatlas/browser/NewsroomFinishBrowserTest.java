package org.incidentatlas.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.review.ReviewFixtures;
import org.incidentatlas.user.Role;
import org.incidentatlas.user.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last part of issue #15 in a real browser, at 1280 px and on a 390-pixel phone: the
 * map's count line names the incidents placed only to a country or region, and a line of
 * the side panel opens a list of exactly those; the place table says what its populations
 * rest on; a refused filter is explained in the reader's language; the review page offers
 * the coding hints as fields. Screenshots go to target/screenshots.
 */
@FixedDataTest
class NewsroomFinishBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	ApplicationContext context;

	WebDriver browser;

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.quit();
		}
		ReviewFixtures.removeAll(jdbc, "Browser coding review");
		dataVersion.forget();
	}

	private WebDriverWait open(int width, String path) throws IOException {
		if (browser == null) {
			browser = Chromium.start(width, width < 600 ? 844 : 1000);
		}
		browser.get("http://localhost:" + port + path);
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	/** Into target/screenshots, where every browser test leaves its pictures. */
	private void shot(String name, int width) throws IOException {
		Chromium.screenshot(browser, "newsroom-" + name + "-" + width);
	}

	private boolean noHorizontalOverflow() {
		return (Boolean) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void theMapCountsTheVaguePlacesAndEachOfTheirLinksListsExactlyThose(int width) throws IOException {
		WebDriverWait wait = open(width, "/map");
		wait.until(d -> !d.findElement(By.id("vague-areas")).getDomProperty("hidden").equals("true"));
		wait.until(d -> d.findElement(By.id("map-count")).getDomAttribute("data-total") != null);
		WebElement count = browser.findElement(By.id("map-count"));
		Matcher m = Pattern
			.compile("(\\d+) incidents match: (\\d+) on the map, (\\d+) placed only to a country or region")
			.matcher(count.getText());
		assertThat(m.find()).as(count.getText()).isTrue();
		long areas = browser.findElements(By.cssSelector("#vague-list li"))
			.stream()
			.map(li -> li.getText().replaceAll(".*: ", ""))
			.mapToLong(Long::parseLong)
			.sum();
		assertThat(Long.parseLong(m.group(3))).isEqualTo(areas).isEqualTo(4);
		assertThat(m.group(2)).isEqualTo(count.getDomAttribute("data-shown"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", count);
		shot("map-count", width);
		((JavascriptExecutor) browser).executeScript("document.getElementById('vague-areas').scrollIntoView()");
		shot("map-areas", width);

		WebElement belgium = browser.findElements(By.cssSelector("#vague-list a"))
			.stream()
			.filter(a -> a.getText().startsWith("somewhere in Belgium"))
			.findFirst()
			.orElseThrow();
		assertThat(belgium.getDomAttribute("href")).contains("city=be").contains("vague=only");
		browser.get(belgium.getDomProperty("href"));
		wait.until(d -> d.findElements(By.cssSelector("table.incidents tbody tr")).size() > 0);
		assertThat(browser.findElement(By.cssSelector(".match-count")).getText()).isEqualTo("2 incidents match");
		assertThat(browser.findElements(By.cssSelector("table.incidents tbody tr"))).hasSize(2);
		WebElement vague = browser.findElement(By.cssSelector(".precision-filter input[name=vague]"));
		assertThat(vague.isSelected()).isTrue();
		// on a phone the filters are folded away: the text is there, not shown
		assertThat(browser.findElement(By.cssSelector(".precision-filter")).getDomProperty("textContent"))
			.contains("placed only to a country or region");
		// folded on a phone, the filter button still says so
		assertThat(browser.findElement(By.cssSelector(".filter-state")).getDomProperty("textContent"))
			.contains("placed only to a country or region");
		assertThat(noHorizontalOverflow()).isTrue();
		shot("list-vague-only", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void thePlaceTableSaysWhatItsPopulationsRestOn(int width) throws IOException {
		WebDriverWait wait = open(width, "/analysis?city=Antwerp");
		wait.until(d -> !d.findElement(By.id("population-sources")).getDomProperty("hidden").equals("true"));
		assertThat(browser.findElement(By.id("population-sources")).getText())
			.startsWith("Populations behind the rates, with the number of places:")
			.contains("its year and source are not recorded (1)");
		WebElement rate = browser.findElement(By.cssSelector("#city-table td[data-column=rate] span"));
		assertThat(rate.getDomAttribute("title")).contains("of a population of")
			.contains("year and source are not recorded");
		((JavascriptExecutor) browser).executeScript("document.getElementById('rates-note').scrollIntoView()");
		assertThat(noHorizontalOverflow()).isTrue();
		shot("analysis-populations", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void aRefusedFilterIsExplainedInTheReadersLanguage(int width) throws IOException {
		open(width, "/incidents?lang=fr&vague=often");
		assertThat(browser.findElement(By.cssSelector(".error-message")).getText())
			.isEqualTo("'often' n'est pas une valeur de vague ; utilisez vague=only.");
		assertThat(noHorizontalOverflow()).isTrue();
		shot("refused-filter-fr", width);
		open(width, "/incidents?lang=en");
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void theReviewPageOffersTheCodingHintsAsFields(int width) throws IOException {
		long article = ReviewFixtures.articleWithAGrenadeProposal(context, "Browser coding review " + width);
		if (accounts.find("newsroom-editor").isEmpty()) {
			accounts.create("newsroom-editor", "reviewing by the riverside 2025", Role.EDITOR, "test");
		}
		WebDriverWait wait = open(width, "/login");
		browser.findElement(By.name("username")).sendKeys("newsroom-editor");
		browser.findElement(By.name("password")).sendKeys("reviewing by the riverside 2025");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/editor"));
		browser.get("http://localhost:" + port + "/editor/review/articles/" + article);
		WebElement form = wait.until(d -> d.findElement(By.cssSelector("form.proposal-form")));
		assertThat(new Select(form.findElement(By.name("subtype"))).getFirstSelectedOption().getText())
			.isEqualTo("Grenade");
		assertThat(new Select(form.findElement(By.name("target"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("home");
		assertThat(form.findElement(By.name("timeOfDay")).getDomProperty("value")).isEqualTo("03h");
		new Select(form.findElement(By.name("target"))).selectByValue("business");
		form.findElement(By.name("groups")).sendKeys("Browser Crew");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				form.findElement(By.name("subtype")));
		assertThat(noHorizontalOverflow()).isTrue();
		shot("review-coding", width);
		form.findElement(By.cssSelector("button[value=accept]")).click();
		wait.until(d -> !d.findElements(By.cssSelector(".status-banner.notice")).isEmpty());
		Map<String, Object> incident = jdbc.queryForMap(
				"""
						select i.subtype, i.target, (select string_agg(name, ',') from incident_actor where incident_id = i.id) as groups
						from proposal p join incident i on i.id = p.incident_id where p.article_id = ?""",
				article);
		assertThat(incident).containsEntry("subtype", "GRENADE")
			.containsEntry("target", "BUSINESS")
			.containsEntry("groups", "Browser Crew");
	}

}
