import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { largestJourneyOf } from "../../bench/journey-fixture.mjs";
import { serializeBackup } from "../../shared/backup/backup";
import { PHASES } from "../../shared/session/phase-list";
import { TEAM_COLOURS } from "../../shared/workshop/create";
import type { Workshop } from "../../shared/workshop/model";
import { aWorkshop } from "../builders";
import { aTerm } from "../shared/backup-builders";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const TERMS = 500;
const TEAMS = 6;
const DEFINITION_BYTES = 10_000;

const VOCABULARY =
  "lead contact account form demo request budget authority need timing score fit profile intent visit webinar whitepaper call meeting qualified accepted rejected nurture pipeline opportunity revenue handoff owner sales marketing SDR".split(
    " ",
  );

/** A definition of about 10 KB, different for each team and term, from words the teams share. */
function definition(term: number, team: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < DEFINITION_BYTES; i++) {
    const word = VOCABULARY[(i * (team + 3) + term * 7 + (i % (team + 2))) % VOCABULARY.length] as string;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(" ");
}

/** As large as the import limits comfortably allow: 500 terms, 6 teams, 10 KB each (about 30 MB). */
function aLargeWorkshop(): Workshop {
  const base = aWorkshop({ title: "A very large workshop" });
  const teams = Array.from({ length: TEAMS }, (_, i) => ({
    id: `team-${i}`,
    name: `Team ${i + 1}`,
    colour: TEAM_COLOURS[i] as string,
  }));
  const terms = Array.from({ length: TERMS }, (_, t) => {
    const term = aTerm(`t-${t}`, null, ["team-0", "team-1"]);
    return {
      ...term,
      term: `Term ${t + 1}`,
      teamDefinitions: Object.fromEntries(teams.map((team, i) => [team.id, definition(t, i)])),
      teamSignals: {},
      consensus: { ...term.consensus, votes: [] },
    };
  });
  return { ...base, teams, terms };
}

/** As many stages (2,000) and transitions (10,000) as the limits allow: the journey `npm run bench` opens. */
function aLargeJourney(): Workshop {
  const base = aWorkshop({ title: "A very large journey" });
  return { ...base, ...largestJourneyOf(base) };
}

async function importAndOpen(page: Page, path: string, title: string) {
  await page.goto(baseUrl);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import backup…" }).click();
  await (await chooser).setFiles(path);
  await page.getByText(`Imported “${title}”`).waitFor({ timeout: 60_000 });
  await page.getByRole("link", { name: title }).click();
  await page.locator('[aria-current="step"]').waitFor();
}

const phase = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name });

describe("a workshop as large as the limits allow", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("opens every view, compares only the terms in view, and still takes typing", async () => {
    const file = join(profile.dir, "large.accord.json");
    writeFileSync(file, serializeBackup(aLargeWorkshop(), { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" }));
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await importAndOpen(page, file, "A very large workshop");
      for (const { label: name } of PHASES) {
        await phase(page, name).click();
        await page.locator('[aria-current="step"]', { hasText: name }).waitFor();
      }

      await phase(page, "Definitions").click();
      const rows = page.locator(".term-row");
      await expect.poll(() => rows.count()).toBe(TERMS);
      // The terms in view are compared (too long to mark, within their budget); the hundreds below are not touched.
      await expect.poll(() => rows.first().getAttribute("data-differences")).toBe("too-long");
      await page.waitForTimeout(300);
      const compared = await page.locator('.term-row:not([data-differences="pending"])').count();
      expect(compared).toBeGreaterThan(0);
      expect(compared).toBeLessThan(60);
      expect(await rows.first().getByText("too long to mark their differences").count()).toBe(1);
      mkdirSync("test-artifacts/screens", { recursive: true });
      await page.screenshot({ path: "test-artifacts/screens/definitions-500-terms-1280x720.png" });
      // Only the rows near the screen have their cells; a row scrolled to gets them.
      expect(await page.locator(".term-row textarea").count()).toBeLessThan((TERMS * TEAMS) / 4);
      await rows.last().scrollIntoViewIfNeeded();
      await page.getByLabel("Team 6's definition of Term 500", { exact: true }).waitFor();
      await rows.first().scrollIntoViewIfNeeded();

      const first = page.getByLabel("Team 1's definition of Term 1", { exact: true });
      await first.click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(" ok");
      await expect.poll(async () => (await first.inputValue()).endsWith(" ok")).toBe(true);
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }
  }, 180_000);

  it("opens a journey of 2,000 stages and 10,000 transitions at its start, readable, never drawing what is out of view", async () => {
    const file = join(profile.dir, "journey.accord.json");
    writeFileSync(file, serializeBackup(aLargeJourney(), { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" }));
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await importAndOpen(page, file, "A very large journey");
      // The most stages ever in the page while the map opens: drawing all 2,000 first, to measure them, is what made it slow.
      await page.evaluate(() => {
        const w = window as unknown as { mostStagesDrawn: number };
        w.mostStagesDrawn = 0;
        new MutationObserver(() => {
          w.mostStagesDrawn = Math.max(w.mostStagesDrawn, document.querySelectorAll(".react-flow__node").length);
        }).observe(document.body, { childList: true, subtree: true });
      });
      await phase(page, "Journey").click();
      await page.locator(".transition-label").first().waitFor({ timeout: 30_000 });
      await page.getByRole("img", { name: "Overview of the journey" }).waitFor();
      mkdirSync("test-artifacts/screens", { recursive: true });
      await page.screenshot({ path: "test-artifacts/screens/journey-2000-stages-1280x720.png" });
      const drawn = await page.locator(".react-flow__node").count();
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThan(100);
      expect(await page.evaluate(() => (window as unknown as { mostStagesDrawn: number }).mostStagesDrawn)).toBe(drawn);
      // At its start: the first stage is on screen.
      await expect.poll(() => page.locator('[data-stage="Stage 1"]').isVisible()).toBe(true);
      // Readable from the back of the room: names at 18 CSS px or more.
      const size = await page
        .locator(".react-flow__node .stage-node-name")
        .first()
        .evaluate(
          (el) =>
            Number.parseFloat(getComputedStyle(el).fontSize) *
            new DOMMatrixReadOnly(getComputedStyle(el.closest(".react-flow__viewport") as Element).transform).a,
        );
      expect(size).toBeGreaterThanOrEqual(18);
      // A press on the overview's far corner takes the screen there, and the overview's outline of the
      // screen follows: Stage 1 leaves the screen, and the map still draws only what is in view.
      const overview = await page.getByRole("img", { name: "Overview of the journey" }).boundingBox();
      if (!overview) throw new Error("the overview has no box");
      const outline = page.locator(".journey-overview-screen");
      const outlined = await outline.evaluate((el: HTMLElement) => el.style.transform);
      await page.mouse.click(overview.x + overview.width - 12, overview.y + overview.height - 12);
      await expect.poll(() => page.locator('[data-stage="Stage 1"]').isVisible()).toBe(false);
      expect(await outline.evaluate((el: HTMLElement) => el.style.transform)).not.toBe(outlined);
      expect(await page.locator(".react-flow__node").count()).toBeLessThan(100);
    } finally {
      await context.close();
    }
  }, 180_000);
});
