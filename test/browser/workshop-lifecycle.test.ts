import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");

async function waitUntilStored(page: Page) {
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function openFromHome(page: Page, title: string) {
  await page.goto(baseUrl);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByLabel("Workshop title").waitFor();
}

describe("a workshop in Chromium, from creation to a relaunched browser", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("keeps everything typed across a reload and a browser restart", async () => {
    let { context, page } = await profile.launch();
    try {
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "New workshop" }).click();
      await page.getByLabel("Workshop title").fill("Ærøskøbing revenue alignment");
      await page.getByLabel("Organisation").fill("Müller & Søn");
      await page.getByLabel("Facilitator").fill("Zoë Łódź");
      await page.getByRole("button", { name: "Add team" }).click();
      await page.getByLabel("Name of team 3").fill("Customer success");
      await page.getByLabel(/Paste a list/).fill("Ana Souza, VP Marketing, Marketing, yes\nBo Berg, AE, Sales");
      await page.getByRole("button", { name: "Add these people" }).click();
      await waitUntilStored(page);

      await page.reload();
      await expect.poll(() => page.getByLabel("Organisation").inputValue()).toBe("Müller & Søn");
      expect(await page.getByLabel("Name of team 3").inputValue()).toBe("Customer success");
      expect(await page.getByLabel("Ana Souza signs the charter").isChecked()).toBe(true);

      await context.close();
      ({ context, page } = await profile.launch());
      await openFromHome(page, "Ærøskøbing revenue alignment");
      expect(await page.getByLabel("Facilitator").inputValue()).toBe("Zoë Łódź");
      expect(await page.getByLabel("Name of Bo Berg").inputValue()).toBe("Bo Berg");
    } finally {
      await context.close();
    }
  });

  it("undoes and redoes with the keyboard, and stores the result", async () => {
    const { context, page } = await profile.launch();
    try {
      await openFromHome(page, "Ærøskøbing revenue alignment");
      const facilitator = page.getByLabel("Facilitator");
      const organisation = page.getByLabel("Organisation");
      await facilitator.press("End");
      await facilitator.pressSequentially(" and Sam");
      await organisation.press("End");
      await organisation.pressSequentially(" Ltd");
      await page.keyboard.press("Control+z");
      await expect.poll(() => organisation.inputValue()).toBe("Müller & Søn");
      expect(await facilitator.inputValue()).toBe("Zoë Łódź and Sam");
      await page.keyboard.press("Control+z");
      await expect.poll(() => facilitator.inputValue()).toBe("Zoë Łódź");
      await page.keyboard.press("Control+Shift+z");
      await expect.poll(() => facilitator.inputValue()).toBe("Zoë Łódź and Sam");
      await page.keyboard.press("Control+y");
      await expect.poll(() => organisation.inputValue()).toBe("Müller & Søn Ltd");
      await waitUntilStored(page);
      await page.reload();
      await expect.poll(() => page.getByLabel("Organisation").inputValue()).toBe("Müller & Søn Ltd");
      expect(await page.getByLabel("Facilitator").inputValue()).toBe("Zoë Łódź and Sam");
    } finally {
      await context.close();
    }
  });

  it("moves a workshop to the trash and restores it, across a reload", async () => {
    const { context, page } = await profile.launch();
    try {
      await page.goto(baseUrl);
      const name = "Ærøskøbing revenue alignment";
      await page.getByRole("button", { name: `Move ${name} to the trash` }).click();
      await page.getByText("Trash (1)").waitFor();
      await expect.poll(() => page.getByRole("link", { name, exact: true }).count()).toBe(0);
      await page.reload();
      await page.getByText("Trash (1)").click();
      await page.getByRole("button", { name: `Restore ${name}` }).click();
      await page.getByRole("link", { name, exact: true }).waitFor();
      await page.reload();
      await page.getByRole("link", { name, exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("made no request to anything but the app's own server during the whole run", () => {
    expect(profile.requests.length).toBeGreaterThan(0);
    expect(profile.requestsLeaving(baseUrl)).toEqual([]);
  });
});
