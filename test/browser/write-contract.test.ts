import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { serializeBackup } from "../../shared/backup/backup";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { BrowserProfile } from "./chromium";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";
const TITLE = "Acme Revenue Alignment Charter";
const LOCKED = "Version 1 is signed and locked: to change it, start version 2 on the Sign off screen.";

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import backup…" }).click();
  await (await chooser).setFiles(path);
}

const phase = (page: Page, name: RegExp) =>
  page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name });

describe("the write contract in Chromium: no screen gets around it", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  mkdirSync(ARTIFACTS, { recursive: true });
  const info = { appVersion: "test", exportedAt: "2026-11-22T14:05:00Z" };

  it("restores a signed, locked version 1 from the trash and refuses its rename from the home screen, every screen still agreeing", async () => {
    const backup = join(profile.dir, "signed.accord.json");
    writeFileSync(backup, serializeBackup(await aSignedWorkshop(), info));
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await page.goto(baseUrl);
      await importFile(page, backup);
      await page.getByText(`Imported “${TITLE}”`).waitFor();
      await page.getByRole("button", { name: `Move ${TITLE} to the trash` }).click();
      await page.getByText(/^Trash \(1\)/).click();
      await page.getByRole("button", { name: `Restore ${TITLE}` }).click();
      await page.getByRole("button", { name: `Rename ${TITLE}` }).click();
      await page.getByRole("textbox", { name: `New title for ${TITLE}` }).fill("Renamed from the home screen");
      await page.keyboard.press("Enter");
      await page.getByText(LOCKED).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/home-rename-locked-1280x720.png` });

      await page.reload();
      await page.getByRole("link", { name: TITLE, exact: true }).click();
      await phase(page, /^Sign off/).click();
      await page.getByRole("heading", { name: /LOCKED · Version 1 is signed/ }).waitFor();
      expect(await phase(page, /^Sign off/).textContent()).toContain("2 of 2 signed");
      expect(await page.getByText("Signed an earlier draft: sign again").count()).toBe(0);
      await phase(page, /^Export/).click();
      await page.getByText(/Signed by every signatory/).waitFor();
    } finally {
      await context.close();
    }
  });

  it("keeps a signature through Ctrl+Z, and takes it back only by an explicit, logged withdrawal", async () => {
    const backup = join(profile.dir, "ready.accord.json");
    writeFileSync(backup, serializeBackup({ ...aReadyWorkshop(), id: "w-ready" }, info));
    const { context, page } = await profile.launch({ width: 1280, height: 720 });
    try {
      await page.goto(baseUrl);
      await importFile(page, backup);
      await page.getByText(`Imported “${TITLE}”`).waitFor();
      await page.getByRole("link", { name: TITLE, exact: true }).first().click();
      await phase(page, /^Sign off/).click();
      await page.getByRole("button", { name: "Sign as Anna Łódź" }).click();
      const form = page.getByRole("form", { name: "Sign as Anna Łódź" });
      await form.getByLabel("Typed name of Anna Łódź").fill("Anna Łódź");
      await form.getByRole("button", { name: "Sign version 1" }).click();
      await page.getByText("✓ Signed as “Anna Łódź”").waitFor();

      await page.locator("body").click({ position: { x: 5, y: 300 } });
      await page.keyboard.press("Control+z");
      await page.getByText("✓ Signed as “Anna Łódź”").waitFor();
      expect(await phase(page, /^Sign off/).textContent()).toContain("1 of 2 signed");

      await page.getByRole("button", { name: "Withdraw signature" }).click();
      await page.getByRole("group", { name: "Withdraw the signature of Anna Łódź" }).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/signoff-withdraw-1280x720.png` });
      await page.getByRole("button", { name: "Withdraw", exact: true }).click();
      await page.getByRole("button", { name: "Sign as Anna Łódź" }).waitFor();
      expect(await phase(page, /^Sign off/).textContent()).toContain("0 of 2 signed");
      await page.keyboard.press("Control+z");
      await page.getByRole("button", { name: "Sign as Anna Łódź" }).waitFor();

      await phase(page, /^Agree/).click();
      await page.getByText("Anna Łódź withdrew their signature from version 1.").waitFor();
    } finally {
      await context.close();
    }
  });

  it("made no request to anything but the app's own server", () => {
    expect(profile.requestsLeaving(baseUrl)).toEqual([]);
  });
});
