import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { serializeBackup } from "../../shared/backup/backup";
import type { Workshop } from "../../shared/workshop/model";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A Chromium profile on disk that outlives one browser: launching again on the
 * same directory is how a test proves data survives closing the app.
 */
export class BrowserProfile {
  readonly dir = mkdtempSync(join(tmpdir(), "accord-profile-"));
  /** Every URL any page asked for, across every launch of this profile. */
  readonly requests: string[] = [];

  async launch(viewport = { width: 1280, height: 720 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await chromium.launchPersistentContext(this.dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport,
    });
    context.on("request", (request) => this.requests.push(request.url()));
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page };
  }

  /** Requests that went anywhere but the app's own server (data: and blob: never leave the page). */
  requestsLeaving(baseUrl: string): string[] {
    const origin = new URL(baseUrl).origin;
    return this.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A workshop brought into the app as a user would: written as a backup in
 * `dir`, imported from the home screen, and opened at its first phase.
 */
export async function importWorkshop(page: Page, baseUrl: string, dir: string, workshop: Workshop): Promise<void> {
  const file = join(dir, `${workshop.id}.accord.json`);
  writeFileSync(file, serializeBackup(workshop, { appVersion: "test", exportedAt: "2026-12-02T10:00:00Z" }));
  await page.goto(baseUrl);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import backup…" }).click();
  await (await chooser).setFiles(file);
  await page.getByRole("link", { name: workshop.details.title }).click();
}

export const SCREENS = "test-artifacts/screens";
/** The two projector sizes a room reads; the first is the one a test runs at. */
export const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** Both projector sizes, so the screenshots show what the back of the room reads. */
export async function projectorScreens(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const size of PROJECTOR_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENS}/${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(PROJECTOR_SIZES[0]);
}

/** What a button saves, through the browser's download: the name it suggests and the bytes. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

export async function openPhase(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name }).click();
}
