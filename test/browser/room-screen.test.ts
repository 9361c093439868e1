import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { serializeBackup } from "../../shared/backup/backup";
import { aRealisticWorkshop } from "../charter/realistic-workshop";
import { BrowserProfile } from "./chromium";
import { aSixTeamWorkshop, aWorkshopInSession } from "./room-workshop";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/room";
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const PHASES = [
  ["setup", "welcome"],
  ["journey", "journey"],
  ["definitions", "definitions"],
  ["agreement", "agreement"],
  // A CRM rule in a term's place, opened by its link.
  ["agreement/crm-rule%3AreasonCodes", "agreement"],
  ["measures", "measures"],
  ["signoff", "signoff"],
  ["export", "closing"],
] as const;

interface Layout {
  smallest: { size: number; text: string };
  scrolls: boolean;
  controls: string[];
  outside: string[];
  clipped: string[];
  overlaps: string[];
  partLines: string[];
  lowContrast: string[];
}

/** Everything the room could fail to read, measured in the page. */
function measureRoom(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const room = document.querySelector<HTMLElement>(".room");
    if (!room) throw new Error("no room screen");
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      // Drawn or not as the room sees it: a [hidden] item that a stylesheet still shows counts as shown.
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== "hidden";
    };
    const say = (e: Element) => (e.textContent ?? "").trim().slice(0, 50);
    const textElements = [...room.querySelectorAll("*")].filter(
      (e) => visible(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
    let smallest = { size: Number.POSITIVE_INFINITY, text: "" };
    for (const e of textElements) {
      const size = Number.parseFloat(getComputedStyle(e).fontSize);
      if (size < smallest.size) smallest = { size, text: say(e) };
    }
    const root = document.documentElement;
    const scrolls =
      root.scrollHeight > window.innerHeight ||
      root.scrollWidth > window.innerWidth ||
      room.scrollHeight > room.clientHeight + 1;
    const controls = [
      ...room.querySelectorAll("button, input, select, textarea, a[href], [contenteditable], [tabindex]"),
    ].map((e) => e.outerHTML.slice(0, 80));
    const outside = textElements
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < -1 || r.top < -1 || r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1;
      })
      .map(say);
    const clipped = textElements.filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0).map(say);
    // Each line of text as the room sees it (lines a box hides do not count): no two lines of different elements may cross.
    const visiblePart = (e: Element, r: DOMRect): DOMRect | null => {
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let at = e as Element | null; at && at !== room; at = at.parentElement) {
        if (getComputedStyle(at).overflow === "visible") continue;
        const box = at.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, box.left),
          Math.max(top, box.top),
          Math.min(right, box.right),
          Math.min(bottom, box.bottom),
        ];
      }
      return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    const lines: { owner: Element; r: DOMRect }[] = [];
    for (const e of textElements) {
      for (const n of e.childNodes) {
        if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const line of range.getClientRects()) {
          const r = visiblePart(e, line);
          if (r) lines.push({ owner: e, r });
        }
      }
    }
    const overlaps: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i] as (typeof lines)[number];
        const b = lines[j] as (typeof lines)[number];
        if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) overlaps.push(`${say(a.owner)} ⨯ ${say(b.owner)}`);
      }
    }
    // Text cut short shows whole lines only: a clipped box is a whole number of lines high.
    const partLines = [...room.querySelectorAll<HTMLElement>(".room-fit-text > p:first-child")]
      .filter((p) => p.scrollHeight > p.clientHeight + 1)
      .filter((p) => {
        const line = Number.parseFloat(getComputedStyle(p).lineHeight);
        const rest = p.clientHeight % line;
        return rest > 1 && line - rest > 1;
      })
      .map(say);
    // 7:1 for every text, large or not: axe asks only 4.5:1 of text this size, the room asks more.
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const background = (e: Element | null): number[] => {
      for (let at = e; at; at = at.parentElement) {
        const c = rgb(getComputedStyle(at).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0) return c;
      }
      return [255, 255, 255];
    };
    const lowContrast = textElements
      .map((e) => {
        const [a, b] = [luminance(rgb(getComputedStyle(e).color)), luminance(background(e))];
        return { e, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      })
      .filter(({ ratio }) => ratio < 7)
      .map(({ e, ratio }) => `${say(e)} (${ratio.toFixed(2)}:1)`);
    return { smallest, scrolls, controls, outside, clipped, overlaps, partLines, lowContrast };
  });
}

/** Everything a room must be able to read, at once: the failure names the screen and every element at fault. */
function expectReadable(screen: string, layout: Layout): void {
  expect(layout.smallest.size, `${screen}: "${layout.smallest.text}"`).toBeGreaterThanOrEqual(24);
  expect({ screen, ...layout, smallest: undefined }).toEqual({
    screen,
    smallest: undefined,
    scrolls: false,
    controls: [],
    outside: [],
    clipped: [],
    overlaps: [],
    partLines: [],
    lowContrast: [],
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: @axe-core/playwright types its own copy of playwright's Page.
  const results = await new AxeBuilder({ page: page as any }).include(".room").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function openInSession(page: Page, file: string, title = "Acme Revenue Alignment Charter"): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole("heading", { name: "Workshops" }).waitFor();
  const link = page.getByRole("link", { name: title });
  // The profile outlives each test: the workshop is imported once.
  if ((await link.count()) === 0) {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import backup…" }).click();
    await (await chooser).setFiles(file);
    await page.getByText(`Imported “${title}”`).waitFor();
  }
  await link.first().click();
  await page.locator('[aria-current="step"]').waitFor();
  const id = /#\/workshop\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no workshop in ${page.url()}`);
  return id;
}

async function showRoom(page: Page, workshopId: string, phase: string, screen: string): Promise<void> {
  await page.goto(`${baseUrl}#/workshop/${workshopId}/${phase}`);
  await page.locator(`[aria-current="step"]`).waitFor();
  await page.keyboard.press("F5");
  await page.locator(`.room[data-screen="${screen}"]`).waitFor();
  // Fitting measures after layout: give it the frames it takes.
  await page.waitForTimeout(150);
}

describe("the room screen, read from the back of the room", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(profile.dir, "in-session.accord.json");
  writeFileSync(
    file,
    serializeBackup(aWorkshopInSession(), { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" }),
  );

  for (const size of SIZES) {
    it(`every phase at ${size.width}×${size.height}: 24 px text or larger, nothing clipped, overlapping or to scroll, nothing to click`, async () => {
      const { context, page } = await profile.launch(size);
      try {
        const id = await openInSession(page, file);
        for (const [phase, screen] of PHASES) {
          await showRoom(page, id, phase, screen);
          if (phase === "agreement") {
            await page.keyboard.press("h");
            await page.locator(".room-tally").waitFor();
          }
          const name = phase.includes("crm-rule") ? "agreement-crm-rule" : screen;
          if (name !== screen) await page.locator(".room-kind").waitFor();
          await page.screenshot({ path: `${ARTIFACTS}/${name}-${size.width}x${size.height}.png` });
          expectReadable(name, await measureRoom(page));
          expect(await seriousViolations(page), name).toEqual([]);
          await page.keyboard.press("Escape");
          await page.locator(".room").waitFor({ state: "detached" });
        }
      } finally {
        await context.close();
      }
    });
  }

  it("with the room open to phones, every screen still reads: the code on Welcome, one line of how to join elsewhere", async () => {
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const { context, page } = await profile.launch(size);
      try {
        const id = await openInSession(page, file);
        await page.getByRole("button", { name: "Phones" }).click();
        await page.getByRole("combobox", { name: "Network the phones are on" }).selectOption("127.0.0.1");
        await page.getByRole("button", { name: "Open the room to phones" }).click();
        await page.getByRole("link", { name: "Open a phone's page here" }).waitFor();
        for (const [phase, screen] of PHASES) {
          await showRoom(page, id, phase, screen);
          await page.locator(screen === "welcome" ? ".room-join" : ".room-join-line").waitFor();
          await page.screenshot({ path: `${ARTIFACTS}/${screen}-join-${size.width}x${size.height}.png` });
          expectReadable(`${screen} (phones joining)`, await measureRoom(page));
          expect(await seriousViolations(page), screen).toEqual([]);
          await page.keyboard.press("Escape");
          await page.locator(".room").waitFor({ state: "detached" });
        }
        if (size.width === 1024) {
          // The code must be large enough to scan from the middle of the room.
          await showRoom(page, id, "setup", "welcome");
          const qr = await page.locator(".room-join-qr").boundingBox();
          expect(qr?.height ?? 0).toBeGreaterThanOrEqual(300);
          await page.keyboard.press("Escape");
        }
      } finally {
        await context.close();
      }
    }
  });

  it("fits six teams with long names and long words at 1024×768, on Definitions and Agree", async () => {
    const crowded = join(profile.dir, "six-teams.accord.json");
    const w = aSixTeamWorkshop();
    writeFileSync(
      crowded,
      serializeBackup(
        { ...w, details: { ...w.details, title: "Six teams" } },
        { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" },
      ),
    );
    const { context, page } = await profile.launch({ width: 1024, height: 768 });
    try {
      const id = await openInSession(page, crowded, "Six teams");
      for (const [phase, screen] of [
        ["definitions", "definitions"],
        ["agreement", "agreement"],
      ] as const) {
        await page.goto(`${baseUrl}#/workshop/${id}/${phase}/t-s-1`);
        await page.locator(`[aria-current="step"]`).waitFor();
        await page.keyboard.press("F5");
        await page.locator(`.room[data-screen="${screen}"]`).waitFor();
        if (phase === "agreement") {
          await page.keyboard.press("h");
          await page.locator(".room-tally").waitFor();
        }
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${ARTIFACTS}/${screen}-six-teams-1024x768.png` });
        expectReadable(screen, await measureRoom(page));
        await page.keyboard.press("Escape");
        await page.locator(".room").waitFor({ state: "detached" });
      }
    } finally {
      await context.close();
    }
  });

  it("draws a 40-stage journey at 1024×768 as whole stages and handoffs, the rest counted, none drawn half-hidden", async () => {
    const long = join(profile.dir, "long-journey.accord.json");
    const w = aRealisticWorkshop({ stages: 40, terms: 40 });
    writeFileSync(
      long,
      serializeBackup(
        { ...w, details: { ...w.details, title: "Long journey" } },
        { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" },
      ),
    );
    const { context, page } = await profile.launch({ width: 1024, height: 768 });
    try {
      const id = await openInSession(page, long, "Long journey");
      await showRoom(page, id, "journey", "journey");
      await page.screenshot({ path: `${ARTIFACTS}/journey-40-stages-1024x768.png` });
      await page.locator(".room-more", { hasText: /more stages/ }).waitFor();
      const layout = await measureRoom(page);
      expect({ ...layout, smallest: undefined }).toMatchObject({
        scrolls: false,
        outside: [],
        clipped: [],
        overlaps: [],
      });
      // What is counted as more is not drawn.
      const drawnHidden = await page.evaluate(
        () =>
          [...document.querySelectorAll(".room li[hidden]")].filter((li) => li.getBoundingClientRect().height > 0)
            .length,
      );
      expect(drawnHidden).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("shows a text or a list too long for the screen a part at a time, in whole lines and whole items, as the facilitator moves it on", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      const id = await openInSession(page, file);
      await showRoom(page, id, "agreement", "agreement");
      const wording = page.getByRole("region", { name: "Wording" });
      const part = async () => (await wording.locator(".room-more").textContent()) ?? "";
      const firstLine = () =>
        page.evaluate(() => {
          const p = document.querySelector<HTMLElement>(".room-wording .room-fit-text > p");
          if (!p) return "";
          const range = document.caretRangeFromPoint(
            p.getBoundingClientRect().left + 2,
            p.getBoundingClientRect().top + 4,
          );
          return range ? `${range.startContainer.textContent?.slice(range.startOffset, range.startOffset + 20)}` : "";
        });
      const [, of] = /part 1 of (\d+)/.exec(await part()) ?? [];
      expect(Number(of)).toBeGreaterThanOrEqual(2);
      const before = await firstLine();
      await page.keyboard.press("w");
      await expect.poll(part).toContain(`part 2 of ${of}`);
      expect(await firstLine()).not.toBe(before);
      expect((await measureRoom(page)).partLines).toEqual([]);
      for (let i = 2; i < Number(of); i++) await page.keyboard.press("w");
      await expect.poll(part).toBe(`The end · part ${of} of ${of}`);
      // After the last part, the beginning again; another term starts at its beginning.
      await page.keyboard.press("w");
      await expect.poll(part).toContain("part 1 of");
      await page.keyboard.press("w");
      await page.keyboard.press("]");
      await page.getByRole("heading", { name: "Sales Accepted Lead" }).waitFor();
      await page.keyboard.press("[");
      await expect.poll(part).toContain("part 1 of");

      // A list longer than the screen: the rest of it, then the beginning again.
      await page.keyboard.press("Escape");
      await showRoom(page, id, "export", "closing");
      const list = page.getByRole("list", { name: "Agreed today" });
      const more = page.locator(".room-closing .room-more");
      await expect.poll(async () => (await more.textContent()) ?? "").toMatch(/^\+ \d+ more agreed terms?$/);
      const firstShown = await list.locator("li:not([hidden])").first().textContent();
      await page.keyboard.press("w");
      await expect
        .poll(async () => (await more.textContent()) ?? "")
        .toMatch(/^The end of the list · \d+ shown before$/);
      expect(await list.locator("li:not([hidden])").first().textContent()).not.toBe(firstShown);
      expect((await measureRoom(page)).overlaps).toEqual([]);
      await page.keyboard.press("w");
      await expect.poll(() => list.locator("li:not([hidden])").first().textContent()).toBe(firstShown);
    } finally {
      await context.close();
    }
  });

  for (const theme of ["dark", "high contrast"] as const) {
    it(`keeps 7:1 contrast in the ${theme} theme`, async () => {
      const { context, page } = await profile.launch({ width: 1280, height: 720 });
      try {
        await page.goto(baseUrl);
        await page.evaluate(
          (high) =>
            localStorage.setItem(
              "accord.ui",
              JSON.stringify({ state: { theme: "dark", highContrast: high, chime: true }, version: 0 }),
            ),
          theme === "high contrast",
        );
        const id = await openInSession(page, file);
        for (const [phase, screen] of PHASES) {
          await showRoom(page, id, phase, screen);
          if (phase === "agreement") {
            await page.keyboard.press("h");
            await page.locator(".room-tally").waitFor();
          }
          if (phase === "definitions") await page.screenshot({ path: `${ARTIFACTS}/${screen}-${theme}.png` });
          expect((await measureRoom(page)).lowContrast, `${theme} ${screen}`).toEqual([]);
          expect(await seriousViolations(page), `${theme} ${screen}`).toEqual([]);
          await page.keyboard.press("Escape");
          await page.locator(".room").waitFor({ state: "detached" });
        }
      } finally {
        await context.close();
      }
    });
  }
});
