import { median, row } from "./stats.mjs";

const EDITS = 40;

export default async function ({ browser, appUrl, benchUrl }) {
  const bare = await browser.newPage();
  await bare.goto(`${benchUrl}bare-dexie.html`);
  await bare.waitForFunction(() => typeof window.benchPut === "function");
  const bareTimes = await bare.evaluate((n) => window.benchPut(n), EDITS);
  await bare.close();

  const page = await browser.newPage();
  await page.goto(appUrl);
  await page.getByRole("button", { name: "New workshop" }).click();
  await page.getByLabel("Organisation").waitFor();
  // Timed inside the page: from the input event to the save indicator
  // reporting that write as stored in IndexedDB.
  const appTimes = await page.evaluate(async (n) => {
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
      await new Promise((r) => setTimeout(r, 5));
    }
    return times;
  }, EDITS);
  await page.close();
  return [
    row({ name: "edit to stored in IndexedDB", figure: median(appTimes), unit: "ms", reference: median(bareTimes) }),
  ];
}
