import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";
const PHASES = ["setup", "journey", "definitions", "agreement", "measures", "signoff", "export"];

async function seriousViolations(page: Page): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: @axe-core/playwright types its page against playwright, not playwright-core.
  const results = await new AxeBuilder({ page: page as any }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("moving between phases", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("opens each phase at its top, wherever the last one was scrolled to", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New from a template…" }).click();
      await page.getByRole("button", { name: /^New workshop from Demand waterfall/ }).click();
      await page.locator('[aria-current="step"]', { hasText: "Journey" }).waitFor();
      await page.locator("body").press("Alt+3");
      await page.waitForURL(/\/definitions$/);
      await page.locator(".term-row").first().waitFor();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      await page.locator("body").press("PageDown");
      await page.waitForURL(/\/agreement$/);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe("every phase of a session, as the room sees it", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`passes axe-core and is photographed in each phase at ${size.width}×${size.height}`, async () => {
      const { context, page } = await profile.launch(size);
      try {
        await page.goto(baseUrl);
        await page.getByRole("button", { name: "New from a template…" }).click();
        await page.getByRole("button", { name: /^New workshop from Demand waterfall/ }).click();
        await page.locator('[aria-current="step"]', { hasText: "Journey" }).waitFor();
        for (const [index, phase] of PHASES.entries()) {
          await page.locator("body").press(`Alt+${index + 1}`);
          await page.waitForURL(new RegExp(`/${phase}$`));
          await page.locator('[aria-current="step"]').waitFor();
          await page.waitForTimeout(200);
          await page.screenshot({ path: `${ARTIFACTS}/phase-${index + 1}-${phase}-${size.width}x${size.height}.png` });
          expect({ phase, violations: await seriousViolations(page) }).toEqual({ phase, violations: [] });
        }
        await page.keyboard.press("F5");
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${ARTIFACTS}/presenting-export-${size.width}x${size.height}.png` });
        expect(await page.evaluate(() => document.documentElement.dataset.presenting)).toBe("true");
        // Presenting shows the room screen, not the editor made larger.
        await page.locator('.room[data-screen="closing"]').waitFor();
        expect(await page.locator(".shell-header").isVisible()).toBe(false);
        const roomText = await page.evaluate(() =>
          Number.parseFloat(getComputedStyle(document.querySelector(".room") as Element).fontSize),
        );
        expect(roomText).toBe(size.width === 1920 ? 36 : 24);
      } finally {
        await context.close();
      }
    });
  }
});
