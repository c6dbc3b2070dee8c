package org.incidentatlas.browser;

import java.io.IOException;
import java.time.Duration;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page on a phone, 390 × 844: nothing wider than the screen, everything
 * reachable.
 */
@IntegrationTest
class PhoneLayoutTest {

	static WebDriver phone;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startPhone() throws IOException {
		phone = Chromium.start(390, 844);
	}

	@AfterAll
	static void stopPhone() {
		if (phone != null) {
			phone.quit();
		}
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) phone).executeScript(script)).longValue();
	}

	/**
	 * The page's width once its scripts have drawn it: the views fetch their data and
	 * draw after the document has loaded, so the width is read until it has stayed the
	 * same for a second.
	 */
	private long settledWidth() {
		String script = "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)";
		long width = number(script);
		long stableSince = System.nanoTime();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline && System.nanoTime() - stableSince < Duration.ofSeconds(1).toNanos()) {
			try {
				Thread.sleep(150);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = number(script);
			if (now != width) {
				width = now;
				stableSince = System.nanoTime();
			}
		}
		return width;
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/map", "/timeline", "/analysis", "/incidents", "/login", "/embed/map",
			"/incidents?page=0", "/map?type=explosion&year=2019-2025", "/analysis?level=municipality" })
	void noPublicPageIsWiderThanThePhone(String path) throws IOException {
		phone.get("http://localhost:" + port + path);
		new WebDriverWait(phone, Duration.ofSeconds(10))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		long viewport = number("return window.innerWidth");
		long page = settledWidth();
		// what scrolls inside its own box is not looked at, but the box itself is: a
		// .table-scroll wider than the phone is reported
		String widest = (String) ((JavascriptExecutor) phone).executeScript("""
				const scrolls = '.table-scroll, .main-nav, .leaflet-container, .chart-wrap';
				let worst = null;
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.width > 0 && r.right > window.innerWidth + 1 && !e.parentElement?.closest(scrolls)
				      && (!worst || r.right > worst.r)) worst = { r: r.right, d: e.tagName + '.' + e.className };
				}
				return worst ? worst.d + ' ends at ' + Math.round(worst.r) : '';""");
		Chromium.screenshot(phone, "phone" + path.replaceAll("[^a-z0-9]+", "-"));
		assertThat(page).as("page width at %s (widest element: %s)", path, widest).isLessThanOrEqualTo(viewport);
	}

	@Test
	void theLanguageSwitcherAndSignInAreOnScreenAndTheFiltersFoldAway() throws IOException {
		phone.get("http://localhost:" + port + "/map?city=Antwerp");
		WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(10));
		for (String selector : new String[] { ".languages a[lang=nl]", ".account a" }) {
			WebElement element = phone.findElement(By.cssSelector(selector));
			assertThat(element.isDisplayed()).as(selector).isTrue();
			assertThat(element.getRect().getX() + element.getRect().getWidth()).as(selector).isLessThanOrEqualTo(390);
		}
		WebElement fold = phone.findElement(By.cssSelector(".filter-fold"));
		wait.until(d -> fold.getDomAttribute("open") == null);
		assertThat(phone.findElement(By.name("city")).isDisplayed()).isFalse();
		WebElement summary = fold.findElement(By.tagName("summary"));
		assertThat(summary.getText()).contains("Filters").contains("Antwerp");
		// the map starts within the first screen, not after a screen and a half of
		// filters
		assertThat(phone.findElement(By.id("map")).getRect().getY()).isLessThan(300);
		summary.click();
		wait.until(d -> d.findElement(By.name("city")).isDisplayed());
		Chromium.screenshot(phone, "phone-map-filters-open");
	}

}
