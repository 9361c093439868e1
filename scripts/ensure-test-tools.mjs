// Browser tests need Debian's Chromium, the PDF checks poppler-utils, the CRM pack's checks libxml2-utils.
// On a fresh machine, install them when we may (root or passwordless sudo);
// otherwise say in one line exactly what to run. Never a stack trace.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const TOOLS = [
  { package: "chromium", binary: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  { package: "poppler-utils", binary: "/usr/bin/pdftoppm" },
  // The CRM pack's Salesforce files are checked against the Metadata API's schema with xmllint.
  { package: "libxml2-utils", binary: "/usr/bin/xmllint" },
];

const missing = TOOLS.filter((t) => !existsSync(t.binary)).map((t) => t.package);
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y ${missing.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const canSudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
if (!isRoot && !canSudo) {
  console.error(
    `The tests need ${missing.join(" and ")}: run "sudo apt-get update && sudo ${command}", then npm test again.`,
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(" and ")} for the tests (${command})…`);
const run = (args) =>
  execFileSync(isRoot ? args[0] : "sudo", isRoot ? args.slice(1) : args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
try {
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", ...missing]);
} catch {
  console.error(
    `Installing ${missing.join(" and ")} failed: run "apt-get update && ${command}" by hand, then npm test again.`,
  );
  process.exit(1);
}
