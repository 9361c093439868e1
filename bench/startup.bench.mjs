import { median, row } from "./stats.mjs";

const RUNS = 9;

/** From navigation to the first control answering a click, in a fresh page. */
async function timeToInteractive(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.getByRole("button", { name: "New workshop" }).waitFor({ state: "visible" });
    times.push(performance.now() - started);
    await page.close();
  }
  return median(times.slice(1)); // the first run pays for a cold disk cache
}

export default async function ({ browser, appUrl, benchUrl }) {
  const blank = await timeToInteractive(browser, `${benchUrl}blank-react.html`);
  const app = await timeToInteractive(browser, appUrl);
  return [row({ name: "start to interactive (home screen)", figure: app, unit: "ms", reference: blank })];
}
