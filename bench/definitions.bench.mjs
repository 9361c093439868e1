import { keystrokesToPaint } from "./frames.mjs";
import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

/** The board sizes of the series: a short workshop, a full day's, a very large one. */
const TERMS = [20, 150, 500];
const TEXT = "Anyone who downloaded the pricing guide and fits our profile";
/** Issue 17: keystroke to paint within 1.5× the browser's own textarea. */
const TARGET_RATIO = 1.5;
/** A fast facilitator: 60 ms between keys is about 200 words a minute. */
const KEY_INTERVAL_MS = 60;

async function typeAndMeasure(page, textarea) {
  await textarea.click();
  await page.keyboard.press("End");
  return keystrokesToPaint(page, async () => {
    await page.keyboard.type(` ${TEXT}`, { delay: KEY_INTERVAL_MS });
    await page.waitForTimeout(200);
  });
}

/** 4 teams and `count` terms, each defined by every team. */
const boardOf = (count) => (workshop) => {
  const teams = [
    ...workshop.teams,
    { id: "team-sdr", name: "SDR", colour: "#009E73" },
    { id: "team-cs", name: "Customer success", colour: "#CC79A7" },
  ];
  const terms = Array.from({ length: count }, (_, i) =>
    aFreeTerm(i, Object.fromEntries(teams.map((t, k) => [t.id, `${TEXT} number ${i} as seen by team ${k}`]))),
  );
  return { teams, terms };
};

export default async function ({ browser, appUrl, benchUrl }) {
  const bare = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await bare.goto(`${benchUrl}bare-textarea.html`);
  const bareTimes = await typeAndMeasure(bare, bare.getByLabel("Bare textarea"));
  await bare.close();

  const rows = [];
  for (const count of TERMS) {
    const page = await seededWorkshop(browser, appUrl, {
      viewport: { width: 1920, height: 1080 },
      view: "definitions",
      parts: boardOf(count),
    });
    // A large board makes a row's cells as it comes near the screen: bring the row there first.
    const middle = `Term ${count / 2}`;
    await page.getByRole("region", { name: middle, exact: true }).scrollIntoViewIfNeeded();
    const cell = page.getByLabel(`Marketing's definition of ${middle}`);
    await cell.waitFor();
    const appTimes = await typeAndMeasure(page, cell);
    await page.close();
    rows.push(
      row({
        name: `keystroke to paint, definition cell (${count} terms × 4 teams)`,
        figure: median(appTimes),
        unit: "ms",
        reference: median(bareTimes),
        targetRatio: TARGET_RATIO,
      }),
    );
  }
  return rows;
}
