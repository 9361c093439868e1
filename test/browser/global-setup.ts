import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

/**
 * A free port of its own: tests never touch the data of an Accord the user
 * runs on 4780, and runs side by side (CI beside a developer) never collide.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  // ACCORD_DIST tests a build made elsewhere (say, of a clean checkout).
  // Absolute, because vite preview reads a relative --outDir from its root (renderer/).
  const dist = resolve(process.env.ACCORD_DIST ?? "dist/renderer");
  if (!existsSync(`${dist}/index.html`)) {
    const build = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("the renderer build failed");
  }
  // The participant page the room server gives phones, and the room host vite preview loads, built beside the renderer.
  for (const [built, config] of [
    ["../phone/index.html", "renderer/phone/vite.config.ts"],
    ["../electron/browser-fallback.cjs", "electron/vite.config.ts"],
  ] as const) {
    if (existsSync(resolve(dist, built))) continue;
    const build = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "-c", config], {
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error(`the build of ${config} failed`);
  }
  const port = await freePort();
  // Spawned directly: killing an npx wrapper would orphan vite and hang the run.
  const server = spawn(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "preview",
      "--outDir",
      dist,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--strictPort",
    ],
    // Each test's browser starts with empty storage: copies one test kept must not be offered to the next.
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ACCORD_KEPT_COPIES: "off" } },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForServer(baseUrl, server);
  project.provide("baseUrl", baseUrl);
  return () => {
    server.kill("SIGTERM");
  };
}
