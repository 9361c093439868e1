import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { serializeBackup } from "../../shared/backup/backup";
import { contentHash } from "../../shared/charter/canonical";
import { checkSeal } from "../../shared/charter/seal";
import { aReadyWorkshop } from "../charter/charter-builders";
import { BrowserProfile, download, openPhase, PROJECTOR_SIZES, projectorScreens } from "./chromium";

const baseUrl = inject("baseUrl");
const TITLE = "Acme Revenue Alignment Charter";

/** The home screen's import, through the browser's own file input. */
async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import backup…" }).click();
  await (await chooser).setFiles(path);
}

async function signTyped(page: Page, person: string, typed: string) {
  await page.getByRole("button", { name: `Sign as ${person}` }).click();
  const form = page.getByRole("form", { name: `Sign as ${person}` });
  await form.getByLabel(`Typed name of ${person}`).fill(typed);
  return form;
}

/** A signature drawn with the mouse: a few strokes across the pad. */
async function drawOn(page: Page, label: string) {
  const box = await page.getByLabel(label).boundingBox();
  if (!box) throw new Error("the signature pad is not on screen");
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.1, 0.6));
  await page.mouse.down();
  for (const [x, y] of [
    [0.2, 0.3],
    [0.3, 0.7],
    [0.45, 0.25],
    [0.6, 0.75],
    [0.8, 0.4],
  ] as const) {
    await page.mouse.move(...at(x, y), { steps: 6 });
  }
  await page.mouse.up();
}

describe("sign-off in Chromium: two signatures, the lock, the exports and version 2", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());
  const backup = join(profile.dir, "ready.accord.json");
  writeFileSync(backup, serializeBackup(aReadyWorkshop(), { appVersion: "test", exportedAt: "2026-11-22T14:05:00Z" }));

  it("signs, locks, exports a charter that verifies, starts version 2 and lists its changes, across a reload", async () => {
    const { context, page } = await profile.launch(PROJECTOR_SIZES[0]);
    try {
      await page.goto(baseUrl);
      await importFile(page, backup);
      await page.getByText(`Imported “${TITLE}”`).waitFor();
      await page.getByRole("link", { name: TITLE, exact: true }).click();
      // The calendar the business-hours SLA counts in, as the room agreed it.
      await openPhase(page, /^Set up/);
      const hours = page.getByRole("region", { name: "Working hours for SLAs" });
      await hours.getByText("Monday–Friday, 09:00–17:00, Europe/Warsaw").waitFor();
      await hours.scrollIntoViewIfNeeded();
      await projectorScreens(page, "setup-working-hours");
      await openPhase(page, /^Sign off/);
      await page.getByRole("heading", { name: "Ready to sign" }).waitFor();
      await projectorScreens(page, "signoff-ready");

      const anna = await signTyped(page, "Anna Łódź", "Anna Łódź");
      await anna.getByRole("button", { name: "Sign version 1" }).click();
      await page.getByText("✓ Signed as “Anna Łódź”").waitFor();

      const bo = await signTyped(page, "Bo Ærøskøbing", "Bo Ærøskøbing");
      await drawOn(page, "Drawn signature of Bo Ærøskøbing");
      await projectorScreens(page, "signoff-drawing");
      await bo.getByRole("button", { name: "Sign version 1" }).click();
      await page.getByRole("heading", { name: /LOCKED · Version 1 is signed/ }).waitFor();
      await page.getByRole("img", { name: "Drawn signature of Bo Ærøskøbing" }).waitFor();
      await projectorScreens(page, "signoff-locked");
      // The locked note is one line, on Sign off and elsewhere.
      const note = await page.getByRole("status").filter({ hasText: "Version 1 is signed and locked." }).boundingBox();
      expect(note?.height).toBeLessThanOrEqual(48);

      await openPhase(page, /^Export/);
      await page.getByText(/Signed by every signatory/).waitFor();
      await projectorScreens(page, "export");
      const charter = JSON.parse((await download(page, "Export charter as JSON…")).bytes.toString("utf8"));
      // The contract's check, done here independently of the app: the hash of the charter, and each signature's.
      const hash = await contentHash(charter.charter);
      expect(charter.signOff.contentHash).toBe(hash);
      expect(charter.signOff.status).toBe("signed");
      expect(charter.signOff.signatures.map((s: { contentHash: string }) => s.contentHash)).toEqual([hash, hash]);
      const drawn = charter.signOff.signatures.find((s: { method: string }) => s.method === "drawn");
      expect(drawn.image).toMatch(/^data:image\/png;base64,/);
      // Sealed in Chromium with the installation's key (kept in IndexedDB, never readable), and the seal holds.
      expect(await checkSeal(charter)).toEqual({ sealed: true, key: charter.seal.keyFingerprint });

      await openPhase(page, /^Sign off/);
      await page.getByRole("button", { name: "Start version 2" }).click();
      await page.getByRole("heading", { name: "Changes since version 1" }).waitFor();
      await openPhase(page, /^Set up/);
      await page.getByLabel("Workshop title").fill("Acme Charter 2027");
      await page.locator('[data-save-state="saved"]').waitFor();
      await openPhase(page, /^Sign off/);
      const change = page.getByText(`Title: ${TITLE} → Acme Charter 2027`);
      await change.waitFor();
      await projectorScreens(page, "signoff-version-2");

      await page.reload();
      await change.waitFor();
      await page.getByRole("button", { name: "View version 1" }).click();
      const v1 = page.getByRole("article", { name: `Charter ${TITLE}, version 1` });
      await v1.getByText("signed by every signatory").waitFor();
      await v1.getByRole("img", { name: "Drawn signature of Bo Ærøskøbing" }).waitFor();
      await projectorScreens(page, "signoff-earlier-version");
    } finally {
      await context.close();
    }
  });

  // The PDF is made in the app's PDF worker. pdf-worker.test.ts runs it under the app's real
  // policy (sent as a header, as app:// does: a worker does not take the page's meta tag):
  // react-pdf needs script-src 'wasm-unsafe-eval' (yoga) and worker-src blob: (PNG signatures), and nothing looser.
  it("makes the signed charter's PDF in the app itself, drawn signature included", async () => {
    const { context, page } = await profile.launch(PROJECTOR_SIZES[0]);
    try {
      await page.goto(baseUrl);
      await page.getByRole("link", { name: "Acme Charter 2027", exact: true }).click();
      await openPhase(page, /^Export/);
      const pdf = (await download(page, "Version 1 as PDF…")).bytes;
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.toString("latin1")).toContain("/Subtype /Image");
      await page.getByText("Charter version 1 saved as PDF.").waitFor();
      await projectorScreens(page, "export-pdf-saved");
    } finally {
      await context.close();
    }
  });

  it("made no request to anything but the app's own server", () => {
    expect(profile.requestsLeaving(baseUrl)).toEqual([]);
  });
});
