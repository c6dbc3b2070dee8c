package org.incidentatlas.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.incidentatlas.QualityGate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver, never a downloaded browser. Missing, the
 * browser tests are skipped on a developer's machine and fail on CI ({@code CI=true}),
 * where a skipped browser test would hide a broken page.
 */
final class Chromium {

	static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium() {
	}

	static WebDriver start(int width, int height) throws IOException {
		QualityGate.require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--hide-scrollbars", "--window-size=" + width + "," + height,
					"--user-data-dir=" + Files.createTempDirectory("chromium"));
		if (width < 600) {
			// headless windows are at least 500 pixels wide: a phone's screen is emulated
			// instead
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of("width",
					width, "height", height, "pixelRatio", 1.0, "mobile", true, "touch", true)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		Files.createDirectories(SCREENSHOTS);
		return new ChromeDriver(service, options);
	}

	static void screenshot(WebDriver browser, String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * What the map's markers add up to: a cluster counts the incidents it shows, a single
	 * marker one.
	 */
	static long sumOfMarkerCounts(WebDriver browser) {
		// read in one script, so that Leaflet redrawing its markers meanwhile cannot
		// leave
		// the test holding a marker that is gone
		Object sum = ((JavascriptExecutor) browser).executeScript("""
				let sum = 0;
				for (const marker of document.querySelectorAll('.leaflet-marker-icon .mk')) {
				  sum += marker.classList.contains('mk-cluster') ? parseInt(marker.textContent.trim(), 10) : 1;
				}
				return sum;""");
		return ((Number) sum).longValue();
	}

}
