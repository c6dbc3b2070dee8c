package org.incidentatlas.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that cannot be misread, in a real browser at desktop width and on a 390-pixel
 * phone: every view says what its counts rest on ("the atlas records 0 of the 92
 * shootings reported for Brussels in 2024"), a toll nobody reported reads "n.r." with its
 * meaning, the timeline writes the interval it chose into the address, and incidents
 * known only to a country are listed by area beside the map. Screenshots go to
 * target/screenshots.
 */
@FixedDataTest
class NumbersBrowserTest {

	static final String GAP = "The atlas records 0 of the 92 shootings reported for Brussels in 2024.";

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.quit();
		}
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
		Chromium.screenshot(browser, "numbers-" + name + "-" + width);
	}

	/** A screenshot with the element scrolled into view. */
	private void shotOf(String selector, String name, int width) throws IOException {
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.querySelector(arguments[0]).scrollIntoView()", selector);
		shot(name, width);
	}

	private String coverageText(WebDriverWait wait) {
		wait.until(d -> !d.findElement(By.id("coverage")).getText().isBlank());
		return browser.findElement(By.id("coverage")).getText();
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void thePlaceTableSaysWhatItRestsOnAndNeverShowsAnUnreportedTollAsZero(int width) throws IOException {
		WebDriverWait wait = open(width, "/analysis?city=Brussels&year=2024-2025");
		wait.until(d -> d.findElements(By.cssSelector("#city-table tbody tr")).size() == 2);
		assertThat(coverageText(wait)).contains(GAP).contains("reviewed articles");
		WebElement row2024 = browser.findElement(By.cssSelector("#city-table tr[data-year='2024']"));
		WebElement row2025 = browser.findElement(By.cssSelector("#city-table tr[data-year='2025']"));
		// nothing recorded in 2024: a dash that says so, not 0 killed
		assertThat(row2024.findElement(By.cssSelector("td[data-column=killed] abbr")).getText()).startsWith("–")
			.contains("Nothing recorded")
			.doesNotContain("0");
		assertThat(row2024.findElement(By.cssSelector("td.reported")).getText()).contains(GAP);
		// the 2025 metro gunfire reports no toll: n.r., with its meaning as a tooltip and
		// for screen readers
		WebElement notReported = row2025.findElement(By.cssSelector("td[data-column=killed] abbr.not-reported"));
		assertThat(notReported.getDomAttribute("title")).startsWith("Not reported");
		assertThat(notReported.getAttribute("textContent")).startsWith("n.r.").contains("Not reported");
		assertThat(browser.findElement(By.cssSelector(".signs-legend")).getText()).contains("n.r.")
			.contains("Not reported");
		shot("analysis", width);

		row2025.findElement(By.cssSelector(".compare-toggle")).click();
		wait.until(d -> d.findElements(By.cssSelector("#compare-table tbody tr")).size() == 2);
		WebElement compare = browser.findElement(By.id("compare-table"));
		assertThat(compare.findElement(By.cssSelector("td[data-year='2025']")).getText()).contains("Shooting 1")
			.contains("n.r.");
		assertThat(compare.findElement(By.cssSelector("td[data-year='2024']")).getText()).contains("–")
			.doesNotContain("Killed 0");
		assertThat(browser.findElements(By.cssSelector("#compare-charts svg"))).hasSize(1);
		shotOf("#compare", "analysis-compare", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void theTimelineChoosesTheIntervalThatFitsAndKeepsItInTheAddress(int width) throws IOException {
		WebDriverWait wait = open(width, "/timeline?city=Brussels");
		wait.until(d -> d.getCurrentUrl().contains("interval=year"));
		assertThat(browser.findElement(By.id("interval-chosen")).getText()).startsWith("Per year");
		assertThat(coverageText(wait)).contains("reviewed articles")
			.contains("92 shootings reported for Brussels in 2024");
		wait.until(d -> d.findElement(By.id("timeline-chart")).getDomAttribute("data-total") != null);
		// Brussels' 2022 killing reports its toll, the 2025 gunfire none: one point for
		// killed, where known
		assertThat(browser.findElement(By.id("timeline-chart")).getDomAttribute("data-toll-points")).isEqualTo("1");
		assertThat(browser.findElement(By.cssSelector(".signs-legend")).getText()).contains("n.r.");
		shot("timeline", width);
		shotOf(".chart-wrap", "timeline-chart", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void anEmptyListSaysWhatSourcesReportedInstead(int width) throws IOException {
		WebDriverWait wait = open(width, "/incidents?city=Brussels&year=2024");
		assertThat(browser.findElement(By.cssSelector(".match-count")).getText()).isEqualTo("No incidents match");
		assertThat(coverageText(wait)).contains(GAP).contains("These counts rest on 2 reviewed articles");
		shot("list-empty", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void theOverviewSaysWhatItsCountsRestOn(int width) throws IOException {
		WebDriverWait wait = open(width, "/");
		// the warning above says how many articles the counts rest on; the note beside it
		// what sources reported beyond them
		assertThat(browser.findElement(By.cssSelector(".coverage-warning")).getText())
			.contains("the 3 news articles reviewed so far");
		assertThat(coverageText(wait)).contains(GAP);
		shot("overview", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void theMapListsIncidentsKnownOnlyToACountryApartFromItsClusters(int width) throws IOException {
		WebDriverWait wait = open(width, "/map");
		wait.until(d -> !d.findElement(By.id("vague-areas")).getDomProperty("hidden").equals("true"));
		List<String> areas = browser.findElements(By.cssSelector("#vague-list li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(areas).contains("somewhere in Belgium: 2", "somewhere in East Flanders (province): 1",
				"somewhere in Netherlands: 1");
		assertThat(browser.findElement(By.cssSelector("#vague-list a")).getDomAttribute("href")).contains("city=be");
		shotOf("#vague-areas", "map-areas", width);

		wait = open(width, "/embed/map");
		wait.until(d -> !d.findElement(By.id("vague-areas")).getDomProperty("hidden").equals("true"));
		assertThat(browser.findElement(By.id("vague-areas")).getText()).contains("somewhere in Belgium: 2");
		shot("embed-areas", width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 390 })
	void inFrenchAndDutchTheSignsAndTheSentenceAreTranslated(int width) throws IOException {
		WebDriverWait wait = open(width, "/analysis?city=Brussels&year=2024-2025&lang=fr");
		wait.until(d -> d.findElements(By.cssSelector("#city-table tbody tr")).size() == 2);
		assertThat(coverageText(wait))
			.contains("L'atlas recense 0 des 92 fusillades que les sources signalent pour Bruxelles en 2024.");
		assertThat(browser.findElement(By.cssSelector("#city-table tr[data-year='2025'] td[data-column=killed] abbr"))
			.getText()).startsWith("n.c.").contains("Non communiqué");
		shot("analysis-fr", width);
		wait = open(width, "/incidents?city=Brussels&year=2024&lang=nl");
		assertThat(coverageText(wait))
			.contains("De atlas telt 0 van de 92 schietpartijen die bronnen melden voor Brussel in 2024.");
		shot("list-nl", width);
		open(width, "/?lang=en");
	}

}
