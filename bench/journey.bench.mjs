import { journeyFixture } from "./journey-fixture.mjs";
import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

const RATIO_TARGET = 1.3;
const ADD_TARGET_MS = 50;

/** Records every frame's distance from the last while the scripted pan and zoom run. */
function startFrames() {
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__frames !== null) window.__framesHandle = requestAnimationFrame(tick);
  };
  window.__framesHandle = requestAnimationFrame(tick);
}

/** Drags the canvas around and wheels in and out, as a facilitator exploring a big journey would. */
async function panAndZoom(page, box) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(startFrames);
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 150, { steps: 30 });
    await page.mouse.move(cx + 200, cy + 100, { steps: 30 });
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
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.__framesHandle);
    return window.__frames.slice(2);
  });
  return median(frames);
}

/** The fixture's stages and transitions, each stage with its term, owned by the workshop's teams in turn. */
function journeyOf(workshop) {
  const { stages, transitions } = journeyFixture();
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
}

/** From the click on "Add stage" to the frame after its node is in the page. */
function measureAdd() {
  return new Promise((resolve) => {
    const count = () => document.querySelectorAll(".react-flow__node").length;
    const before = count();
    let clickedAt = null;
    document.addEventListener("click", (e) => (clickedAt = e.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (count() <= before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => resolve(performance.now() - clickedAt);
        after.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector(".react-flow__nodes"), { childList: true });
    document.querySelector(".journey-toolbar .btn-primary").click();
  });
}

export default async function ({ browser, appUrl, benchUrl }) {
  const viewport = { width: 1920, height: 1080 };
  const bare = await browser.newPage({ viewport });
  await bare.goto(`${benchUrl}bare-flow.html`);
  await bare.locator(".react-flow__node").first().waitFor();
  await bare.waitForTimeout(500);
  const bareFrame = await panAndZoom(bare, await bare.locator(".react-flow").boundingBox());
  await bare.close();

  const page = await seededWorkshop(browser, appUrl, { viewport, view: "journey", parts: journeyOf });
  await page.locator('.react-flow__node[data-id="stage-199"]').waitFor();
  await page.waitForTimeout(500);
  const appFrame = await panAndZoom(page, await page.locator(".journey-canvas .react-flow").boundingBox());

  const adds = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Escape");
    await page.evaluate(() => document.activeElement?.blur());
    adds.push(await page.evaluate(measureAdd));
    await page.waitForTimeout(200);
  }
  await page.close();

  return [
    row({
      name: "median frame while panning and zooming, journey of 200 stages × 400 transitions",
      figure: appFrame,
      unit: "ms",
      reference: bareFrame,
      target: bareFrame * RATIO_TARGET,
    }),
    row({
      name: "add a stage to that journey until it shows",
      figure: median(adds),
      unit: "ms",
      target: ADD_TARGET_MS,
    }),
  ];
}
