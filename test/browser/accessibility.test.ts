import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");

/** Serious and critical axe findings, as readable lines ("color-contrast: .btn (…)"). */
async function seriousViolations(page: Page): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: @axe-core/playwright types its page against playwright, not playwright-core.
  const results = await new AxeBuilder({ page: page as any }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the main screens pass axe-core with no serious or critical violations", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("home, set-up, the command palette and the shortcut list, in light, dark and high contrast", async () => {
    const { context, page } = await profile.launch();
    try {
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New workshop" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "New workshop" }).click();
      await page.getByLabel(/Paste a list/).fill("Ana Souza, CMO, Marketing, yes");
      await page.getByRole("button", { name: "Add these people" }).click();
      await page.getByLabel("Name of Ana Souza").waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press("Control+k");
      await page.getByRole("combobox", { name: /Find an action/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");

      await page.locator("body").click({ position: { x: 5, y: 700 } });
      await page.keyboard.press("?");
      await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");

      for (const [theme, contrast] of [
        ["dark", undefined],
        [undefined, "high"],
      ] as const) {
        await page.evaluate(
          ([t, c]) => {
            const root = document.documentElement;
            if (t) root.dataset.theme = t;
            else delete root.dataset.theme;
            if (c) root.dataset.contrast = c;
            else delete root.dataset.contrast;
          },
          [theme, contrast] as const,
        );
        expect(await seriousViolations(page)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
