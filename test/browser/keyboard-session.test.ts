import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");

/**
 * Presses Tab until the focused control's name matches: no click, no
 * programmatic focus, so every control the session needs is proven reachable.
 */
async function tabTo(page: Page, name: RegExp, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
      if (!el || el === document.body) return "";
      return (el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent ?? "").trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no control named ${name} within ${limit} presses of Tab`);
}

async function press(page: Page, keys: string) {
  await page.keyboard.press(keys);
}

describe("one whole session, keyboard only", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("goes from a new workshop to an exported, signed charter without the mouse", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New workshop" }).waitFor();

      // Set up
      await tabTo(page, /^New workshop$/);
      await press(page, "Enter");
      await page.getByLabel("Workshop title").waitFor();
      await tabTo(page, /^Workshop title/);
      await press(page, "Control+a");
      await page.keyboard.type("Keyboard kickoff");
      await tabTo(page, /^Organisation/);
      await page.keyboard.type("Acme Ltd");
      await tabTo(page, /^Paste a list/);
      await page.keyboard.type("Ana Souza, CMO, Marketing, yes\nBo Berg, VP Sales, Sales, yes");
      await tabTo(page, /^Add these people$/);
      await press(page, "Enter");
      await page.getByLabel("Name of Bo Berg").waitFor();

      // Map the journey from a template
      await press(page, "Alt+2");
      await tabTo(page, /^Start from Demand waterfall/);
      await press(page, "Enter");
      await page.locator(".react-flow__node", { hasText: "MQL" }).waitFor();

      // Compare definitions
      await press(page, "Alt+3");
      await tabTo(page, /^Marketing's definition of MQL/);
      await page.keyboard.type("Scored 50 after a download");
      await tabTo(page, /^Sales's definition of MQL/);
      await page.keyboard.type("Has budget and asked for a call");

      // Agree one term
      await press(page, "Alt+4");
      await tabTo(page, /^MQL/);
      await press(page, "Enter");
      await tabTo(page, /^Agreed definition of MQL/);
      await page.keyboard.type("Scored 50 or more and fits the ideal customer profile");
      await tabTo(page, /Agreed$/);
      await press(page, "Enter");
      await page.getByRole("button", { name: /Agreed$/, pressed: true }).waitFor();

      // Sign off, with the rest recorded as open items
      await press(page, "Alt+6");
      await tabTo(page, /^Sign with open items$/);
      await press(page, "Enter");
      for (const person of ["Ana Souza", "Bo Berg"]) {
        await tabTo(page, new RegExp(`^Sign as ${person}$`));
        await press(page, "Enter");
        // The form opens with the keyboard in its typed name.
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.closest("label")?.textContent ?? ""))
          .toMatch(new RegExp(`^Typed name of ${person}`));
        await page.keyboard.type(person);
        await tabTo(page, /^Sign version 1$/);
        await press(page, "Enter");
      }
      await page.getByRole("heading", { name: /LOCKED/ }).waitFor();

      // Export
      await press(page, "Alt+7");
      await tabTo(page, /^Export charter as JSON/);
      const jsonDownload = page.waitForEvent("download");
      await press(page, "Enter");
      const json = JSON.parse(readFileSync(String(await (await jsonDownload).path()), "utf8"));
      expect(json.signOff.status).toBe("signed");
      expect(json.charter.title).toBe("Keyboard kickoff");
      expect(json.charter.terms.find((t: { term: string }) => t.term === "MQL").status).toBe("agreed");
      expect(json.charter.openItems.length).toBeGreaterThan(0);

      await tabTo(page, /^Export charter as PDF/);
      const pdfDownload = page.waitForEvent("download", { timeout: 30_000 });
      await press(page, "Enter");
      const pdf = readFileSync(String(await (await pdfDownload).path()));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await context.close();
    }
  });
});
