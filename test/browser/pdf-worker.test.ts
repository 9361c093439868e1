import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { contentSecurityPolicy } from "../../electron/origin";
import { serializeBackup } from "../../shared/backup/backup";
import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { signCharter } from "../../shared/signoff/sign";
import { startNewVersion } from "../../shared/signoff/versions";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { aSignedWorkshop } from "../charter/charter-builders";
import { aRealisticWorkshop } from "../charter/realistic-workshop";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const TITLE = "Acme Revenue Alignment Charter";
const AT = "2026-11-22T15:00:00Z";
/** A frame later than this is a window the room sees freeze. */
const FROZEN_MS = 200;

/** The large charter the PDF benchmark makes (40 stages, 80 terms), signed by all three, one of them drawn. */
async function aLargeSignedWorkshop(drawn: string): Promise<Workshop> {
  const w = aRealisticWorkshop({ stages: 40, terms: 80 });
  const hash = await contentHash(buildCharter(w));
  let signed = w;
  for (const p of w.participants.filter((x) => x.signatory)) {
    const method = p.id === "p-1" ? "drawn" : "typed";
    signed = expectOk(
      signCharter(signed, {
        participantId: p.id,
        name: p.name,
        method,
        image: method === "drawn" ? drawn : null,
        at: AT,
        contentHash: hash,
      }),
    ).workshop;
  }
  return signed;
}

/** A signature as the pad makes one: strokes on a canvas, saved as PNG. */
function drawSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 600;
    canvas.height = 200;
    const g = canvas.getContext("2d") as CanvasRenderingContext2D;
    g.lineWidth = 4;
    g.beginPath();
    g.moveTo(40, 140);
    for (const [x, y] of [
      [120, 50],
      [200, 150],
      [300, 40],
      [400, 160],
      [540, 70],
    ] as const)
      g.lineTo(x, y);
    g.stroke();
    return canvas.toDataURL("image/png");
  });
}

/**
 * Every response carries the app's CSP as a header, as app:// does in
 * Electron: a worker keeps the policy of its own script's response, not the
 * page's meta tag, and vite preview sends none.
 */
async function underTheAppsPolicy(context: BrowserContext) {
  await context.route(`${baseUrl}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": contentSecurityPolicy() },
    });
  });
}

interface Watch {
  /** The longest time between two animation frames while the PDF was made. */
  longestFrameGap: number;
  /** The longest main-thread task Chromium reported ('longtask' entries are 50 ms or more). */
  longestTask: number;
  /** The progress states shown, in order. */
  states: string[];
  workers: string[];
}

/** Starts watching the window's thread: every animation frame, every long task, every progress state shown. */
async function startWatching(page: Page) {
  await page.evaluate(() => {
    const watch = { longestFrameGap: 0, longestTask: 0, states: [] as string[], stop: false };
    (window as unknown as { __watch: typeof watch }).__watch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longestTask = Math.max(watch.longestTask, entry.duration);
    }).observe({ type: "longtask" });
    let last = performance.now();
    const frame = (now: number) => {
      watch.longestFrameGap = Math.max(watch.longestFrameGap, now - last);
      last = now;
      const state = document.querySelector<HTMLElement>("[data-pdf-state]")?.dataset.pdfState;
      if (state && watch.states.at(-1) !== state) watch.states.push(state);
      if (!watch.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function stopWatching(page: Page): Promise<Omit<Watch, "workers">> {
  return page.evaluate(() => {
    const watch = (window as unknown as { __watch: Watch & { stop: boolean } }).__watch;
    watch.stop = true;
    return { longestFrameGap: watch.longestFrameGap, longestTask: watch.longestTask, states: watch.states };
  });
}

/** Exports the current version's PDF while watching the window; the file and what was seen. */
async function exportWatched(page: Page): Promise<{ pdf: Buffer; watch: Watch }> {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await startWatching(page);
  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export charter as PDF…" }).click();
  const pdf = readFileSync((await (await started).path()) as string);
  await page.getByText("Charter version 1 saved as PDF.").waitFor();
  return { pdf, watch: { ...(await stopWatching(page)), workers } };
}

async function openExport(page: Page, ready: RegExp = /Signed by every signatory/) {
  await page.goto(baseUrl);
  await page.getByRole("link", { name: TITLE, exact: true }).click();
  await page
    .getByRole("navigation", { name: "Workshop phases" })
    .getByRole("link", { name: /^Export/ })
    .click();
  await page.getByText(ready).first().waitFor();
}

function expectTheCharterPdf(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The drawn signature, embedded as an image of the canvas's size (600 × 200).
  const images = pdf.toString("latin1").match(/<<[^<>]*\/Subtype \/Image[^<>]*>>/g) ?? [];
  expect(images.some((i) => i.includes("/Width 600") && i.includes("/Height 200"))).toBe(true);
}

describe("the charter PDF is made in a worker, and the window never freezes", () => {
  const profile = new BrowserProfile();
  const measured: Record<string, Watch> = {};
  afterAll(() => {
    profile.remove();
    for (const [how, watch] of Object.entries(measured))
      console.info(
        `PDF ${how}: longest frame gap ${Math.round(watch.longestFrameGap)} ms, longest task ${Math.round(watch.longestTask)} ms`,
      );
  });

  it("imports a large signed workshop (40 stages, 80 terms, a drawn signature)", async () => {
    const { context, page } = await profile.launch();
    try {
      await page.goto(baseUrl);
      const backup = join(profile.dir, "large.accord.json");
      const workshop = await aLargeSignedWorkshop(await drawSignature(page));
      writeFileSync(backup, serializeBackup(workshop, { appVersion: "test", exportedAt: AT }));
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Import backup…" }).click();
      await (await chooser).setFiles(backup);
      await page.getByText(`Imported “${TITLE}”`).waitFor();
    } finally {
      await context.close();
    }
  });

  it("makes the PDF in a worker under the app's policy, frames still coming at least every 200 ms", async () => {
    const { context, page } = await profile.launch();
    try {
      await underTheAppsPolicy(context);
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      await openExport(page);
      const { pdf, watch } = await exportWatched(page);
      measured["in the worker"] = watch;
      expectTheCharterPdf(pdf);
      expect(watch.workers.some((url) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(url))).toBe(true);
      expect(watch.states).toContain("drawing");
      expect(watch.states.at(-1)).not.toBe("preparing");
      expect(watch.longestFrameGap).toBeLessThan(FROZEN_MS);
      expect(watch.longestTask).toBeLessThan(FROZEN_MS);
      expect(problems.filter((p) => /Content Security Policy/i.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("still makes the PDF, on the window's thread, where no worker can be created", async () => {
    const { context, page } = await profile.launch();
    try {
      await underTheAppsPolicy(context);
      // A window that refuses module workers; the blob: workers react-pdf starts itself are classic ones, and still allowed.
      await context.addInitScript(() => {
        const Classic = window.Worker;
        window.Worker = class extends Classic {
          constructor(url: string | URL, options?: WorkerOptions) {
            if (options?.type === "module") throw new DOMException("module workers refused", "SecurityError");
            super(url, options);
          }
        };
      });
      await openExport(page);
      const { pdf, watch } = await exportWatched(page);
      measured["on the window's thread"] = watch;
      expectTheCharterPdf(pdf);
      expect(watch.workers.some((url) => url.includes("pdf.worker"))).toBe(false);
      expect(watch.states).toContain("drawing");
    } finally {
      await context.close();
    }
  });

  it("made no request to anything but the app's own server", () => {
    expect(profile.requestsLeaving(baseUrl)).toEqual([]);
  });
});

describe("the PDF from the app, in the room's own words", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("version 2 lists what changed since version 1 and draws Japanese with the Japanese font, fetched from the app", async () => {
    const v1 = await aSignedWorkshop(aRealisticWorkshop());
    const started = expectOk(startNewVersion(v1, contentHash(buildCharter(v1)), AT));
    const v2: Workshop = {
      ...started,
      kpis: started.kpis.map((k, i) => (i === 0 ? { ...k, target: "≥ 95%", name: "商談になった割合" } : k)),
    };
    const { context, page } = await profile.launch();
    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".ttf")) fonts.push(r.url());
    });
    try {
      await page.goto(baseUrl);
      const backup = join(profile.dir, "v2.accord.json");
      writeFileSync(backup, serializeBackup(v2, { appVersion: "test", exportedAt: AT }));
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Import backup…" }).click();
      await (await chooser).setFiles(backup);
      await page.getByText(`Imported “${TITLE}”`).waitFor();
      await openExport(page, /Export charter as PDF/);
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export charter as PDF…" }).click();
      const path = join(profile.dir, "v2.pdf");
      writeFileSync(path, readFileSync((await (await download).path()) as string));
      const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("What changed since version 1");
      expect(text).toContain("KPI 商談になった割合: name: MQL acceptance rate → 商談になった割合");
      const embedded = execFileSync("pdffonts", [path], { encoding: "utf8" });
      expect(embedded, embedded).toMatch(/NotoSansJP-Regular\s+CID TrueType\s+Identity-H\s+yes/);
      // Japanese, and the maths sign: no Korean, Chinese-only or emoji font was fetched for this charter.
      expect(fonts.some((u) => u.includes("NotoSansJP"))).toBe(true);
      expect(fonts.filter((u) => /NotoSansKR|NotoEmoji/.test(u))).toEqual([]);
    } finally {
      await context.close();
    }
    expect(profile.requestsLeaving(baseUrl)).toEqual([]);
  });
});
