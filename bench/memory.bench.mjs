import { row } from "./stats.mjs";
import { seededWorkshop, storedWorkshopOf, termsFor } from "./stored.mjs";

/**
 * A three-hour session, compressed: each "minute" of the room is this many
 * definition edits, votes and undo steps (a busy room makes about one edit
 * every two seconds), for MINUTES minutes, moving between the phases as a
 * facilitator does.
 */
const MINUTES = Number(process.env.BENCH_MINUTES ?? 180);
const EDITS_PER_MINUTE = 12;
const VOTES_PER_MINUTE = 6;
const UNDOS_PER_MINUTE = 3;
const TERMS = 150;
/** Issue 17: the heap at the end within 1.5× the heap after the first minute. */
const TARGET_RATIO = 1.5;

/** Runs in the page: `minutes` of definition edits, each committed before the next, and undo steps among them. */
async function defineFor({ minutes, from, edits, undos }) {
  const cells = [...document.querySelectorAll(".definition-field textarea")];
  const undo = [...document.querySelectorAll("button")].find((b) => b.textContent === "Undo");
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let minute = from; minute < from + minutes; minute++) {
    for (let i = 0; i < edits; i++) {
      const cell = cells[(minute * 7 + i) % cells.length];
      setValue.call(cell, `${cell.value.slice(0, 160)} ${minute}.${i}`.slice(-200));
      cell.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
    }
    for (let i = 0; i < undos && undo && !undo.disabled; i++) {
      undo.click();
      await frame();
    }
  }
}

/** Runs in the page: `minutes` of votes on the pad, cycling through its values. */
async function voteFor({ minutes, from, votes }) {
  const pads = [...document.querySelectorAll("button")].filter((b) =>
    /^(\d|agree|disagree|block) from /.test(b.getAttribute("aria-label") ?? ""),
  );
  for (let i = 0; i < minutes * votes; i++) {
    pads[(from + i) % pads.length]?.click();
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function heapAfterGc(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize / (1024 * 1024);
}

async function show(page, view) {
  await page.evaluate((v) => {
    window.location.hash = window.location.hash.replace(/\/[a-z-]+$/, `/${v}`);
  }, view);
}

export default async function ({ browser, appUrl }) {
  const page = await seededWorkshop(browser, appUrl, {
    viewport: { width: 1280, height: 720 },
    view: "definitions",
    parts: (workshop) => ({ terms: termsFor(TERMS, workshop.teams) }),
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  // The first minute alone (the reference), then the rest in stretches of ten, each phase in turn.
  const stretches = [1];
  while (stretches.reduce((a, b) => a + b, 0) < MINUTES)
    stretches.push(Math.min(10, MINUTES - stretches.reduce((a, b) => a + b, 0)));
  let first = null;
  let from = 0;
  for (const minutes of stretches) {
    await show(page, "definitions");
    await page.locator(".definition-field textarea").first().waitFor();
    await page.evaluate(defineFor, { minutes, from, edits: EDITS_PER_MINUTE, undos: UNDOS_PER_MINUTE });
    await show(page, "agreement");
    await page.locator('button[aria-label^="0 from "]').first().waitFor();
    await page.evaluate(voteFor, { minutes, from, votes: VOTES_PER_MINUTE });
    if (first === null) first = await heapAfterGc(cdp);
    from += minutes;
  }
  await page.locator('[data-save-state="saved"]').waitFor();
  const last = await heapAfterGc(cdp);
  const steps = MINUTES * (EDITS_PER_MINUTE + VOTES_PER_MINUTE + UNDOS_PER_MINUTE);
  // The session did happen: edits and votes are in the stored workshop, or the figure means nothing.
  const stored = await storedWorkshopOf(page);
  const votes = stored.terms.reduce((n, t) => n + t.consensus.votes.length, 0);
  const edited = stored.terms.filter((t) => Object.values(t.teamDefinitions).some((d) => / \d+\.\d+$/.test(d))).length;
  if (votes === 0 || edited === 0)
    throw new Error(`the simulated session left ${votes} votes and ${edited} edited terms`);
  await page.close();
  return [
    row({
      name: `heap after a ${MINUTES}-minute session (${steps.toLocaleString("en-US")} edits, votes and undo steps; reference: after its first minute)`,
      figure: last,
      unit: "MB",
      reference: first,
      targetRatio: TARGET_RATIO,
    }),
  ];
}
