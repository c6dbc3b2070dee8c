package org.incidentatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.QualityGate;
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

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded). Screenshots go to target/screenshots for a person to look at.
 */
@FixedDataTest
class BrowserTest {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	org.incidentatlas.incident.DataVersion dataVersion;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		QualityGate.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,1000",
					"--user-data-dir=" + Files.createTempDirectory("chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
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
		long id = jdbc.queryForObject("select id from incident where external_key = 'fixture-2023-merksem-girl-killed'",
				Long.class);
		browser.get("http://localhost:" + port + "/incidents/" + id);
		String facts = browser.findElement(By.cssSelector(".facts")).getText();
		assertThat(facts).contains("2023").contains("Merksem").contains("district only").contains("aged 11");
		assertThat(facts).doesNotContain("January");
		// Leaflet ran: the map container holds a dashed area, not a pin, for a
		// district-level place
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#incident-map.leaflet-container path.leaflet-interactive"))
				.isEmpty());
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

	@Test
	void theMapShowsTheLaunchIncidentsAndNarrowsToAntwerpWithoutAReload() throws IOException {
		browser.get("http://localhost:" + port + "/map");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("9 incidents match"));
		// four are known only to a country or region: listed by area beside the map,
		// never drawn as a cluster
		assertThat(browser.findElement(By.id("map-count")).getText())
			.isEqualTo("9 incidents match: 5 on the map, 4 placed only to a country or region");
		assertThat(browser.findElement(By.id("vague-areas")).getText()).contains("somewhere in Belgium: 2");
		int before = markerCount();
		assertThat(before).isGreaterThan(0);
		assertThat(Chromium.sumOfMarkerCounts(browser)).isEqualTo(5);
		screenshot("map");

		Object marker = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return window.performance.now()");
		WebElement city = browser.findElement(By.name("city"));
		city.sendKeys("Antwerp");
		city.sendKeys(org.openqa.selenium.Keys.TAB);
		wait.until(d -> d.getCurrentUrl().contains("city=Antwerp"));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("2 incidents match"));
		// the count line may be written before the markers are redrawn
		wait.until(d -> Chromium.sumOfMarkerCounts(d) == 2);
		assertThat(markerCount()).isLessThanOrEqualTo(before);
		// the page was not reloaded: the same document measured the time
		assertThat((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return window.performance.now()"))
			.satisfies(now -> assertThat(now.doubleValue()).isGreaterThan(((Number) marker).doubleValue()));
		screenshot("map-antwerp");
	}

	@Test
	void aPopupShowsTheIncidentWithItsSourceLink() {
		browser.get("http://localhost:" + port + "/map?type=explosion&lat=51.223&lon=4.416&zoom=15");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> !d.findElements(By.cssSelector("#map .mk.mk-explosion")).isEmpty());
		browser.findElement(By.cssSelector("#map .mk.mk-explosion")).click();
		wait.until(d -> !d.findElements(By.cssSelector(".leaflet-popup .source-link")).isEmpty());
		WebElement popup = browser.findElement(By.cssSelector(".leaflet-popup"));
		assertThat(popup.getText()).contains("Explosion")
			.contains("2 April 2023")
			.contains("Osystraat")
			.contains("not reported");
		assertThat(popup.findElement(By.cssSelector(".source-link")).getDomAttribute("href")).startsWith("/articles/");
		assertThat(popup.findElement(By.cssSelector(".incident-link")).getDomAttribute("href"))
			.startsWith("/incidents/");
	}

	@Test
	void reloadingTheUrlRestoresFiltersCentreAndZoom() {
		browser.get("http://localhost:" + port + "/map?city=Bruxelles&year=2025&lat=50.84600&lon=4.35200&zoom=11");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("1 incident matches"));
		String url = browser.getCurrentUrl();
		assertThat(url).contains("city=Bruxelles").contains("year=2025").contains("zoom=11");
		browser.navigate().refresh();
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("1 incident matches"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url);
		assertThat(browser.findElement(By.name("city")).getDomProperty("value")).isEqualTo("Bruxelles");
		assertThat(browser.findElement(By.name("year")).getDomProperty("value")).isEqualTo("2025");
	}

	@Test
	void theListViewShowsTheIncidentsInViewAsATable() {
		browser.get("http://localhost:" + port + "/map");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("9 incidents match"));
		browser.findElement(By.id("list-toggle")).click();
		wait.until(d -> d.findElements(By.cssSelector("#map-list tbody tr")).size() == 9);
		assertThat(browser.findElement(By.id("list-toggle")).getDomAttribute("aria-expanded")).isEqualTo("true");
	}

	@Test
	void theEmbedShowsTheBareFilteredMapWithALinkBack() throws IOException {
		browser.get("http://localhost:" + port + "/embed/map?city=Antwerp");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("2 incidents match"));
		assertThat(browser.findElements(By.cssSelector(".site-header"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector(".embed-bar a")).getDomAttribute("href"))
			.isEqualTo("/map?city=Antwerp");
		screenshot("embed-antwerp");
	}

	private int markerCount() {
		return browser.findElements(By.cssSelector(".leaflet-marker-icon")).size();
	}

	@Test
	void theTimelineDrawsItsChartAndFollowsADraggedDateRange() throws IOException {
		browser.get("http://localhost:" + port + "/timeline?type=shooting&type=explosion");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> "3".equals(d.findElement(By.id("timeline-chart")).getDomAttribute("data-total")));
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
		Number datasets = (Number) js
			.executeScript("return Chart.getChart(document.getElementById('timeline-chart')).data.datasets.length");
		assertThat(datasets.intValue()).as("shooting, explosion, and killed and injured as points").isEqualTo(4);
		assertThat((Boolean) js.executeScript(
				"""
						const c = Chart.getChart(document.getElementById('timeline-chart'));
						return !c.options.scales.y1 && c.data.datasets.filter((d) => d.type === 'line').every((d) => d.showLine === false);"""))
			.as("no second axis, no line through periods that report nothing")
			.isTrue();
		wait.until(d -> d.findElements(By.cssSelector("#list-groups .timeline-entries li")).size() == 3);
		assertThat(browser.findElement(By.id("coarse-rows")).getText()).contains("2023")
			.contains("known only to the year");
		screenshot("timeline");

		// drag across the first three months of the chart (April to June 2023)
		String[] xs = ((String) js.executeScript(
				"""
						const c = Chart.getChart(document.getElementById('timeline-chart'));
						const r = c.canvas.getBoundingClientRect();
						return [c.scales.x.getPixelForValue(0) - r.width / 2, c.scales.x.getPixelForValue(2) - r.width / 2].join(',');"""))
			.split(",");
		WebElement canvas = browser.findElement(By.id("timeline-chart"));
		new org.openqa.selenium.interactions.Actions(browser).moveToElement(canvas, (int) Double.parseDouble(xs[0]), 0)
			.clickAndHold()
			.moveToElement(canvas, (int) Double.parseDouble(xs[1]), 0)
			.release()
			.perform();
		wait.until(d -> d.getCurrentUrl().contains("from=2023-04-01") && d.getCurrentUrl().contains("to=2023-06-30"));
		wait.until(d -> "2".equals(d.findElement(By.id("timeline-chart")).getDomAttribute("data-total")));
		wait.until(d -> d.findElements(By.cssSelector("#list-groups .timeline-entries li")).size() == 2);
		assertThat(browser.findElement(By.id("list-groups")).getText()).contains("Osystraat").doesNotContain("metro");
		screenshot("timeline-april-june-2023");
	}

	@Test
	void theAnalysisShowsBrussels2024WithItsReportedFigures() throws IOException {
		browser.get("http://localhost:" + port + "/analysis");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> !d.findElements(By.cssSelector("#city-table tr[data-place='Brussels'][data-year='2024']"))
			.isEmpty());
		WebElement row = browser.findElement(By.cssSelector("#city-table tr[data-place='Brussels'][data-year='2024']"));
		assertThat(row.getText()).contains("92 shootings").contains("9 people killed").contains("48 people injured");
		assertThat(row.findElements(By.cssSelector("a.figure-source"))).hasSizeGreaterThanOrEqualTo(3);
		screenshot("analysis");

		// one click per place puts them side by side
		browser.findElement(By.cssSelector("#city-table tr[data-place='Brussels'] .compare-toggle")).click();
		browser.findElement(By.cssSelector("#city-table tr[data-place='Antwerp'] .compare-toggle")).click();
		wait.until(d -> d.findElement(By.id("compare")).isDisplayed());
		String compare = browser.findElement(By.id("compare-table")).getText();
		assertThat(compare).containsIgnoringCase("Brussels")
			.containsIgnoringCase("Antwerp")
			.contains("2023")
			.contains("2024");
		assertThat(browser.getCurrentUrl()).contains("compare=");

		// one click on a count sorts the busiest row first; a second click turns the
		// order round
		browser.findElement(By.cssSelector("button.sort[data-column='incidents']")).click();
		assertThat(browser.findElement(By.cssSelector("#city-table tbody tr")).getDomAttribute("data-place"))
			.isEqualTo("Antwerp");
		browser.findElement(By.cssSelector("button.sort[data-column='incidents']")).click();
		assertThat(browser.findElement(By.cssSelector("#city-table tbody tr td:nth-child(5)")).getText())
			.isEqualTo("0");
	}

	@Test
	void switchingBetweenViewsKeepsTheFilters() {
		browser.get("http://localhost:" + port + "/timeline?city=Antwerp&year=2023");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.until(d -> d.findElement(By.cssSelector("a[data-keep-filters='/map']"))
			.getDomAttribute("href")
			.contains("city=Antwerp"));
		browser.findElement(By.cssSelector("a[data-keep-filters='/map']")).click();
		wait.until(d -> d.getCurrentUrl().contains("/map?") && d.getCurrentUrl().contains("year=2023"));
		wait.until(d -> d.findElement(By.id("map-count")).getText().startsWith("2 incidents match"));
	}

	@Autowired
	org.incidentatlas.map.MapCells mapCells;

	@Test
	void hostileTextInAPopupIsShownAsTextAndNeverRuns() {
		Long id = jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, latitude, longitude, geo_precision,
						                      summary, status, locality)
						values ('ARSON', date '2024-02-02', date '2024-02-02', 'DAY', 'BE', 50.1234, 5.4321, 'STREET',
						        '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>', 'PUBLISHED',
						        '"><svg onload=window.__xss=3>') returning id""",
				Long.class);
		dataVersion.forget();
		try {
			browser.get("http://localhost:" + port + "/map?type=arson&lat=50.1234&lon=5.4321&zoom=16");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
			wait.until(d -> !d.findElements(By.cssSelector("#map .mk.mk-arson")).isEmpty());
			browser.findElement(By.cssSelector("#map .mk.mk-arson")).click();
			wait.until(d -> d.findElement(By.cssSelector(".leaflet-popup")).getText().contains("onerror"));
			assertThat(browser.findElement(By.cssSelector(".leaflet-popup")).getText())
				.contains("<img src=x onerror=\"window.__xss=1\">")
				.contains("<script>");
			assertThat(browser
				.findElements(By.cssSelector(".leaflet-popup img, .leaflet-popup svg, .leaflet-popup script")))
				.isEmpty();
			Object ran = ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return window.__xss === undefined");
			assertThat(ran).isEqualTo(true);
		}
		finally {
			jdbc.update("delete from incident where id = ?", id);
			dataVersion.forget();
		}
	}

	@Autowired
	org.incidentatlas.user.UserAccounts accounts;

	/** An editor's account, made the first time a test asks for it. */
	private void editorAccount(String username, String password) {
		if (accounts.find(username).isEmpty()) {
			accounts.create(username, password, org.incidentatlas.user.Role.EDITOR, "test");
		}
	}

	/** Signs in on the login page and waits for the editor's page. */
	private WebDriverWait signIn(String username, String password, Duration timeout) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(browser, timeout);
		wait.until(d -> d.getCurrentUrl().endsWith("/editor"));
		return wait;
	}

	@Test
	void anEditorSignsInAndSeesFormErrorsBesideTheFields() throws IOException {
		editorAccount("browser-editor", "a careful reviewer");
		WebDriverWait wait = signIn("browser-editor", "a careful reviewer", Duration.ofSeconds(10));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Editor");
		browser.findElement(By.linkText("New incident")).click();
		browser.findElement(By.name("date")).sendKeys("2023-02-30");
		browser.findElement(By.name("killed")).sendKeys("several");
		browser.findElement(By.cssSelector("form.incident-form button[type=submit]")).click();
		wait.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
		String errors = String.join(" | ",
				browser.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).toList());
		assertThat(errors).contains("Choose a type.").contains("Write a whole number.").contains("Write a summary");
		assertThat(browser.findElement(By.name("date")).getDomProperty("value")).isEqualTo("2023-02-30");
		screenshot("editor-form-errors");
		browser.findElement(By.cssSelector(".account button.link")).click();
		wait.until(d -> !d.findElements(By.linkText("Editors sign in")).isEmpty());
	}

	@Test
	void switchingToFrenchShowsFrenchLabelsAndAnvers() throws IOException {
		long id = jdbc.queryForObject("select id from incident where external_key = 'fixture-2023-merksem-girl-killed'",
				Long.class);
		browser.get("http://localhost:" + port + "/incidents/" + id);
		browser.findElement(By.cssSelector(".languages a[lang='fr']")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Anvers").contains("Belgique");
		assertThat(browser.findElement(By.cssSelector(".site-header nav")).getText()).contains("Carte");
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Tués");
		screenshot("incident-in-french");
		// the choice is remembered: the map now speaks French too
		browser.get("http://localhost:" + port + "/map?city=Anvers");
		wait.until(d -> d.findElement(By.id("map-count")).getText().contains("2"));
		assertThat(browser.findElement(By.id("map-count")).getText()).contains("correspond");
		browser.findElement(By.cssSelector(".languages a[lang='en']")).click();
		wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
	}

	@Test
	void anEditorImportsACsvFileAfterADryRun() throws IOException {
		editorAccount("import-editor", "careful importer 2025");
		Path csv = Files.createTempFile("import", ".csv");
		Files.writeString(csv,
				"type,date,place,killed,injured,summary\n"
						+ "arson,2024-08,Charleroi,0,0,\"A car set alight, the third that week\"\n",
				java.nio.charset.StandardCharsets.UTF_8);
		WebDriverWait wait = signIn("import-editor", "careful importer 2025", Duration.ofSeconds(15));
		browser.get("http://localhost:" + port + "/editor/import");
		browser.findElement(By.name("file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(d -> !d.findElements(By.cssSelector("select#column0")).isEmpty());
		browser.findElement(By.cssSelector("form button.button")).click();
		wait.until(d -> d.getPageSource().contains("All 1 rows can be imported."));
		screenshot("import-dry-run");
		browser.findElements(By.cssSelector("form button.button"))
			.stream()
			.filter(b -> b.getText().equals("Import all rows"))
			.findFirst()
			.orElseThrow()
			.click();
		wait.until(d -> !d.findElements(By.id("import-done")).isEmpty());
		assertThat(browser.findElement(By.id("import-done")).getText()).startsWith("1 incidents imported as drafts");
		Long id = jdbc.queryForObject("select id from incident where summary = 'A car set alight, the third that week'",
				Long.class);
		assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		// imported drafts are not public; tidy up so other tests see only the fixed data
		jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id = ?", id);
		jdbc.update("delete from incident where id = ?", id);
		jdbc.update("delete from import_job where username = 'import-editor'");
		browser.findElement(By.cssSelector(".account button.link")).click();
	}

	@Autowired
	org.incidentatlas.review.ArticleIngestion ingestion;

	@Test
	void anEditorSeesTheHighlightedEvidenceAndAcceptsAProposalAsASource() throws IOException {
		editorAccount("review-editor", "careful reviewer 2025");
		long article = ingestion
			.ingest(new org.incidentatlas.review.Submission("A spring of attacks", "First Outlet",
					"https://first.example.org/browser-review", "2025-10", null,
					org.incidentatlas.review.ReviewEndToEndTestText.FIRST), "review-editor")
			.articleId();
		try {
			WebDriverWait wait = signIn("review-editor", "careful reviewer 2025", Duration.ofSeconds(15));
			browser.findElement(By.linkText("Review articles")).click();
			wait.until(d -> d.getCurrentUrl().contains("/editor/review"));
			browser.findElement(By.partialLinkText("A spring of attacks")).click();
			wait.until(d -> d.getCurrentUrl().endsWith("/editor/review/articles/" + article));

			WebElement proposal = browser.findElements(By.cssSelector("section.proposal.pending"))
				.stream()
				.filter(p -> !p.findElements(By.cssSelector(".will-merge")).isEmpty())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no proposal duplicates a fixed incident"));
			String id = proposal.getDomAttribute("id");
			assertThat(proposal.findElement(By.cssSelector(".evidence mark")).getText()).isNotBlank();
			assertThat(proposal.findElement(By.cssSelector(".will-merge")).getText())
				.contains("accepting adds this article as a source of #");
			assertThat(browser.findElements(By.cssSelector(".article-text mark"))).isNotEmpty();
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", proposal);
			screenshot("review-proposal");

			proposal.findElement(By.cssSelector("button.accept")).click();
			wait.until(d -> d.findElement(By.id(id)).getDomAttribute("class").contains("decided"));
			assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("is now a source of #");
			assertThat(browser.findElement(By.id(id)).getText()).contains("added to an existing record");
			screenshot("review-accepted");
			browser.findElement(By.cssSelector(".account button.link")).click();
		}
		finally {
			// only the fixed incidents stay: remove the source, the decisions and the
			// article again
			List<Long> proposals = jdbc.queryForList("select id from proposal where article_id = ?", Long.class,
					article);
			for (long p : proposals) {
				jdbc.update("delete from audit_event where entity = 'PROPOSAL' and entity_id = ?", p);
				jdbc.update("delete from audit_event where entity = 'INCIDENT' and reason like ?",
						"%(proposal " + p + ")");
			}
			jdbc.update("delete from incident_source where article_id = ?", article);
			jdbc.update("delete from proposal where article_id = ?", article);
			jdbc.update("delete from audit_event where entity = 'ARTICLE' and entity_id = ?", article);
			jdbc.update("delete from article where id = ?", article);
		}
	}

}
