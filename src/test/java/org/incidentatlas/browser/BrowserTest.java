package org.incidentatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded). Screenshots go to target/screenshots for a person to look at.
 */
@IntegrationTest
class BrowserTest {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theOverviewShowsTheTotalsTableAndLeadsToAnIncident() throws IOException {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Belgium and the Netherlands");
		WebElement table = browser.findElement(By.cssSelector("table.totals"));
		assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(table.getText()).contains("Shooting").contains("2023");
		screenshot("overview");

		browser.findElement(By.cssSelector(".incident-list li a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/incidents/"));
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Killed").contains("Date");
	}

	@Test
	void anIncidentPageDrawsItsMapAndShowsItsPrecision() throws IOException {
		long id = jdbc.queryForObject("select id from incident where external_key = 'launch-2023-merksem-girl-killed'",
				Long.class);
		browser.get("http://localhost:" + port + "/incidents/" + id);
		String facts = browser.findElement(By.cssSelector(".facts")).getText();
		assertThat(facts).contains("2023").contains("Merksem").contains("district only").contains("aged 11");
		assertThat(facts).doesNotContain("January");
		// Leaflet ran: the map container holds a dashed area, not a pin, for a district-level place
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#incident-map.leaflet-container path.leaflet-interactive")).isEmpty());
		WebElement area = browser.findElement(By.cssSelector("#incident-map path.leaflet-interactive"));
		assertThat(area.getDomAttribute("stroke-dasharray")).isNotBlank();
		screenshot("incident-merksem");
	}

	@Test
	void filteringTheListKeepsTheFiltersInTheUrl() throws IOException {
		browser.get("http://localhost:" + port + "/incidents");
		browser.findElement(By.name("city")).sendKeys("Bruxelles");
		browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("city=Bruxelles"));
		assertThat(browser.findElement(By.cssSelector(".match-count")).getText()).isEqualTo("2 incidents match");
		assertThat(browser.findElements(By.cssSelector("table.incidents tbody tr"))).hasSize(2);
		screenshot("incidents-brussels");
	}

	private static void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
