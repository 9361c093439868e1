import path from "node:path";
import { findElectronBinary, platformExecutable } from "../../scripts/electron-binary.mjs";

const projectDir = path.resolve("/work/accord");
const electronPackage = path.join(projectDir, "node_modules", "electron");

function machine(files: Record<string, string>, env: Record<string, string | undefined> = {}, platform = "linux") {
  return {
    projectDir,
    env,
    platform,
    exists: (file: string) => file in files,
    readText: (file: string) => files[file] ?? null,
  };
}

describe("finding Electron without downloading it", () => {
  it("finds nothing where npm installed the package but the binary was never fetched", () => {
    const result = findElectronBinary(machine({ [path.join(electronPackage, "package.json")]: "{}" }));
    expect(result).toEqual({ found: false, reason: "the Electron binary was never downloaded" });
  });

  it("finds the binary the package downloaded", () => {
    const binary = path.join(electronPackage, "dist", "electron");
    const result = findElectronBinary(
      machine({
        [path.join(electronPackage, "package.json")]: "{}",
        [path.join(electronPackage, "path.txt")]: "electron",
        [binary]: "",
      }),
    );
    expect(result).toEqual({ found: true, binary });
  });

  it("finds nothing when path.txt points at a binary that was deleted", () => {
    const result = findElectronBinary(
      machine({
        [path.join(electronPackage, "package.json")]: "{}",
        [path.join(electronPackage, "path.txt")]: "electron",
      }),
    );
    expect(result.found).toBe(false);
  });

  it("prefers ELECTRON_OVERRIDE_DIST_PATH, as the electron package does", () => {
    const binary = path.join("/opt/electron", "electron");
    const result = findElectronBinary(machine({ [binary]: "" }, { ELECTRON_OVERRIDE_DIST_PATH: "/opt/electron" }));
    expect(result).toEqual({ found: true, binary });
  });

  it("uses the platform's executable name inside an override folder", () => {
    const binary = path.join("/Apps/e", "Electron.app/Contents/MacOS/Electron");
    const result = findElectronBinary(machine({ [binary]: "" }, { ELECTRON_OVERRIDE_DIST_PATH: "/Apps/e" }, "darwin"));
    expect(result).toEqual({ found: true, binary });
  });

  it("says so when the override folder holds no Electron", () => {
    const result = findElectronBinary(machine({}, { ELECTRON_OVERRIDE_DIST_PATH: "/nowhere" }));
    expect(result.found).toBe(false);
  });

  it("finds nothing when the electron package is missing altogether", () => {
    expect(findElectronBinary(machine({}))).toEqual({ found: false, reason: "the electron package is not installed" });
  });

  it("knows each platform's executable", () => {
    expect(platformExecutable("win32")).toBe("electron.exe");
    expect(platformExecutable("linux")).toBe("electron");
    expect(platformExecutable("darwin")).toBe("Electron.app/Contents/MacOS/Electron");
  });
});
