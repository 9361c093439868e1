import { frameWork, percentile } from "./frames.mjs";
import { journeyFixture } from "./journey-fixture.mjs";
import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

// Issue 17's targets, as ratios to what is measured beside them in the same run.
const FRAME_RATIO = 1.3;
const ADD_VS_BARE = 3;
const ADD_GROWTH = 2;

/**
 * A point on the bare canvas near the middle of `box`: a drag from there pans the map. From a stage it
 * would move the stage instead, and the two pages, laid out differently, would not be doing the same.
 */
function emptySpotNear([cx, cy]) {
  const taken = ".react-flow__node, .react-flow__edge, .react-flow__handle, .react-flow__panel, button";
  for (let r = 0; r < 400; r += 8) {
    for (let a = 0; a < 360; a += r === 0 ? 360 : 15) {
      const x = cx + r * Math.cos((a * Math.PI) / 180);
      const y = cy + r * Math.sin((a * Math.PI) / 180);
      const at = document.elementFromPoint(x, y);
      if (at?.closest(".react-flow") && !at.closest(taken)) return [x, y];
    }
  }
  throw new Error("no empty spot on the map to pan from");
}

/** Where a page's pans start: found before the trace, so the search is not counted as frame work. */
const panStart = (page, box) => page.evaluate(emptySpotNear, [box.x + box.width / 2, box.y + box.height / 2]);

/**
 * Drags the canvas around and back, and wheels in and out there, as a facilitator exploring a big journey
 * would. Each round leaves the view where it found it, so every round starts on the same bare spot.
 */
async function panAndZoom(page, [cx, cy]) {
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 150, { steps: 30 });
    await page.mouse.move(cx, cy, { steps: 30 });
    await page.mouse.up();
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
  }
}

/** The fixture's stages and transitions, each stage with its term, owned by the workshop's teams in turn. */
const journeyOf = (count) => (workshop) => {
  const { stages, transitions } = journeyFixture(count);
  const owner = (i) => ({ teamId: workshop.teams[i % 2].id, role: "" });
  return {
    stages: stages.map((s, i) => ({
      ...s,
      kind: i % 50 === 49 ? "outcome" : "stage",
      outcome: i % 50 === 49 ? "won" : null,
      buyerLabel: `What buyer ${i + 1} is doing`,
      owner: owner(Math.floor(i / 3)),
      crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
    })),
    transitions: transitions.map((t, i) => ({
      ...t,
      handoff: i % 7 === 0,
      trigger: i % 7 === 0 ? "Meets the agreed criteria" : "",
      owner: owner(i),
      sla: i % 7 === 0 ? { within: 24, unit: "hours" } : null,
      onReject: null,
    })),
    terms: stages.map((s, i) => ({ ...aFreeTerm(i, {}), id: `term-${s.id}`, term: s.name, stageId: s.id })),
  };
};

/** From the click on the button `selector` (Add stage, Add node) to the frame after its node is in the page. Nodes other than the fixture's are taken as added before, and known. */
function measureAdd(selector) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`no node was added by ${selector} within 10 s`)), 10_000);
    // The new node, not just more nodes: on a large map the view moves to it, and other stages come and go.
    const ids = () => [...document.querySelectorAll(".react-flow__node")].map((n) => n.getAttribute("data-id"));
    const known = new Set(ids());
    const isNew = (id) => id && !id.startsWith("stage-") && !known.has(id);
    let clickedAt = null;
    document.addEventListener("click", (e) => (clickedAt = e.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!ids().some(isNew)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => resolve(performance.now() - clickedAt);
        after.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector(".react-flow__nodes"), { childList: true });
    document.querySelector(selector).click();
  });
}

const SIZES = [50, 200, 1000];
/** Adds not counted: the first adds on a page compile and load what every later one reuses, in both pages. */
const WARM_UP_ADDS = 2;
const ADDS = 9;

async function addTimes(page, selector, before = async () => {}) {
  const times = [];
  for (let i = 0; i < WARM_UP_ADDS + ADDS; i++) {
    await before();
    const time = await page.evaluate(measureAdd, selector);
    if (i >= WARM_UP_ADDS) times.push(time);
    await page.waitForTimeout(200);
  }
  return median(times);
}

/** The same journey in bare React Flow and in Accord: the main thread's work per frame while panning, and adding a stage. */
const step = (what) => process.env.BENCH_STEPS && console.error(`journey bench: ${what}`);

async function measureAt(browser, appUrl, benchUrl, count) {
  const viewport = { width: 1920, height: 1080 };
  const bare = await browser.newPage({ viewport });
  await bare.goto(`${benchUrl}bare-flow.html?stages=${count}`);
  await bare.locator(".react-flow__node").first().waitFor();
  await bare.waitForTimeout(500);
  const bareBox = await bare.locator(".react-flow").boundingBox();
  step(`bare ${count} open`);
  const bareStart = await panStart(bare, bareBox);
  const bareFrames = await frameWork(bare, () => panAndZoom(bare, bareStart));
  step(`bare ${count} frames ${bareFrames.length}`);
  const bareAdd = await addTimes(bare, ".add-node");
  step(`bare ${count} add`);
  await bare.close();

  const page = await seededWorkshop(browser, appUrl, { viewport, view: "journey", parts: journeyOf(count) });
  await page.locator(".react-flow__node").first().waitFor();
  await page.waitForTimeout(500);
  const box = await page.locator(".journey-canvas .react-flow").boundingBox();
  step(`app ${count} open`);
  const start = await panStart(page, box);
  const frames = await frameWork(page, () => panAndZoom(page, start));
  step(`app ${count} frames ${frames.length}`);
  // Each add starts as the reference's does, nothing selected: the first Escape ends the naming of the stage
  // added before, the second lets go of it. With it still selected, Add stage would add after it and wire a
  // transition too, more than the reference's lone node.
  const add = await addTimes(page, ".journey-toolbar .btn-primary", async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.evaluate(() => document.activeElement?.blur());
    await page.locator(".journey-inspector").waitFor({ state: "detached" });
    const selected = await page.locator(".react-flow__node.selected").count();
    if (selected > 0) throw new Error(`${selected} stages are still selected before an add`);
  });
  await page.close();
  return { bareFrames, bareAdd, frames, add };
}

export default async function ({ browser, appUrl, benchUrl }) {
  const at = {};
  for (const count of SIZES) at[count] = await measureAt(browser, appUrl, benchUrl, count);
  const rows = [];
  for (const count of SIZES) {
    const { bareFrames, bareAdd, frames, add } = at[count];
    for (const p of [50, 95]) {
      rows.push(
        row({
          name: `main-thread work per pan/zoom frame, p${p}, ${count} stages × ${2 * count} transitions (reference: bare React Flow)`,
          figure: percentile(frames, p),
          unit: "ms",
          reference: percentile(bareFrames, p),
          targetRatio: FRAME_RATIO,
        }),
      );
    }
    rows.push(
      row({
        name: `add a stage until it shows, ${count} stages (reference: bare React Flow adding a node)`,
        figure: add,
        unit: "ms",
        reference: bareAdd,
        targetRatio: ADD_VS_BARE,
      }),
    );
  }
  rows.push(
    row({
      name: "add a stage at 1,000 stages (reference: at 200)",
      figure: at[1000].add,
      unit: "ms",
      reference: at[200].add,
      targetRatio: ADD_GROWTH,
    }),
  );
  return rows;
}
