import { median, row } from "./stats.mjs";
import { seededWorkshop, storedWorkshopOf, termsFor } from "./stored.mjs";

const EDITS = 40;
/** Between two edits, and between two bare puts alike. */
const PAUSE_MS = 5;
/** The document sizes of the series: a short workshop, a full day's, a very large one. */
const TERMS = [20, 150, 500];
/** Issue 17: an edit stored within 2× a bare put of the same document, at every size. */
const TARGET_RATIO = 2;

/** Runs in the page: from the input event to the save indicator reporting that write as stored in IndexedDB. */
async function editAndWait([n, pauseMs]) {
  const input = [...document.querySelectorAll("label")]
    .find((l) => l.textContent?.startsWith("Organisation"))
    ?.querySelector("input");
  const status = document.querySelector("[data-save-state]");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const times = [];
  for (let i = 0; i < n; i++) {
    const before = status.getAttribute("data-saved-at");
    const stored = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const at = status.getAttribute("data-saved-at");
        if (at && at !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { attributes: true });
    });
    const t0 = performance.now();
    setValue.call(input, `Acme ${i}`);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await stored;
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return times;
}

export default async function ({ browser, appUrl, benchUrl }) {
  const rows = [];
  for (const count of TERMS) {
    const page = await seededWorkshop(browser, appUrl, {
      viewport: { width: 1280, height: 720 },
      view: "setup",
      parts: (workshop) => ({ terms: termsFor(count, workshop.teams) }),
    });
    await page.getByLabel("Organisation").waitFor();
    const appTimes = await page.evaluate(editAndWait, [EDITS, PAUSE_MS]);
    const workshop = await storedWorkshopOf(page);
    await page.close();

    // The same document, put bare: what storing it costs with nothing of Accord's around the put.
    const bare = await browser.newPage();
    await bare.goto(`${benchUrl}bare-dexie.html`);
    await bare.waitForFunction(() => typeof window.benchPut === "function");
    const bareTimes = await bare.evaluate(([n, w, pause]) => window.benchPut(n, w, pause), [EDITS, workshop, PAUSE_MS]);
    await bare.close();
    const kb = Math.round(JSON.stringify(workshop).length / 1024);
    rows.push(
      row({
        name: `edit to stored in IndexedDB, ${count} terms (${kb} KB)`,
        figure: median(appTimes),
        unit: "ms",
        reference: median(bareTimes),
        targetRatio: TARGET_RATIO,
      }),
    );
  }
  return rows;
}
