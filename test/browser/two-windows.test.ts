import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");

describe("two windows on one workshop in Chromium", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("each sees what the other types, and neither overwrites the other, across a reload", async () => {
    const { context, page: a } = await profile.launch({ width: 1280, height: 720 });
    try {
      await a.goto(baseUrl);
      await a.getByRole("button", { name: "New workshop" }).click();
      await a.getByLabel("Workshop title").waitFor();
      const b = await context.newPage();
      await b.goto(a.url());
      await b.getByLabel("Workshop title").waitFor();

      await a.getByLabel("Workshop title").fill("Title typed in window A");
      await a.locator('[data-save-state="saved"]').waitFor();
      await expect.poll(() => b.getByLabel("Workshop title").inputValue()).toBe("Title typed in window A");

      await b.getByLabel("Organisation").fill("Organisation typed in window B");
      await b.locator('[data-save-state="saved"]').waitFor();
      await expect.poll(() => a.getByLabel("Organisation").inputValue()).toBe("Organisation typed in window B");

      // Both at once: each window's change lands on the other's.
      await Promise.all([
        a.getByLabel("Facilitator").fill("Facilitator from A"),
        b.getByLabel("Date").fill("2026-12-03"),
      ]);
      for (const page of [a, b])
        await expect.poll(() => page.getByLabel("Facilitator").inputValue()).toBe("Facilitator from A");
      for (const page of [a, b]) await expect.poll(() => page.getByLabel("Date").inputValue()).toBe("2026-12-03");

      await b.close();
      await a.reload();
      await a.getByLabel("Workshop title").waitFor();
      expect(await a.getByLabel("Workshop title").inputValue()).toBe("Title typed in window A");
      expect(await a.getByLabel("Organisation").inputValue()).toBe("Organisation typed in window B");
      expect(await a.getByLabel("Facilitator").inputValue()).toBe("Facilitator from A");
      expect(await a.getByLabel("Date").inputValue()).toBe("2026-12-03");
    } finally {
      await context.close();
    }
  });
});
