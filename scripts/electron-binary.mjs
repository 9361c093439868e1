// Finding the Electron binary without require("electron"): requiring the
// package starts a download when the binary is missing, and no registry
// reachable from some machines serves it.
import path from "node:path";

/** The executable's place inside an Electron dist folder, as electron/install.js lays it out. */
export function platformExecutable(platform) {
  if (platform === "darwin" || platform === "mas") return "Electron.app/Contents/MacOS/Electron";
  if (platform === "win32") return "electron.exe";
  return "electron";
}

/**
 * Where the Electron binary is, or why there is none. Follows electron's own
 * index.js: ELECTRON_OVERRIDE_DIST_PATH first, then path.txt beside the
 * package pointing into its dist/ folder.
 *
 * @param {{ projectDir: string, env: Record<string, string | undefined>, platform: string,
 *   exists: (file: string) => boolean, readText: (file: string) => string | null }} where
 * @returns {{ found: true, binary: string } | { found: false, reason: string }}
 */
export function findElectronBinary({ projectDir, env, platform, exists, readText }) {
  const packageDir = path.join(projectDir, "node_modules", "electron");
  const recorded = readText(path.join(packageDir, "path.txt"))?.trim() || null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, recorded ?? platformExecutable(platform));
    return exists(binary)
      ? { found: true, binary }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${binary}` };
  }
  if (!exists(path.join(packageDir, "package.json"))) {
    return { found: false, reason: "the electron package is not installed" };
  }
  if (recorded === null) return { found: false, reason: "the Electron binary was never downloaded" };
  const binary = path.join(packageDir, "dist", recorded);
  return exists(binary) ? { found: true, binary } : { found: false, reason: `no Electron binary at ${binary}` };
}
