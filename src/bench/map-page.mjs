// Opens the map page in headless Chromium and reports how long until its markers are drawn
// (the page sets data-markers-drawn on #map and a 'markers-drawn' performance mark after drawing
// the first answer of /api/map) and how many bytes crossed the wire, over RUNS cold loads
// (a new browser context each, so nothing is cached; the browser itself is started on a blank page
// first, as a reader's browser is already running). Needs puppeteer-core, which run.sh installs
// outside the repository; uses the system's Chromium, downloads no browser.
//
//   node src/bench/map-page.mjs http://127.0.0.1:18090 [runs]
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://127.0.0.1:18090';
const runs = Number(process.argv[3] ?? 5);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--window-size=1280,800'],
});
const results = [];
try {
  // a running browser, as a reader's is: start its processes on a blank page before measuring
  const warm = await browser.createBrowserContext();
  await (await warm.newPage()).goto('about:blank');
  await warm.close();
  for (let run = 0; run < runs; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    let bytes = 0;
    let tiles = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    // tiles come from the tile server (not reachable here): answer them empty, count them apart
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(base)) request.continue();
      else { tiles++; request.respond({ status: 204, body: '' }); }
    });
    const started = Date.now();
    await page.goto(base + '/map', { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#map[data-markers-drawn]', { timeout: 30000 });
    const wall = Date.now() - started;
    const mark = await page.evaluate(() => performance.getEntriesByName('markers-drawn')[0]?.startTime ?? null);
    const markers = await page.$eval('#map', (e) => Number(e.dataset.markersDrawn));
    results.push({ wall, mark, bytes, markers, tiles });
    await context.close();
  }
}
finally {
  await browser.close();
}
const sorted = (key) => results.map((r) => r[key]).sort((a, b) => a - b);
const median = (values) => values[Math.floor(values.length / 2)];
for (const [i, r] of results.entries()) {
  console.log(`map page load ${i + 1}: markers drawn at ${Math.round(r.mark)} ms after navigation start `
    + `(${r.wall} ms wall), ${r.markers} markers, ${r.bytes} bytes from the application, ${r.tiles} tile requests stubbed`);
}
console.log(`RESULT map-page runs=${results.length} markers_drawn_median_ms=${Math.round(median(sorted('mark')))} `
  + `markers_drawn_max_ms=${Math.round(Math.max(...sorted('mark')))} bytes_median=${median(sorted('bytes'))}`);
