import { largestJourneyOf } from "./journey-fixture.mjs";
import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

// The largest workshop the limits comfortably allow on the board: 500 terms, 6 teams, 10 KB each (about 30 MB).
const TERMS = 500;
const TEAMS = 6;
const DEFINITION_BYTES = 10_000;
const TARGET_MS = 1000;
const RUNS = 3;
const VIEWS = [
  ["definitions", "Definitions"],
  ["agreement", "Agree"],
  ["signoff", "Sign off"],
  ["journey", "Journey"],
];

const WORDS = "lead contact account form demo request budget authority need timing score fit profile intent".split(" ");

/** About 10 KB of words the teams share, differently ordered for each team and term. */
function definition(term, team) {
  const out = [];
  for (let i = 0, length = 0; length < DEFINITION_BYTES; i++) {
    const word = WORDS[(i * (team + 3) + term * 7 + (i % (team + 2))) % WORDS.length];
    out.push(word);
    length += word.length + 1;
  }
  return out.join(" ");
}

/** 6 teams, and long, differing definitions of every term. */
function largeBoard() {
  const teams = Array.from({ length: TEAMS }, (_, k) => ({
    id: `team-${k}`,
    name: `Team ${k + 1}`,
    colour: "#0072B2",
  }));
  const terms = Array.from({ length: TERMS }, (_, i) =>
    aFreeTerm(i, Object.fromEntries(teams.map((t, k) => [t.id, definition(i, k)]))),
  );
  return { teams, terms };
}

/** From the click on a phase to the first frame painted after it shows as the current step (and `ready` is in the page). */
async function openTimes(page, views = VIEWS, ready = null) {
  const times = Object.fromEntries(views.map(([key]) => [key, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [key, label] of views) {
      await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: "Set up" }).click();
      await page.locator('[aria-current="step"]', { hasText: "Set up" }).waitFor();
      const started = Date.now();
      await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: label }).click();
      await page.locator('[aria-current="step"]', { hasText: label }).waitFor();
      if (ready) await page.locator(ready).first().waitFor({ timeout: 30_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      times[key].push(Date.now() - started);
    }
  }
  return times;
}

async function openWorkshop(browser, appUrl, parts) {
  const page = await seededWorkshop(browser, appUrl, { viewport: { width: 1280, height: 720 }, view: "setup", parts });
  await page.locator('[aria-current="step"]', { hasText: "Set up" }).waitFor({ timeout: 60_000 });
  return page;
}

/** Each view opened on the large workshop, beside the same view opened on a new one in the same run. */
export default async function ({ browser, appUrl }) {
  const small = await openWorkshop(browser, appUrl, null);
  const reference = await openTimes(small);
  await small.close();
  const large = await openWorkshop(browser, appUrl, largeBoard);
  const figures = await openTimes(large);
  await large.close();
  const journey = await openWorkshop(browser, appUrl, largestJourneyOf);
  // The map is open when its handoffs are drawn, not when its tab is marked.
  const journeyTimes = {
    ...(await openTimes(journey, [["journey", "Journey"]], ".transition-label")),
    ...(await openTimes(journey, VIEWS.slice(0, 3))),
  };
  await journey.close();
  const largestJourney = VIEWS.map(([key, label]) =>
    row({
      name: `open ${label}, 2,000 stages × 10,000 transitions, a term each (reference: a new workshop)`,
      figure: median(journeyTimes[key]),
      unit: "ms",
      reference: median(reference[key]),
      target: TARGET_MS,
    }),
  );
  return [
    ...VIEWS.map(([key, label]) =>
      row({
        name: `open ${label}, ${TERMS} terms × ${TEAMS} teams × 10 KB (reference: a new workshop)`,
        figure: median(figures[key]),
        unit: "ms",
        reference: median(reference[key]),
        target: TARGET_MS,
      }),
    ),
    ...largestJourney,
  ];
}
