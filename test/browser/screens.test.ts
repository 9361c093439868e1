import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** The smallest font size of any visible text on the page, in CSS px. */
function smallestVisibleText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Number.POSITIVE_INFINITY, text: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const hidden = box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || style.clip !== "auto";
      if (hidden) continue;
      const size = Number.parseFloat(style.fontSize);
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40) };
    }
    return smallest;
  });
}

describe("what the room sees, at projector sizes", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });

  for (const size of SIZES) {
    it(`home and set-up read from the back of the room at ${size.width}×${size.height}`, async () => {
      const { context, page } = await profile.launch(size);
      try {
        await page.goto(baseUrl);
        await page.getByRole("button", { name: "New workshop" }).click();
        await page.getByLabel("Workshop title").fill("Acme revenue alignment");
        await page.getByLabel("Organisation").fill("Acme Ltd");
        await page.getByLabel(/Paste a list/).fill("Ana Souza, VP Marketing, Marketing, yes\nBo Berg, AE, Sales, yes");
        await page.getByRole("button", { name: "Add these people" }).click();
        await page.locator('[data-save-state="saved"]').waitFor();
        await page.screenshot({ path: `${ARTIFACTS}/setup-${size.width}x${size.height}.png` });
        expect((await smallestVisibleText(page)).size).toBeGreaterThanOrEqual(16);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

        await page.getByRole("link", { name: "← Workshops" }).click();
        await page.getByRole("heading", { name: "Workshops" }).waitFor();
        await page.screenshot({ path: `${ARTIFACTS}/home-${size.width}x${size.height}.png` });
        expect((await smallestVisibleText(page)).size).toBeGreaterThanOrEqual(16);
      } finally {
        await context.close();
      }
    });
  }
});
