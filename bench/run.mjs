// npm run bench: builds the app and the bare reference pages, serves both on
// 127.0.0.1, and runs every bench/*.bench.mjs in one Chromium. Each module's
// default export gets { browser, appUrl, benchUrl, appServerPid } and returns result rows
// (see bench/stats.mjs); this prints them with their ratios and targets.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vite = join(root, "node_modules/vite/bin/vite.js");
const APP_PORT = 4792;
const BENCH_PORT = 4793;

function run(args) {
  const result = spawnSync(process.execPath, [vite, ...args], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) {
    console.error(`bench: "vite ${args.join(" ")}" failed.`);
    process.exit(2);
  }
}

async function serve(args, url) {
  // Copies kept as a user's are (their cost is in every figure), in a folder of the run's own: fixtures are not the user's.
  const server = spawn(process.execPath, [vite, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ACCORD_KEPT_COPIES: keptCopies },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  console.error(`bench: nothing answered on ${url}.`);
  process.exit(2);
}

const keptCopies = mkdtempSync(join(tmpdir(), "accord-bench-copies-"));
process.on("exit", () => rmSync(keptCopies, { recursive: true, force: true }));

const format = (n, digits = 1) => (n === null || n === undefined ? "—" : Number(n).toFixed(digits));

// The whole app as `npm run build` makes it: the host side too, so copies are kept and phones can join.
run(["build"]);
run(["build", "-c", "renderer/phone/vite.config.ts"]);
run(["build", "-c", "electron/vite.config.ts"]);
run(["build", "-c", "bench/vite.config.ts"]);
const appUrl = `http://127.0.0.1:${APP_PORT}/`;
const benchUrl = `http://127.0.0.1:${BENCH_PORT}/`;
const servers = [
  await serve(["preview", "--host", "127.0.0.1", "--port", String(APP_PORT), "--strictPort"], appUrl),
  await serve(["preview", "-c", "bench/vite.config.ts", "--port", String(BENCH_PORT)], `${benchUrl}blank-react.html`),
];

const only = process.argv.slice(2);
const modules = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
const rows = [];
let failed = false;
try {
  for (const file of modules) {
    const started = Date.now();
    try {
      const bench = await import(pathToFileURL(join(root, "bench", file)).href);
      rows.push(...(await bench.default({ browser, appUrl, benchUrl, appServerPid: servers[0].pid })));
    } catch (error) {
      failed = true;
      console.error(`bench: ${file} failed: ${error instanceof Error ? error.message : error}`);
    }
    console.error(`bench: ${file} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}

console.log("");
console.log(["benchmark", "figure", "reference", "ratio", "target", "met"].join(" | "));
const targetOf = (r) => {
  if (r.targetRatio !== null && r.targetRatio !== undefined) return `≤ ${format(r.targetRatio, 1)}×`;
  return r.target === null ? "—" : `${format(r.target)} ${r.unit}`;
};
for (const r of rows) {
  const target = targetOf(r);
  const met = r.met === null ? "—" : r.met ? "yes" : "NO";
  console.log(
    [
      r.name,
      `${format(r.figure)} ${r.unit}`,
      r.reference === null ? "—" : `${format(r.reference)} ${r.unit}`,
      r.ratio === null ? "—" : `${format(r.ratio, 2)}×`,
      target,
      met,
    ].join(" | "),
  );
}
// One line per target: met or not, and by how much.
console.log("");
for (const r of rows.filter((x) => x.met !== null)) {
  const ratioTarget = r.targetRatio !== null && r.targetRatio !== undefined;
  const by = ratioTarget ? `${format(r.ratio, 2)}×` : `${format(r.figure)} ${r.unit}`;
  console.log(`${r.met ? "met    " : "NOT MET"} ${r.name}: ${by} (target ${targetOf(r)})`);
}
process.exit(failed ? 1 : 0);
