import { mkdirSync, readFileSync, statSync } from "node:fs";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { STAGE_HANDLE_BOXES } from "../../shared/journey/layout";
import { TEMPLATES } from "../../shared/journey/template-data";
import { applyTemplate } from "../../shared/journey/templates";
import { aWorkshop, expectOk } from "../builders";
import { BrowserProfile, importWorkshop } from "./chromium";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";

const stage = (page: Page, name: string) => page.locator(`.react-flow__node:has([data-stage="${name}"])`);
const handle = (page: Page, name: string, kind: "source" | "target") =>
  stage(page, name).locator(`.react-flow__handle.${kind}`);
const edges = (page: Page) => page.locator(".react-flow__edge");

async function centre(selector: ReturnType<Page["locator"]>) {
  const box = await selector.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function waitUntilStored(page: Page) {
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function newJourney(page: Page, title: string) {
  await page.goto(baseUrl);
  await page.getByRole("button", { name: "New workshop" }).click();
  await page.getByLabel("Workshop title").fill(title);
  await page
    .getByRole("navigation", { name: "Workshop phases" })
    .getByRole("link", { name: /Journey/ })
    .click();
  await page.getByRole("toolbar", { name: "Journey" }).waitFor();
}

async function addStageByDoubleClick(page: Page, at: { x: number; y: number }, name: string) {
  await page.mouse.dblclick(at.x, at.y);
  const field = page.getByLabel("Name on the map");
  await field.fill(name);
  await field.press("Enter");
  await stage(page, name).waitFor();
}

/** Clicks the middle of a transition's line, where it is not under a stage. */
async function clickTransition(page: Page) {
  const point = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>(".react-flow__edge-interaction");
    if (!path) throw new Error("no transition");
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM() as DOMMatrix;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(point.x, point.y);
}

/** What the room reads on each stage: its name's size on screen and its contrast with the stage behind it. */
function stageNames(page: Page) {
  return page.evaluate(() => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll(".stage-node-name")].map((el) => {
      const [a, b] = [luminance(getComputedStyle(el).color), luminance(background(el))];
      return {
        name: el.textContent ?? "",
        px: Number.parseFloat(getComputedStyle(el).fontSize) * zoom,
        contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        inView:
          el.getBoundingClientRect().bottom <= window.innerHeight &&
          el.getBoundingClientRect().right <= window.innerWidth,
      };
    });
  });
}

/** The inspector's fields whose right edge is past the inspector's own, by label. */
function fieldsPastEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inspector = document.querySelector(".inspector");
    if (!inspector) throw new Error("no inspector");
    const edge = inspector.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(inspector).paddingRight);
    return [...inspector.querySelectorAll<HTMLElement>("input, select, textarea")]
      .filter((field) => field.getBoundingClientRect().right > edge + 0.5)
      .map((field) => field.closest("label")?.textContent?.trim() ?? field.outerHTML.slice(0, 40));
  });
}

describe("the journey map in Chromium", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });

  it("drags a connection between two stages, reconnects it, deletes it, undoes, and keeps it across a reload", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await newJourney(page, "Connecting stages");
      await page.getByRole("button", { name: /^Start from Blank/ }).click();
      const canvas = await page.locator(".journey-canvas").boundingBox();
      if (!canvas) throw new Error("no canvas");
      // Left of where the inspector opens, which narrows the map.
      await addStageByDoubleClick(page, { x: canvas.x + 180, y: canvas.y + 120 }, "Curious");
      await addStageByDoubleClick(page, { x: canvas.x + 620, y: canvas.y + 100 }, "Engaged");
      await addStageByDoubleClick(page, { x: canvas.x + 620, y: canvas.y + 360 }, "Interested");
      expect(await edges(page).count()).toBe(0);

      await drag(
        page,
        await centre(handle(page, "Curious", "source")),
        await centre(handle(page, "Engaged", "target")),
      );
      await expect.poll(() => edges(page).count()).toBe(1);
      await clickTransition(page);
      await page.getByRole("heading", { name: "Curious → Engaged" }).waitFor();
      // Owner role and SLA unit keep inside the inspector's edge (they stuck out before).
      expect(await fieldsPastEdge(page)).toEqual([]);

      const end = page.locator(".react-flow__edgeupdater-target");
      await drag(page, await centre(end), await centre(handle(page, "Interested", "target")));
      await clickTransition(page);
      await page.getByRole("heading", { name: "Curious → Interested" }).waitFor();
      expect(await edges(page).count()).toBe(1);

      await page.keyboard.press("Delete");
      await expect.poll(() => edges(page).count()).toBe(0);
      await page.keyboard.press("Control+z");
      await expect.poll(() => edges(page).count()).toBe(1);
      await clickTransition(page);
      await page.getByRole("heading", { name: "Curious → Interested" }).waitFor();

      // A dragged stage moves, and is stored where it was dropped: the document is frozen, React Flow works on its own copy.
      const transformOf = () => stage(page, "Engaged").evaluate((el) => (el as HTMLElement).style.transform);
      const unmoved = await transformOf();
      const from = await centre(stage(page, "Engaged"));
      await drag(page, from, { x: from.x - 140, y: from.y + 60 });
      await expect.poll(transformOf).not.toBe(unmoved);

      await waitUntilStored(page);
      const before = await transformOf();
      await page.reload();
      await stage(page, "Interested").waitFor();
      expect(await stage(page, "Engaged").evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);
      await expect.poll(() => edges(page).count()).toBe(1);
      await clickTransition(page);
      await page.getByRole("heading", { name: "Curious → Interested" }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("loads each template as a laid-out journey, and finds the last one in place after a reload", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await newJourney(page, "Every template");
      for (const template of TEMPLATES.filter((t) => t.key !== "blank")) {
        const empty = (await page.locator(".react-flow__node").count()) === 0;
        if (empty)
          await page
            .getByRole("list", { name: "Journey templates" })
            .getByRole("button", { name: new RegExp(template.name) })
            .click();
        else {
          await page.getByRole("button", { name: "Start from…" }).click();
          await page
            .getByRole("dialog")
            .getByRole("button", { name: new RegExp(template.name) })
            .click();
          await page.getByRole("button", { name: "Replace the journey" }).click();
        }
        for (const s of template.stages) await stage(page, s.name).waitFor();
        await expect.poll(() => page.locator(".react-flow__node").count()).toBe(template.stages.length);
        await expect.poll(() => edges(page).count()).toBe(template.transitions.length);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${ARTIFACTS}/journey-${template.key}-1280x720.png` });
      }
      for (const [format, magic] of [
        ["PNG image", "\x89PNG"],
        ["SVG image", "<svg"],
        ["JSON Canvas", "{"],
      ] as const) {
        await page.getByLabel("Export format").selectOption({ label: format });
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Export map…" }).click(),
        ]);
        const file = await download.path();
        if (format === "PNG image") await download.saveAs(`${ARTIFACTS}/journey-export.png`);
        const head = readFileSync(file).subarray(0, 200).toString("latin1");
        expect(head.startsWith(magic), `${format} starts ${head.slice(0, 20)}`).toBe(true);
        expect(statSync(file).size).toBeGreaterThan(format === "JSON Canvas" ? 500 : 5000);
        expect(download.suggestedFilename()).toMatch(/^Every template journey\.(png|svg|canvas)$/);
      }
      await waitUntilStored(page);
      await page.reload();
      for (const s of TEMPLATES.at(-1)?.stages ?? []) await stage(page, s.name).waitFor();
      await expect.poll(() => edges(page).count()).toBe(TEMPLATES.at(-1)?.transitions.length);
    } finally {
      await context.close();
    }
  });

  it("puts no handoff label under a stage or another label, lines wrapping to the next row included", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      // Every transition a handoff, on a journey that wraps onto three rows at the projector's size.
      const laid = expectOk(applyTemplate(aWorkshop({ title: "Labels everywhere" }), "crm-lifecycle"));
      const w = {
        ...laid,
        transitions: laid.transitions.map((t) => ({
          ...t,
          handoff: true,
          sla: { within: 24, unit: "hours" as const },
          trigger: "Meets the agreed criteria",
        })),
      };
      await importWorkshop(page, baseUrl, profile.dir, w);
      await page
        .getByRole("navigation", { name: "Workshop phases" })
        .getByRole("link", { name: /Journey/ })
        .click();
      await page.locator(".transition-label").first().waitFor();
      const found = await page.evaluate(() => {
        const rect = (e: Element) => e.getBoundingClientRect();
        const meet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const labels = [...document.querySelectorAll(".transition-label")].map(rect);
        const nodes = [...document.querySelectorAll(".react-flow__node")].map(rect);
        return {
          labels: labels.length,
          overNode: labels.filter((l) => nodes.some((n) => meet(l, n))).length,
          overLabel: labels.filter((l, i) => labels.some((m, j) => i !== j && meet(l, m))).length,
        };
      });
      await page.screenshot({ path: `${ARTIFACTS}/journey-labels-wrapped-1280x720.png` });
      expect(found.labels).toBe(w.transitions.length);
      // The handles the map declares (so it need not measure every stage) are where they are drawn.
      const drawn = await page.evaluate(() => {
        const zoom = new DOMMatrixReadOnly(
          getComputedStyle(document.querySelector(".react-flow__viewport") as Element).transform,
        ).a;
        return [...document.querySelectorAll(".react-flow__node")].flatMap((node) => {
          const n = node.getBoundingClientRect();
          return [...node.querySelectorAll(".react-flow__handle")].map((h) => {
            const r = h.getBoundingClientRect();
            const box = [(r.left - n.left) / zoom, (r.top - n.top) / zoom, r.width / zoom, r.height / zoom];
            return { kind: h.classList.contains("source") ? "source" : "target", box: box.map(Math.round) };
          });
        });
      });
      expect(drawn.length).toBe(2 * w.stages.length);
      for (const { kind, box } of drawn) {
        const declared = STAGE_HANDLE_BOXES[kind as keyof typeof STAGE_HANDLE_BOXES];
        expect(box).toEqual([declared.x, declared.y, declared.width, declared.height]);
      }
      expect(found).toMatchObject({ overNode: 0, overLabel: 0 });

      // Fit to screen with the inspector open: every stage, handle and label in the part of the map it leaves.
      await stage(page, "Lead").locator(".stage-node-name").click();
      await page.locator(".journey-inspector section").first().waitFor();
      const outsideAfterFit = () =>
        page.evaluate(() => {
          const map = (document.querySelector(".journey-canvas .react-flow") as Element).getBoundingClientRect();
          const right = (document.querySelector(".journey-inspector") as Element).getBoundingClientRect().left;
          const things = [...document.querySelectorAll(".react-flow__node, .react-flow__handle, .transition-label")];
          return things
            .map((e) => ({ what: e.className, r: e.getBoundingClientRect() }))
            .filter(({ r }) => r.left < map.left || r.right > right || r.top < map.top || r.bottom > map.bottom)
            .map(({ what }) => what);
        });
      await page.getByRole("toolbar", { name: "Journey" }).getByRole("button", { name: "Fit to screen" }).click();
      await page.waitForTimeout(200);
      expect(await outsideAfterFit()).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/journey-fit-with-inspector-1280x720.png` });
      // The zoom controls' fit button fits the same way, after zooming in.
      await page.locator(".react-flow__controls-zoomin").click();
      await page.locator(".react-flow__controls-zoomin").click();
      await page.locator(".react-flow__controls").getByRole("button", { name: "Fit to screen" }).click();
      await page.waitForTimeout(200);
      expect(await outsideAfterFit()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows a 12-stage journey fitted to ${size.width}×${size.height} readable from the back of the room`, async () => {
      const { context, page } = await profile.launch(size);
      try {
        await newJourney(page, `Twelve stages ${size.width}`);
        await page.getByRole("button", { name: /CRM lifecycle/ }).click();
        await stage(page, "Evangelist").locator(".stage-node-name").click();
        for (const name of ["Advocate", "Reference", "Case study", "Speaker"]) {
          await page.keyboard.press("n");
          const field = page.getByLabel("Name on the map");
          // Its name selected as the field opens, so typing replaces it: the map around it selects no text, the field does.
          const selected = (el: HTMLInputElement) =>
            el.value.length > 0 && el.selectionStart === 0 && el.selectionEnd === el.value.length;
          await expect.poll(() => field.evaluate(selected)).toBe(true);
          await page.keyboard.type(name);
          await expect.poll(() => field.inputValue()).toBe(name);
          await field.press("Enter");
          await stage(page, name).waitFor();
        }
        await page.keyboard.press("Escape");
        await page.getByRole("button", { name: "Arrange left to right" }).click();
        await page.waitForTimeout(300);
        expect(await page.locator(".react-flow__node").count()).toBe(12);
        await page.screenshot({ path: `${ARTIFACTS}/journey-12-stages-${size.width}x${size.height}.png` });
        for (const contrast of ["normal", "high"] as const) {
          await page.evaluate((c) => {
            if (c === "high") document.documentElement.dataset.contrast = "high";
          }, contrast);
          const names = await stageNames(page);
          expect(names).toHaveLength(12);
          for (const n of names) {
            expect(n.px, n.name).toBeGreaterThanOrEqual(18);
            expect(n.contrast, n.name).toBeGreaterThanOrEqual(contrast === "high" ? 7 : 4.5);
            expect(n.inView, n.name).toBe(true);
          }
          // The zoom buttons take the theme's colours: no white squares on a black map.
          const button = await page
            .locator(".react-flow__controls-button")
            .first()
            .evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(document.body).backgroundColor]);
          if (contrast === "high") expect(button[0]).toBe(button[1]);
        }
        await page.screenshot({
          path: `${ARTIFACTS}/journey-12-stages-high-contrast-${size.width}x${size.height}.png`,
        });
        // Each name clears its stage's top border: at least the border's own thickness of space in between.
        const clearance = await page.evaluate(() =>
          [...document.querySelectorAll(".stage-node")].map((node) => {
            const name = node.querySelector(".stage-node-name") as Element;
            const border = Number.parseFloat(getComputedStyle(node).borderTopWidth);
            const scale = node.getBoundingClientRect().height / (node as HTMLElement).offsetHeight;
            return (name.getBoundingClientRect().top - node.getBoundingClientRect().top) / scale - border;
          }),
        );
        for (const gap of clearance) expect(gap).toBeGreaterThanOrEqual(8);
        const handleSize = await handle(page, "Lead", "source").boundingBox();
        expect(handleSize?.width ?? 0).toBeGreaterThanOrEqual(16);
      } finally {
        await context.close();
      }
    });
  }
});
