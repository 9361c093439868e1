// Main-thread work per frame, from a Chromium trace: how long the page's main
// thread was busy (its top-level tasks: script, style, layout, paint) between
// one animation frame and the next, while `action` runs. Unlike the time
// between frames, which headless Chromium paces at the display's 60 Hz
// whatever the page does, this grows when the code it measures gets slower.

/** Keeps a requestAnimationFrame loop going, so every frame of the action is marked in the trace. */
function markFrames() {
  const tick = () => {
    if (window.__markingFrames) requestAnimationFrame(tick);
  };
  window.__markingFrames = true;
  requestAnimationFrame(tick);
}

/** The trace events of the page while `action` runs. */
async function traced(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline",
    transferMode: "ReportEvents",
  });
  await action();
  await new Promise((resolve) => {
    cdp.once("Tracing.tracingComplete", resolve);
    void cdp.send("Tracing.end");
  });
  await cdp.detach();
  return events;
}

/** The renderer thread where most events named `name` ran: the page's main thread. */
function mainThreadOf(events, name, who) {
  const byThread = new Map();
  for (const e of events)
    if (e.name === name) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [main] = [...byThread].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!main) throw new Error(`${who}: the trace holds no ${name} events`);
  return (e) => `${e.pid}:${e.tid}` === main;
}

export async function frameWork(page, action) {
  const events = await traced(page, async () => {
    await page.evaluate(markFrames);
    await action();
    await page.evaluate(() => {
      window.__markingFrames = false;
    });
  });
  const frames = events.filter((e) => e.name === "FireAnimationFrame" && e.ph === "X");
  const onMain = mainThreadOf(frames, "FireAnimationFrame", "frameWork");
  const starts = frames
    .filter(onMain)
    .map((f) => f.ts)
    .sort((a, b) => a - b);
  const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && onMain(e) && e.dur);
  const work = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [from, to] = [starts[i], starts[i + 1]];
    let busy = 0;
    for (const t of tasks) busy += Math.max(0, Math.min(to, t.ts + t.dur) - Math.max(from, t.ts));
    work.push(busy / 1000);
  }
  return work;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Keystroke to paint, per key typed while `action` runs: from the keydown's
 * dispatch (when the browser got to the key, so a busy main thread counts)
 * to the end of the first frame committed to the compositor after the key's
 * input event ran, the frame that shows the character. Read from a trace
 * rather than from a callback after the next frame: a page's own tasks
 * queued behind that frame (Accord commits the text to the document there)
 * would otherwise count as if they came before the paint.
 */
export async function keystrokesToPaint(page, action) {
  const events = await traced(page, action);
  const onMain = mainThreadOf(events, "EventDispatch", "keystrokesToPaint");
  const main = events.filter((e) => e.ph === "X" && onMain(e)).sort((a, b) => a.ts - b.ts);
  const dispatched = (type) => main.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === type);
  const inputs = dispatched("input");
  const commits = main.filter((e) => e.name === "Commit");
  const latencies = [];
  for (const key of dispatched("keydown")) {
    const input = inputs.find((i) => i.ts > key.ts);
    const painted = input && commits.find((c) => c.ts >= input.ts + input.dur);
    if (painted) latencies.push((painted.ts + painted.dur - key.ts) / 1000);
  }
  return latencies;
}
