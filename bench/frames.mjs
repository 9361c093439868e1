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

export async function frameWork(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline",
    transferMode: "ReportEvents",
  });
  await page.evaluate(markFrames);
  await action();
  await page.evaluate(() => {
    window.__markingFrames = false;
  });
  await new Promise((resolve) => {
    cdp.once("Tracing.tracingComplete", resolve);
    void cdp.send("Tracing.end");
  });
  await cdp.detach();

  // The page's main thread: the renderer thread that ran the frames.
  const frames = events.filter((e) => e.name === "FireAnimationFrame" && e.ph === "X");
  const byThread = new Map();
  for (const f of frames) byThread.set(`${f.pid}:${f.tid}`, (byThread.get(`${f.pid}:${f.tid}`) ?? 0) + 1);
  const [main] = [...byThread].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!main) throw new Error("frameWork: the trace holds no animation frames");
  const onMain = (e) => `${e.pid}:${e.tid}` === main;
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
