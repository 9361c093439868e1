import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BrowserProfile } from "./chromium";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** npm start's server, as a user runs it, keeping its copies in `dir`. */
async function serveWithCopies(dir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const dist = resolve(process.env.ACCORD_DIST ?? "dist/renderer");
  const server = spawn(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(port)],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ACCORD_KEPT_COPIES: dir } },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

const keptText = (dir: string) =>
  readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("");

describe("a browser that loses its storage loses no workshop", () => {
  const profile = new BrowserProfile();
  const copies = mkdtempSync(join(tmpdir(), "accord-kept-"));
  let served: { url: string; server: ChildProcess };
  beforeAll(async () => {
    served = await serveWithCopies(copies);
  });
  afterAll(() => {
    served?.server.kill();
    profile.remove();
    rmSync(copies, { recursive: true, force: true });
  });

  it("keeps a copy beside npm start's server and offers it back when the origin's IndexedDB is gone", async () => {
    let { context, page } = await profile.launch();
    await page.goto(served.url);
    await page.getByRole("button", { name: "New workshop" }).click();
    await page.getByLabel("Workshop title").fill("Pipeline review, Q3");
    await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: "Definitions" }).click();
    await page.getByRole("button", { name: "+ Lead" }).click();
    await page.getByLabel("Marketing's definition of Lead").fill("Filled the demo form, ICP fit");
    await page.locator('[data-save-state="saved"]').waitFor();
    await expect.poll(() => keptText(copies), { timeout: 10_000 }).toContain("Filled the demo form, ICP fit");
    await context.close();

    // What Chromium did now and then after a kill: the origin's IndexedDB recreated from nothing.
    rmSync(join(profile.dir, "Default", "IndexedDB"), { recursive: true, force: true });
    ({ context, page } = await profile.launch());
    await page.goto(served.url);
    const offer = page.getByRole("region", { name: "Workshops this browser lost" });
    await offer.getByText("Pipeline review, Q3").waitFor();
    mkdirSync("test-artifacts/screens", { recursive: true });
    await page.screenshot({ path: "test-artifacts/screens/home-lost-workshops-1280x720.png" });
    await offer.getByRole("button", { name: "Bring it back" }).click();
    await page.getByRole("status").filter({ hasText: "brought back" }).waitFor();
    await page.getByRole("link", { name: "Pipeline review, Q3" }).click();
    await page.getByRole("navigation", { name: "Workshop phases" }).getByRole("link", { name: "Definitions" }).click();
    expect(await page.getByLabel("Marketing's definition of Lead").inputValue()).toBe("Filled the demo form, ICP fit");
    expect(profile.requestsLeaving(served.url)).toEqual([]);
    await context.close();
  }, 90_000);
});
