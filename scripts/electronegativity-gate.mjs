// npm run scan:electron — electronegativity over electron/ and the renderer's
// HTML entry page, failing on any HIGH or MEDIUM finding. The scanner itself
// exits 0 whatever it finds, so the gate reads the severities from its CSV.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { blockingFindings, formatFindings, readFindings } from "./electronegativity-findings.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const page = path.join(root, "renderer", "index.html");

if (!existsSync(page)) {
  console.error("scan:electron: renderer/index.html is missing; the scan needs the page and its CSP.");
  process.exit(1);
}

// Global checks (CSP, navigation limits, permission handler) look across the
// whole scanned folder, so main, preload and the page are scanned together.
const work = mkdtempSync(path.join(tmpdir(), "accord-scan-"));
try {
  const scan = path.join(work, "app");
  for (const entry of readdirSync(path.join(root, "electron"))) {
    if (entry.endsWith(".ts")) cpSync(path.join(root, "electron", entry), path.join(scan, "electron", entry));
  }
  cpSync(page, path.join(scan, "renderer", "index.html"));
  // Without the Electron version the scanner assumes 0.1.0 and judges every
  // default by that release.
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  writeFileSync(
    path.join(scan, "package.json"),
    JSON.stringify({
      name: pkg.name,
      version: pkg.version,
      devDependencies: { electron: pkg.devDependencies.electron },
    }),
  );

  const report = path.join(work, "report.csv");
  const scanner = path.join(root, "node_modules", "@doyensec", "electronegativity", "dist", "index.js");
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      path.join(root, "scripts", "electronegativity-fixes.cjs"),
      scanner,
      "-i",
      scan,
      "-x",
      "AvailableSecurityFixesGlobalCheck",
      "-o",
      report,
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0 || !existsSync(report)) {
    const reason = (run.stderr || run.stdout || "")
      .trim()
      .split("\n")
      .find((line) => /error/i.test(line));
    console.error(`scan:electron: electronegativity did not run${reason ? ` (${reason.trim()})` : ""}.`);
    process.exit(2);
  }

  let findings;
  try {
    findings = readFindings(readFileSync(report, "utf8"));
  } catch (error) {
    console.error(`scan:electron: the scanner's report is unreadable (${error.message}).`);
    process.exit(2);
  }
  const label = (file) => path.relative(scan, file) || file;
  if (findings.length > 0) console.log(formatFindings(findings, label));
  const blocking = blockingFindings(findings);
  console.log(
    blocking.length === 0
      ? `scan:electron: passed (${findings.length} finding(s), none HIGH or MEDIUM).`
      : `scan:electron: FAILED: ${blocking.length} HIGH or MEDIUM finding(s).`,
  );
  process.exitCode = blocking.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
