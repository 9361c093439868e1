import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");

describe("the built app, served from 127.0.0.1 as npm start serves it", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("stores without Dexie's debugging aids, as the app from its own scheme does", async () => {
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      // Dexie in debug mode makes a console task (and so a stack trace) for every request.
      await page.addInitScript(() => {
        const counted = window as unknown as { consoleTasks: number };
        const tasks = console as unknown as { createTask?: (name: string) => unknown };
        counted.consoleTasks = 0;
        const make = tasks.createTask?.bind(console);
        if (make)
          tasks.createTask = (name: string) => {
            counted.consoleTasks += 1;
            return make(name);
          };
      });
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New workshop" }).click();
      await page.getByLabel("Organisation").fill("Acme");
      await page.locator('[data-save-state="saved"]').waitFor();
      expect(await page.evaluate(() => typeof (console as unknown as { createTask?: unknown }).createTask)).toBe(
        "function",
      );
      expect(await page.evaluate(() => (window as unknown as { consoleTasks: number }).consoleTasks)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
