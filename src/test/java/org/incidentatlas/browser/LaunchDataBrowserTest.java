package org.incidentatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.QualityGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The real launch data in a real headless Chromium: the maps of Antwerp and Brussels, the
 * analysis table, where the data comes from, and an incident whose sources disagree.
 * Screenshots go to target/screenshots. Counts are compared with what the API says for
 * the same filter, never with numbers written here, so the launch data can grow.
 */
@IntegrationTest
class LaunchDataBrowserTest {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startBrowser() throws IOException {
		QualityGate.require(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(BrowserTest.CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,1000",
					"--user-data-dir=" + Files.createTempDirectory("chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(BrowserTest.SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theMapOfAntwerpDrawsEveryIncidentTheApiListsForAntwerp() throws Exception {
		mapOf("Antwerp", 51.2150, 4.4250, 12, "map-antwerp-launch-data");
	}

	@Test
	void theMapOfBrusselsDrawsEveryIncidentTheApiListsForBrussels() throws Exception {
		mapOf("Brussels", 50.8460, 4.3400, 12, "map-brussels-launch-data");
	}

	private void mapOf(String city, double lat, double lon, int zoom, String screenshot) throws Exception {
		long total = api("/api/incidents?size=1&city=" + city).get("totalItems").asLong();
		assertThat(total).as("incidents in %s", city).isPositive();
		browser.manage().window().setSize(new Dimension(1280, 1000));
		browser.get("http://localhost:" + port + "/map?city=" + city + "&lat=" + lat + "&lon=" + lon + "&zoom=" + zoom);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(d -> String.valueOf(total).equals(d.findElement(By.id("map-count")).getDomAttribute("data-total")));
		wait.until(d -> d.findElement(By.id("map")).getDomAttribute("data-markers-drawn") != null);
		long shown = Long.parseLong(browser.findElement(By.id("map-count")).getDomAttribute("data-shown"));
		assertThat(shown).as("most of %s's incidents are in this view", city).isPositive().isLessThanOrEqualTo(total);
		assertThat(Chromium.sumOfMarkerCounts(browser)).as("the markers add up to what is shown").isEqualTo(shown);
		assertThat(browser.findElement(By.id("map-count")).getText()).startsWith(total + " incidents match");
		screenshot(screenshot);
	}

	@Test
	void theAnalysisTableShowsEachPlaceAndYearWithTheFiguresSourcesReported() throws Exception {
		JsonNode table = api("/api/stats/cities");
		List<JsonNode> rows = table.get("rows").valueStream().toList();
		assertThat(rows).hasSizeGreaterThan(10);
		browser.manage().window().setSize(new Dimension(1400, 2600));
		browser.get("http://localhost:" + port + "/analysis");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(d -> d.findElements(By.cssSelector("#city-table tbody tr")).size() == rows.size());
		for (String place : List.of("Antwerp", "Brussels", "Amsterdam", "Rotterdam")) {
			assertThat(browser.findElements(By.cssSelector("#city-table tr[data-place='" + place + "']")))
				.as("rows of %s", place)
				.isNotEmpty();
		}
		WebElement brussels2024 = browser
			.findElement(By.cssSelector("#city-table tr[data-place='Brussels'][data-year='2024']"));
		assertThat(brussels2024.getText()).contains("shootings");
		assertThat(brussels2024.findElements(By.cssSelector("a.figure-source")))
			.allSatisfy(a -> assertThat(a.getDomAttribute("href")).matches("(https?://|/articles/).+"));
		screenshot("analysis-launch-data");
		// the figures sources reported stand in the last column: scroll to them
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"""
						const scroll = document.getElementById('city-table').closest('.table-scroll');
						scroll.scrollLeft = scroll.scrollWidth;
						document.querySelector("#city-table tr[data-place='Brussels'][data-year='2024']").scrollIntoView({ block: 'center' });""");
		screenshot("analysis-launch-data-reported");
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void theOverviewSaysWhereTheDataComesFromAndLinksEveryArticle() throws IOException {
		long articles = jdbc.queryForObject("select count(*) from article", Long.class);
		browser.manage().window().setSize(new Dimension(1280, 2400));
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.cssSelector(".coverage-warning")).getText()).contains("Not a complete count")
			.contains(String.valueOf(articles));
		WebElement sources = browser.findElement(By.id("sources"));
		assertThat(sources.findElements(By.cssSelector("table.coverage tbody th"))).extracting(WebElement::getText)
			.contains("Antwerp", "Brussels", "Amsterdam", "Rotterdam");
		sources.findElement(By.cssSelector("details.source-list summary")).click();
		List<WebElement> links = sources.findElements(By.cssSelector("details.source-list a[href^='/articles/']"));
		assertThat(links).hasSize((int) articles);
		assertThat(sources.findElements(By.cssSelector("details.source-list a.external")))
			.hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy(a -> assertThat(a.getDomAttribute("href")).matches("https?://.+"));
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.getElementById('sources').scrollIntoView()");
		screenshot("overview-sources");
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	@Test
	void anIncidentTwoArticlesDescribeDifferentlySaysSoInTheReadersLanguage() throws IOException {
		long id = jdbc.queryForObject("""
				select i.id from incident i where i.source_note is not null and i.status = 'PUBLISHED'
				  and exists (select 1 from incident_summary s where s.incident_id = i.id and s.language = 'nl'
				              and s.source_note is not null)
				order by i.id limit 1""", Long.class);
		String dutchNote = jdbc.queryForObject(
				"select source_note from incident_summary where incident_id = ? and language = 'nl'", String.class, id);
		browser.manage().window().setSize(new Dimension(1280, 1400));
		browser.get("http://localhost:" + port + "/incidents/" + id + "?lang=nl");
		assertThat(browser.findElement(By.cssSelector(".source-note")).getText())
			.contains("Waar de bronnen verschillen")
			.contains(dutchNote);
		List<WebElement> sources = browser.findElements(By.cssSelector("ol.sources li a.source-link"));
		assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
		assertThat(sources).filteredOn(a -> a.getDomAttribute("href").startsWith("http"))
			.hasSizeGreaterThanOrEqualTo(2);
		screenshot("incident-sources-disagree-nl");
		browser.get("http://localhost:" + port + "/?lang=en");
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	private JsonNode api(String path) throws Exception {
		return json.readTree(mvc.perform(get(path).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static void screenshot(String name) throws IOException {
		Files.write(BrowserTest.SCREENSHOTS.resolve(name + ".png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
