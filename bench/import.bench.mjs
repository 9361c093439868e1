import { median, row } from "./stats.mjs";

/** Import and validation of a 5 MB backup, beside a bare JSON.parse of the same text. */
export default async function ({ browser, benchUrl }) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}import.html`);
  await page.waitForFunction(() => typeof window.benchImport === "function");
  const { bytes, parse, importTimes } = await page.evaluate(() => window.benchImport(7));
  await page.close();
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return [
    row({
      name: `import + validate a ${mb} MB backup`,
      figure: median(importTimes.slice(1)),
      unit: "ms",
      reference: median(parse.slice(1)),
    }),
  ];
}
