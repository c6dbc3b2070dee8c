package org.incidentatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.user.Role;
import org.incidentatlas.user.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's new-incident form in Chromium, on a desktop and on a 390 px phone: the
 * kinds that fit the chosen type, a pin placed and dragged on the map, victims, groups
 * and a new source; without a source the form is refused and says why. Screenshots go to
 * target/screenshots and /tmp/coding-shots for a person to look at.
 */
@FixedDataTest
class EditorFormBrowserTest {

	static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "coding-shots");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataVersion dataVersion;

	@AfterEach
	void removeWhatTheFormCreated() {
		for (Long id : jdbc.queryForList("select id from incident where summary like 'Browser coding test%'",
				Long.class)) {
			jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id = ?", id);
			jdbc.update("delete from incident where id = ?", id);
		}
		jdbc.update("delete from article where url like 'https://example.org/news/browser-coding-%'");
		dataVersion.forget();
	}

	@ParameterizedTest(name = "{0} × {1}")
	@CsvSource({ "1280, 1000, desktop", "390, 844, phone" })
	void anEditorPlacesAPinCodesTheIncidentAndGivesItsSource(int width, int height, String name) throws IOException {
		WebDriver browser = Chromium.start(width, height);
		try {
			if (accounts.find("coding-editor").isEmpty()) {
				accounts.create("coding-editor", "coding by the riverside 2025", Role.EDITOR, "test");
			}
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
			browser.get("http://localhost:" + port + "/login");
			browser.findElement(By.name("username")).sendKeys("coding-editor");
			browser.findElement(By.name("password")).sendKeys("coding by the riverside 2025");
			browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
			wait.until(d -> d.getCurrentUrl().endsWith("/editor"));
			browser.get("http://localhost:" + port + "/editor/incidents/new");
			JavascriptExecutor js = (JavascriptExecutor) browser;
			wait.until(d -> js.executeScript("return window.atlasEditorMap !== undefined"));

			// the kinds offered follow the type
			new Select(browser.findElement(By.name("type"))).selectByValue("EXPLOSION");
			assertThat(browser.findElement(By.cssSelector("select[name=subtype] option[value=MOLOTOV]")).isEnabled())
				.isFalse();
			new Select(browser.findElement(By.name("subtype"))).selectByValue("GRENADE");
			new Select(browser.findElement(By.name("target"))).selectByValue("HOME");
			browser.findElement(By.name("timeOfDay")).sendKeys("night");
			browser.findElement(By.name("date")).sendKeys("2024-06");
			browser.findElement(By.name("place")).sendKeys("Borgerhout");
			browser.findElement(By.name("street")).sendKeys("Proefweg 5");
			browser.findElement(By.name("summary"))
				.sendKeys("Browser coding test " + name + ": a grenade at a front door");

			// a click on the map places the pin; dragging it moves the point
			WebElement map = browser.findElement(By.id("editor-map"));
			js.executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
			new Actions(browser).moveToElement(map, 10, 10).click().perform();
			wait.until(d -> !d.findElement(By.name("latitude")).getDomProperty("value").isEmpty());
			String placedLat = browser.findElement(By.name("latitude")).getDomProperty("value");
			String placedLon = browser.findElement(By.name("longitude")).getDomProperty("value");
			assertThat(new Select(browser.findElement(By.name("precision"))).getFirstSelectedOption()
				.getDomAttribute("value")).isEqualTo("STREET");
			WebElement pin = browser.findElement(By.cssSelector("#editor-map .leaflet-marker-icon"));
			new Actions(browser).clickAndHold(pin).moveByOffset(30, 20).moveByOffset(10, 10).release().perform();
			wait.until(d -> !d.findElement(By.name("longitude")).getDomProperty("value").equals(placedLon));
			assertThat(browser.findElement(By.name("latitude")).getDomProperty("value")).isNotEqualTo(placedLat);

			// victims: one row, and another added
			browser.findElement(By.name("victims[0].age")).sendKeys("34");
			new Select(browser.findElement(By.name("victims[0].gender"))).selectByValue("MALE");
			new Select(browser.findElement(By.name("victims[0].outcome"))).selectByValue("INJURED");
			click(browser, By.cssSelector("button.add-row[data-rows=victim-row]"));
			assertThat(browser.findElements(By.name("victims[1].age"))).hasSize(1);
			browser.findElement(By.name("groups")).sendKeys("Testgroep West, Testgroep Oost");
			js.executeScript("arguments[0].scrollIntoView({block: 'start'})", map);
			screenshot(browser, "editor-form-map-" + name);
			js.executeScript("arguments[0].scrollIntoView({block: 'start'})",
					browser.findElement(By.cssSelector(".victims-rows")));
			screenshot(browser, "editor-form-victims-sources-" + name);

			// without a source the server refuses it
			click(browser, By.cssSelector("form.incident-form button[type=submit]"));
			wait.until(d -> !d.findElements(By.cssSelector(".sources-rows .field-error")).isEmpty());
			assertThat(browser.findElement(By.cssSelector(".sources-rows .field-error")).getText())
				.contains("at least one source");
			assertThat(browser.findElement(By.name("victims[0].age")).getDomProperty("value")).isEqualTo("34");
			js.executeScript("arguments[0].scrollIntoView({block: 'start'})",
					browser.findElement(By.cssSelector(".sources-rows")));
			screenshot(browser, "editor-form-no-source-" + name);

			browser.findElement(By.name("sources[0].url")).sendKeys("https://example.org/news/browser-coding-" + name);
			browser.findElement(By.name("sources[0].title")).sendKeys("Grenade at a door in Borgerhout");
			browser.findElement(By.name("sources[0].publisher")).sendKeys("Example News");
			browser.findElement(By.name("sources[0].published")).sendKeys("2024-06-03");
			click(browser, By.cssSelector("form.incident-form button[type=submit]"));
			wait.until(d -> d.getCurrentUrl().matches(".*/incidents/\\d+$"));

			String page = browser.findElement(By.tagName("main")).getText();
			assertThat(page).contains("Grenade")
				.contains("Home")
				.contains("Night")
				.contains("aged 34, male, injured")
				.contains("Testgroep West")
				.contains("Grenade at a door in Borgerhout");
			long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
			assertThat(browser.findElements(By.cssSelector("ul.victims li"))).as("the empty rows are left out")
				.hasSize(1);
			assertThat(jdbc.queryForObject("select count(*) from incident_source where incident_id = ?", Integer.class,
					id))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select geo_precision from incident where id = ?", String.class, id))
				.isEqualTo("STREET");
			long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
			long widest = ((Number) js
				.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
				.longValue();
			assertThat(widest).as("the incident page fits the screen").isLessThanOrEqualTo(viewport);
			screenshot(browser, "editor-incident-page-" + name);

			browser.get("http://localhost:" + port + "/editor/incidents/new");
			widest = ((Number) js
				.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
				.longValue();
			assertThat(widest).as("the form fits the screen").isLessThanOrEqualTo(viewport);
		}
		finally {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} × {1}")
	@CsvSource({ "1280, 1000, desktop", "390, 844, phone" })
	void theFilterBarOffersTheCodingAndTheIncidentPageSaysWhenAStreetWasHitBefore(int width, int height, String name)
			throws IOException {
		long first = publish("EXPLOSION", "2023-04-01", "GRENADE", "Browser coding test: a grenade at Proefdreef 4");
		long second = publish("EXPLOSION", "2024-08-01", "FIREWORKS_BOMB",
				"Browser coding test: a Cobra at Proefdreef 4");
		dataVersion.forget();
		WebDriver browser = Chromium.start(width, height);
		try {
			JavascriptExecutor js = (JavascriptExecutor) browser;
			browser.get("http://localhost:" + port + "/incidents?subtype=fireworks_bomb&family=all");
			if (browser.findElement(By.cssSelector(".filter-fold")).getDomAttribute("open") == null) {
				browser.findElement(By.cssSelector(".filter-fold > summary")).click();
			}
			WebElement menu = browser.findElement(By.cssSelector("details.coding-menu"));
			assertThat(menu.getDomAttribute("open")).as("the menu is open when it filters").isNotNull();
			assertThat(browser.findElement(By.cssSelector("input[name=subtype][value=fireworks_bomb]")).isSelected())
				.isTrue();
			assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Browser coding test: a Cobra")
				.doesNotContain("Browser coding test: a grenade");
			js.executeScript("arguments[0].scrollIntoView({block: 'start'})", menu);
			screenshot(browser, "filter-coding-menu-" + name);
			assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue())
				.isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth")).longValue());

			browser.get("http://localhost:" + port + "/incidents/" + second);
			WebElement sentence = browser.findElement(By.cssSelector(".repeat-target"));
			assertThat(sentence.getText()).contains("The second attack at this address since 2023.");
			assertThat(sentence.findElement(By.tagName("a")).getDomAttribute("href")).endsWith("/incidents/" + first);
			js.executeScript("arguments[0].scrollIntoView({block: 'center'})", sentence);
			screenshot(browser, "incident-repeat-target-" + name);
		}
		finally {
			browser.quit();
		}
	}

	private long publish(String type, String date, String subtype, String summary) {
		return jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, street, latitude,
						                      longitude, geo_precision, summary, status, subtype)
						values (?, ?::date, ?::date, 'DAY', 'BE', (select id from place where key = 'be-antwerpen-deurne'),
						        'Proefdreef 4', 51.21, 4.465, 'STREET', ?, 'PUBLISHED', ?)
						returning id""",
				Long.class, type, date, date, summary, subtype);
	}

	private static void click(WebDriver browser, By by) {
		WebElement element = browser.findElement(by);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static void screenshot(WebDriver browser, String name) throws IOException {
		Chromium.screenshot(browser, name);
		Files.createDirectories(SHOTS);
		Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
