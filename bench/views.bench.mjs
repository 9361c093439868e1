import { median, row } from "./stats.mjs";

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

/** Gives the stored workshop 6 teams and long, differing definitions for every term, straight in IndexedDB. */
function seed({ id, terms, teams, bytes }) {
  const words = "lead contact account form demo request budget authority need timing score fit profile intent".split(
    " ",
  );
  const definition = (t, k) => {
    const out = [];
    for (let i = 0, length = 0; length < bytes; i++) {
      const word = words[(i * (k + 3) + t * 7 + (i % (k + 2))) % words.length];
      out.push(word);
      length += word.length + 1;
    }
    return out.join(" ");
  };
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("accord");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction("documents", "readwrite");
      const store = tx.objectStore("documents");
      const get = store.get(id);
      get.onsuccess = () => {
        const record = get.result;
        const w = record.workshop;
        w.teams = Array.from({ length: teams }, (_, k) => ({
          id: `team-${k}`,
          name: `Team ${k + 1}`,
          colour: "#0072B2",
        }));
        w.terms = Array.from({ length: terms }, (_, i) => ({
          id: `term-${i}`,
          term: `Term ${i + 1}`,
          stageId: null,
          status: "open",
          teamDefinitions: Object.fromEntries(w.teams.map((t, k) => [t.id, definition(i, k)])),
          teamSignals: {},
          agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
          agreedAt: null,
          consensus: { method: "fist-of-five", votes: [], override: null },
        }));
        store.put(record);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** From the click on a phase to the first frame painted after it shows as the current step. */
async function openTimes(page) {
  const times = Object.fromEntries(VIEWS.map(([key]) => [key, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [key, label] of VIEWS) {
      await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: "Set up" }).click();
      await page.locator('[aria-current="step"]', { hasText: "Set up" }).waitFor();
      const started = Date.now();
      await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: label }).click();
      await page.locator('[aria-current="step"]', { hasText: label }).waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      times[key].push(Date.now() - started);
    }
  }
  return times;
}

async function openWorkshop(browser, appUrl, large) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(appUrl);
  await page.getByRole("button", { name: "New workshop" }).click();
  await page.getByLabel("Organisation").waitFor();
  await page.locator('[data-save-state="saved"]').waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.split("/")[2] ?? "");
  if (large) await page.evaluate(seed, { id, terms: TERMS, teams: TEAMS, bytes: DEFINITION_BYTES });
  await page.goto(`${appUrl}#/workshop/${encodeURIComponent(id)}/setup`);
  await page.reload();
  await page.locator('[aria-current="step"]', { hasText: "Set up" }).waitFor({ timeout: 60_000 });
  return page;
}

/** Each view opened on the large workshop, beside the same view opened on a new one in the same run. */
export default async function ({ browser, appUrl }) {
  const small = await openWorkshop(browser, appUrl, false);
  const reference = await openTimes(small);
  await small.close();
  const large = await openWorkshop(browser, appUrl, true);
  const figures = await openTimes(large);
  await large.close();
  return VIEWS.map(([key, label]) =>
    row({
      name: `open ${label}, ${TERMS} terms × ${TEAMS} teams × 10 KB (reference: a new workshop)`,
      figure: median(figures[key]),
      unit: "ms",
      reference: median(reference[key]),
      target: TARGET_MS,
    }),
  );
}
