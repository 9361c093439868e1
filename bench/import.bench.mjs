import { median, row } from "./stats.mjs";

/** The backup sizes of the series: a small workshop, a large one, one near the largest Accord makes. */
const SIZES_MB = [1, 5, 20];
/** Issue 17: import and validation within 3× a bare JSON.parse of the same text, at every size. */
const TARGET_RATIO = 3;

/**
 * Import and validation of a backup, beside a bare JSON.parse of the same
 * text, in a page under the app's own content security policy (so the
 * validator runs as it does in the app).
 */
export default async function ({ browser, benchUrl }) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}import.html`);
  await page.waitForFunction(() => typeof window.benchImport === "function");
  // Warmed first, so the smallest size is not measured while the engine is still compiling the validator.
  await page.evaluate(() => window.benchImport(5, 5));
  const rows = [];
  for (const size of SIZES_MB) {
    // More runs where each is short: a collection landing in one of nine 2 ms runs moved the median by half.
    const runs = size >= 20 ? 7 : size >= 5 ? 15 : 31;
    const { bytes, parse, importTimes } = await page.evaluate(([r, mb]) => window.benchImport(r, mb), [runs, size]);
    const mb = (bytes / (1024 * 1024)).toFixed(1);
    rows.push(
      row({
        name: `import + validate a ${mb} MB backup`,
        figure: median(importTimes.slice(1)),
        unit: "ms",
        reference: median(parse.slice(1)),
        targetRatio: TARGET_RATIO,
      }),
    );
  }
  await page.close();
  return rows;
}
