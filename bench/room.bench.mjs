import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

// From a facilitator's key to the room screen in another window painting
// what it means, beside the same trip with nothing but a BroadcastChannel
// and a text change between two bare pages in the same run.
const STEPS = 40;
const TERMS = 12;
const TARGET_RATIO = 3;

const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

/**
 * Runs in the room page: resolves with when the heading first painted as
 * `name`, on the clock both windows share (timeOrigin + now; each page's
 * own performance.now() starts at its own origin).
 */
function paintedAs(name) {
  const now = () => performance.timeOrigin + performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const heading = document.querySelector(".room-title");
      if (heading?.textContent !== name) return false;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(now()), 0));
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
}

async function roomTrips(browser, appUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const editor = await seededWorkshop(browser, appUrl, {
    context,
    view: "agreement",
    parts: () => ({ terms: Array.from({ length: TERMS }, (_, i) => aFreeTerm(i, {})) }),
  });
  await editor.locator(".term-pick").first().waitFor();
  const id = decodeURIComponent(new URL(editor.url()).hash.split("/")[2] ?? "");
  const room = await context.newPage();
  await room.goto(`${new URL(editor.url()).origin}/#/room/${encodeURIComponent(id)}`);
  await room.locator('.room[data-screen="agreement"]').waitFor();
  await editor.evaluate(() => {
    window.__pressedAt = [];
    window.addEventListener("keydown", () => window.__pressedAt.push(performance.timeOrigin + performance.now()), true);
  });
  const times = [];
  for (let step = 0; step < STEPS; step++) {
    const forward = step % 2 === 0;
    const painted = room.evaluate(paintedAs, `Term ${forward ? 2 : 1}`);
    await editor.bringToFront();
    await editor.keyboard.press(forward ? "]" : "[");
    const [pressed, shown] = [await editor.evaluate(() => window.__pressedAt.at(-1)), await painted];
    times.push(shown - pressed);
  }
  await context.close();
  return times;
}

/** The same trip with nothing in it: one page posts, the other sets a text and paints. */
async function bareTrips(browser, benchUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const [sender, receiver] = [await context.newPage(), await context.newPage()];
  for (const page of [sender, receiver]) await page.goto(`${benchUrl}blank-react.html`);
  await receiver.evaluate(() => {
    const channel = new BroadcastChannel("bench-room");
    const heading = document.createElement("h1");
    heading.className = "room-title";
    document.body.append(heading);
    channel.onmessage = (event) => {
      heading.textContent = event.data;
    };
  });
  await sender.evaluate(() => {
    window.__channel = new BroadcastChannel("bench-room");
  });
  const times = [];
  for (let step = 0; step < STEPS; step++) {
    const name = `Term ${step}`;
    const painted = receiver.evaluate(paintedAs, name);
    const sent = await sender.evaluate((n) => {
      const at = performance.timeOrigin + performance.now();
      window.__channel.postMessage(n);
      return at;
    }, name);
    times.push((await painted) - sent);
  }
  await context.close();
  return times;
}

export default async function ({ browser, appUrl, benchUrl }) {
  const reference = await bareTrips(browser, benchUrl);
  const figures = await roomTrips(browser, appUrl);
  return [
    row({
      name: "next term (]) to the room screen in another window painted, median (reference: bare BroadcastChannel + paint)",
      figure: median(figures),
      unit: "ms",
      reference: median(reference),
      target: TARGET_RATIO * median(reference),
    }),
    row({
      name: "next term to the room screen painted, p95 (reference: bare BroadcastChannel + paint, p95)",
      figure: p95(figures),
      unit: "ms",
      reference: p95(reference),
      target: TARGET_RATIO * p95(reference),
    }),
  ];
}
