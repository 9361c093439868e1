import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

const TERMS = 150;
const TEXT = "Anyone who downloaded the pricing guide and fits our profile";
const TARGET_MS = 16;
/** A fast facilitator: 60 ms between keys is about 200 words a minute. */
const KEY_INTERVAL_MS = 60;

/**
 * Installed in the page before typing: from each keydown's own timestamp to
 * the first moment after the next frame once the input event has run (and,
 * in the app, React has re-rendered), i.e. when the character can be on screen.
 */
function installProbe() {
  window.__latencies = [];
  let down = null;
  document.addEventListener("keydown", (e) => (down = e.timeStamp), true);
  document.addEventListener("input", () => {
    const t0 = down;
    requestAnimationFrame(() => {
      const after = new MessageChannel();
      after.port1.onmessage = () => window.__latencies.push(performance.now() - t0);
      after.port2.postMessage(null);
    });
  });
}

async function typeAndMeasure(page, textarea) {
  await page.evaluate(installProbe);
  await textarea.click();
  await page.keyboard.press("End");
  await page.keyboard.type(` ${TEXT}`, { delay: KEY_INTERVAL_MS });
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__latencies);
}

/** 4 teams and 150 terms, each defined by every team. */
function boardOf(workshop) {
  const teams = [
    ...workshop.teams,
    { id: "team-sdr", name: "SDR", colour: "#009E73" },
    { id: "team-cs", name: "Customer success", colour: "#CC79A7" },
  ];
  const terms = Array.from({ length: TERMS }, (_, i) =>
    aFreeTerm(i, Object.fromEntries(teams.map((t, k) => [t.id, `${TEXT} number ${i} as seen by team ${k}`]))),
  );
  return { teams, terms };
}

export default async function ({ browser, appUrl, benchUrl }) {
  const bare = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await bare.goto(`${benchUrl}bare-textarea.html`);
  const bareTimes = await typeAndMeasure(bare, bare.getByLabel("Bare textarea"));
  await bare.close();

  const page = await seededWorkshop(browser, appUrl, {
    viewport: { width: 1920, height: 1080 },
    view: "definitions",
    parts: boardOf,
  });
  // A large board makes a row's cells as it comes near the screen: bring the row there first.
  await page.getByRole("region", { name: `Term ${TERMS / 2}`, exact: true }).scrollIntoViewIfNeeded();
  const cell = page.getByLabel(`Marketing's definition of Term ${TERMS / 2}`);
  await cell.waitFor();
  const appTimes = await typeAndMeasure(page, cell);
  await page.close();

  return [
    row({
      name: `keystroke to paint, definition cell (${TERMS} terms × 4 teams)`,
      figure: median(appTimes),
      unit: "ms",
      reference: median(bareTimes),
      target: TARGET_MS,
    }),
  ];
}
