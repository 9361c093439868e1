// npm start: build, then run Accord in Electron; where no Electron binary can
// be had, serve the same app on 127.0.0.1 for a Chromium browser. Every
// failure is one plain line and a non-zero exit, never a stack trace.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findElectronBinary } from "./electron-binary.mjs";
import {
  PREVIEW_HOST,
  PREVIEW_PORT,
  PREVIEW_URL,
  previewFailureMessage,
  previewIsListening,
} from "./preview-output.mjs";

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fail(message) {
  console.error(message);
  process.exit(1);
}

process.on("uncaughtException", (error) => fail(`npm start stopped: ${error.message}`));

/** Runs a child until it exits; Ctrl+C reaches it too (same process group), and we then exit cleanly. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectDir, ...options });
    let stopping = false;
    const stop = () => {
      stopping = true;
      child.kill("SIGTERM");
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.on("error", (error) => resolve({ code: 1, error, stopping, child }));
    child.on("exit", (code) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve({ code, stopping, child });
    });
    options.onChild?.(child);
  });
}

async function build() {
  console.log("Building Accord…");
  // npm_execpath is npm's own script when started through npm; running it with
  // this node avoids needing a shell to find npm(.cmd) on Windows.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, "run", "build"]] : ["npm", ["run", "build"]];
  let output = "";
  const result = await run(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    shell: !npm && process.platform === "win32",
    onChild: (child) => {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    },
  });
  if (result.stopping) process.exit(0);
  if (result.code !== 0) {
    const firstError = output.split("\n").find((line) => /error/i.test(line) && !/^npm (warn|error)/i.test(line));
    fail(`The build failed${firstError ? `: ${firstError.trim()}` : ""}. Run npm run build to see the details.`);
  }
}

async function launchElectron(binary) {
  const result = await run(binary, [projectDir], { stdio: "inherit" });
  if (result.error) fail(`Electron could not start: ${result.error.message}`);
  process.exit(result.stopping ? 0 : (result.code ?? 0));
}

async function serveForBrowser() {
  console.log("The Electron binary isn't installed here, so Accord is served for a Chromium browser instead.");
  const vite = path.join(projectDir, "node_modules", "vite", "bin", "vite.js");
  const args = [vite, "preview", "--host", PREVIEW_HOST, "--port", String(PREVIEW_PORT), "--strictPort"];
  let output = "";
  let announced = false;
  const result = await run(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    onChild: (child) => {
      const watch = (chunk) => {
        output += chunk;
        if (!announced && previewIsListening(output)) {
          announced = true;
          console.log(`Open ${PREVIEW_URL} in Chromium or Chrome (Ctrl+C to stop).`);
        }
      };
      child.stdout.on("data", watch);
      child.stderr.on("data", watch);
    },
  });
  if (result.stopping) process.exit(0);
  fail(previewFailureMessage(output, result.code));
}

await build();
const electron = findElectronBinary({
  projectDir,
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  readText: (file) => (existsSync(file) ? readFileSync(file, "utf8") : null),
});
if (electron.found) await launchElectron(electron.binary);
else await serveForBrowser();
