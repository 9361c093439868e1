import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";

const MARKETING = "Anyone who fills a form or downloads content from our site";
const SALES = "A person with budget and a need who asked for a demo";

async function waitUntilStored(page: Page) {
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function tab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name }).click();
}

async function tick(page: Page, team: string, signal: string) {
  await page.getByLabel(`${team} counts ${signal} for Lead`).check();
}

describe("one term, from two conflicting definitions to agreed, in Chromium", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });

  it("goes through a vote with a block and its resolution to agreed, and is all there after a reload", async () => {
    const { context, page } = await profile.launch({ width: 1920, height: 1080 });
    try {
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New workshop" }).click();
      await page.getByLabel("Workshop title").fill("Acme revenue alignment");
      await tab(page, "Definitions");
      await page.getByRole("button", { name: "+ Lead" }).click();
      await page.getByRole("button", { name: "+ Qualified" }).click();
      await page.getByLabel("Marketing's definition of Lead").pressSequentially(MARKETING);
      await page.getByLabel("Sales's definition of Lead").pressSequentially(SALES);
      await page.getByLabel("Marketing's definition of Qualified").fill("Scored 50 points or more");
      await page.getByLabel("Sales's definition of Qualified").fill("Passed a discovery call with BANT");
      await page.getByRole("button", { name: "Tick signals for Lead" }).click();
      await tick(page, "Marketing", "Content download");
      await tick(page, "Marketing", "Form fill");
      await tick(page, "Sales", "Budget");
      await tick(page, "Sales", "Need");
      await tick(page, "Marketing", "Demo request");
      await tick(page, "Sales", "Demo request");
      await page.getByRole("button", { name: "Hide signals for Lead" }).click();
      const lead = page.getByRole("region", { name: "Lead" });
      await expect.poll(() => lead.locator("mark.diff-unique").count()).toBeGreaterThan(0);
      expect(await lead.getByRole("list", { name: "Signals" }).textContent()).toContain("Budget only Sales");
      await page.screenshot({ path: `${ARTIFACTS}/definitions-board-1920x1080.png` });

      await page.getByRole("button", { name: "Spotlight Lead" }).click();
      const spotlight = page.getByRole("dialog", { name: "Spotlight: Lead" });
      const size = await spotlight
        .locator(".spotlight-text")
        .first()
        .evaluate((e) => getComputedStyle(e).fontSize);
      expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(32);
      await page.screenshot({ path: `${ARTIFACTS}/definitions-spotlight-1920x1080.png` });
      await page.keyboard.press("ArrowRight");
      await page.getByRole("dialog", { name: "Spotlight: Qualified" }).waitFor();
      await page.keyboard.press("Escape");

      await tab(page, "Agree");
      await page.getByRole("button", { name: "Start from Sales's text for Lead" }).click();
      await page.getByLabel("Entry criteria (one per line)").fill("Budget confirmed\nAsked for a demo");
      await page.getByRole("button", { name: "Agree / disagree / block" }).click();
      const pad = page.getByRole("application", { name: /Vote pad for Lead/ });
      await pad.focus();
      await page.keyboard.press("a");
      await page.keyboard.press("a");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("b");
      const check = page.getByRole("region", { name: "Consensus check for Lead" });
      await check.getByText("Sales: 1 block").waitFor();
      await page.getByRole("button", { name: "● Agreed", exact: true }).click();
      await page.getByText(/cannot be agreed while the consensus check holds it back/).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/definitions-agree-blocked-1920x1080.png` });

      // The blocker's point is taken into the text; their vote is taken back and cast again.
      const agreed = page.getByLabel("Agreed definition of Lead");
      await agreed.press("End");
      await agreed.pressSequentially(", within 90 days");
      await pad.focus();
      await page.keyboard.press("Backspace");
      await page.keyboard.press("a");
      await check.getByText("Nothing blocks Lead").waitFor();
      await page.getByRole("button", { name: "● Agreed", exact: true }).click();
      await expect
        .poll(() => page.getByRole("button", { name: "● Agreed", exact: true }).getAttribute("aria-pressed"))
        .toBe("true");
      await page.screenshot({ path: `${ARTIFACTS}/definitions-agreed-1920x1080.png` });
      await waitUntilStored(page);

      await page.reload();
      await page.getByRole("navigation", { name: "Terms" }).getByRole("button", { name: /^Lead/ }).click();
      await page.getByLabel("Agreed definition of Lead").waitFor();
      expect(await page.getByLabel("Agreed definition of Lead").inputValue()).toBe(`${SALES}, within 90 days`);
      expect(await page.getByRole("button", { name: "● Agreed", exact: true }).getAttribute("aria-pressed")).toBe(
        "true",
      );
      const tally = page.getByRole("table", { name: "Votes per team" });
      expect(await tally.getByRole("row", { name: /Marketing/ }).textContent()).toBe("Marketing2··");
      expect(await tally.getByRole("row", { name: /Sales/ }).textContent()).toBe("Sales1··");
      const log = page.getByRole("region", { name: "Decision log" });
      expect(await log.textContent()).toContain(`Agreed Lead: ${SALES}, within 90 days`);
      await tab(page, "Definitions");
      expect(await page.getByLabel("Marketing's definition of Lead").inputValue()).toBe(MARKETING);
      expect(await page.getByLabel("Sales's definition of Lead").inputValue()).toBe(SALES);
      expect(await page.getByRole("region", { name: "Lead" }).textContent()).toContain("● Agreed");
    } finally {
      await context.close();
    }
  });

  it("reads from the back of the room at 1280×720", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await page.goto(baseUrl);
      await page.getByRole("link", { name: "Acme revenue alignment", exact: true }).click();
      await tab(page, "Definitions");
      await page.getByLabel("Marketing's definition of Lead").waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/definitions-board-1280x720.png` });
      await page.getByRole("button", { name: "Spotlight Lead" }).click();
      const size = await page
        .locator(".spotlight-text")
        .first()
        .evaluate((e) => getComputedStyle(e).fontSize);
      expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(32);
      await page.screenshot({ path: `${ARTIFACTS}/definitions-spotlight-1280x720.png` });
      await page.keyboard.press("Escape");
      await tab(page, "Agree");
      await page.getByRole("navigation", { name: "Terms" }).getByRole("button", { name: /^Lead/ }).click();
      await page.getByLabel("Agreed definition of Lead").waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/definitions-agree-1280x720.png` });
      // A parked question reads whole on its card, with who answers it and by when.
      await page
        .getByLabel("Park something")
        .fill("Do webinar attendees count as MQLs, or only those who ask for a demo?");
      await page.getByLabel("Park something").press("Enter");
      const card = page.locator(".parked-item").first();
      await card.getByLabel("Owner of parked item 1").fill("Dana Okafor");
      await card.getByLabel("By: the date parked item 1 is answered").fill("2027-01-15");
      await card.scrollIntoViewIfNeeded();
      const text = await card.getByLabel("Parked item 1", { exact: true }).boundingBox();
      expect(text?.width ?? 0).toBeGreaterThanOrEqual(250);
      expect(
        await card.getByLabel("Parked item 1", { exact: true }).evaluate((e) => e.scrollHeight <= e.clientHeight + 1),
      ).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}/parking-lot-card-1280x720.png` });
    } finally {
      await context.close();
    }
  });
});
