import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";

/** Its own port, so tests never touch the data of an Accord the user is running on 4780. */
export const TEST_PORT = 4790;

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
  if (!existsSync("dist/renderer/index.html")) {
    const build = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("the renderer build failed");
  }
  // Spawned directly: killing an npx wrapper would orphan vite and hang the run.
  const server = spawn(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", String(TEST_PORT), "--strictPort"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const baseUrl = `http://127.0.0.1:${TEST_PORT}/`;
  await waitForServer(baseUrl, server);
  project.provide("baseUrl", baseUrl);
  return () => {
    server.kill("SIGTERM");
  };
}
