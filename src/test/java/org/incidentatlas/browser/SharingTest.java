package org.incidentatlas.browser;

import java.io.IOException;
import java.time.Duration;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A view is shared as a link or an embed, and its legend is a filter. */
@IntegrationTest
class SharingTest {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() throws IOException {
		browser = Chromium.start(1280, 900);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@Test
	void everyViewHasACopyLinkButtonThatCopiesTheViewWithItsFilters() throws IOException {
		for (String path : new String[] { "/map?city=Antwerp", "/timeline?city=Antwerp", "/analysis?city=Antwerp",
				"/incidents?city=Antwerp" }) {
			browser.get("http://localhost:" + port + path);
			WebElement button = waiting().until(d -> d.findElement(By.cssSelector("button.copy-link")));
			button.click();
			waiting().until(d -> button.getDomAttribute("data-copied-address") != null);
			assertThat(button.getDomAttribute("data-copied-address")).as(path)
				.contains(path.substring(0, path.indexOf('?')))
				.contains("city=Antwerp");
			String status = browser.findElement(By.cssSelector(".copy-status")).getText();
			String fallback = browser.findElements(By.cssSelector(".copy-fallback")).isEmpty() ? ""
					: browser.findElement(By.cssSelector(".copy-fallback")).getDomProperty("value");
			assertThat(status + fallback).as(path).isNotBlank();
		}
	}

	@Test
	void clickingALegendEntryShowsOnlyThatTypeAndAgainShowsAll() throws IOException {
		browser.get("http://localhost:" + port + "/map");
		waiting().until(d -> d.findElement(By.id("map")).getDomAttribute("data-markers-drawn") != null);
		browser.findElement(By.cssSelector("button.legend-type[data-type=explosion]")).click();
		waiting().until(d -> d.getCurrentUrl().contains("type=explosion"));
		assertThat(browser.getCurrentUrl()).doesNotContain("type=shooting");
		assertThat(browser.findElement(By.cssSelector("button.legend-type[data-type=explosion]"))
			.getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(browser.findElement(By.cssSelector("input[name=type][value=explosion]")).isSelected()).isTrue();
		assertThat(browser.findElement(By.cssSelector("input[name=type][value=shooting]")).isSelected()).isFalse();
		assertThat(browser.findElement(By.cssSelector(".types-label")).getDomProperty("textContent"))
			.isEqualTo("Explosion");
		Chromium.screenshot(browser, "map-legend-explosion");
		browser.findElement(By.cssSelector("button.legend-type[data-type=explosion]")).click();
		waiting().until(d -> d.findElement(By.cssSelector("input[name=type][value=shooting]")).isSelected());
		assertThat(browser.getCurrentUrl()).contains("type=shooting").contains("type=threat");
	}

	@Test
	void theEmbedCarriesATitleALegendAndALineThatSaysWhatItShows() throws IOException {
		browser.get("http://localhost:" + port + "/embed/map?type=shooting&type=explosion&city=Antwerp&year=2019-2023");
		assertThat(browser.findElement(By.cssSelector(".embed-title")).getText()).contains("Incident Atlas");
		assertThat(browser.findElement(By.id("embed-filters")).getText())
			.isEqualTo("Shooting, Explosion · Antwerp · 2019-2023");
		WebElement legend = browser.findElement(By.cssSelector(".embed-legend"));
		legend.findElement(By.tagName("summary")).click();
		Chromium.screenshot(browser, "embed-legend");
		legend.findElement(By.cssSelector("button.legend-type[data-type=shooting]")).click();
		waiting().until(d -> d.findElement(By.id("embed-filters")).getText().startsWith("Shooting ·"));
		assertThat(browser.getCurrentUrl()).contains("type=shooting")
			.doesNotContain("type=explosion")
			.contains("city=Antwerp");
		assertThat(((JavascriptExecutor) browser).executeScript("return document.title")).asString()
			.contains("Incident Atlas");
	}

}
