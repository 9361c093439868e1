import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(".");
const BIOME = join(ROOT, "node_modules/@biomejs/biome/bin/biome");

/**
 * Lints probe files, each placed where the rule applies, against the
 * project's own lint configuration (copied beside them, so nothing is
 * written into the source tree). Returns the rules each probe broke.
 */
function lintProbes(probes: Record<string, string>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), "accord-lint-"));
  try {
    const config = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8"));
    delete config.$schema;
    writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
    for (const [path, text] of Object.entries(probes)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    let output = "";
    try {
      output = execFileSync(process.execPath, [BIOME, "lint", "--reporter=json", "--max-diagnostics=200", "."], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? "");
    }
    const report = JSON.parse(output) as { diagnostics: { category: string; location: { path: string } }[] };
    const broken: Record<string, string[]> = Object.fromEntries(Object.keys(probes).map((p) => [p, []]));
    for (const d of report.diagnostics) {
      const path = typeof d.location.path === "string" ? d.location.path : "";
      const key = Object.keys(probes).find((p) => path.endsWith(p));
      if (key) broken[key]?.push(d.category.replace("lint/style/", ""));
    }
    return broken;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("boundaries that the lint enforces", () => {
  it("refuses DOM and Node globals and UI, storage and host imports in shared/, PDF drawing outside shared/pdf, renderer/ in cli/ and electron/ in renderer/", () => {
    const broken = lintProbes({
      "shared/workshop/dom.ts": "export const width = window.innerWidth + document.title.length;\n",
      "shared/workshop/node.ts":
        'import { readFileSync } from "node:fs";\nexport const home = process.env.HOME ?? readFileSync;\n',
      "shared/workshop/storage.ts": "export const db = indexedDB;\n",
      "shared/workshop/ui.ts":
        'import { create } from "zustand";\nimport Dexie from "dexie";\nexport const x = [create, Dexie];\n',
      "shared/charter/pdf.ts": 'import { Document } from "@react-pdf/renderer";\nexport const d = Document;\n',
      "shared/pdf/page.tsx":
        'import { Document } from "@react-pdf/renderer";\nimport { createElement } from "react";\nexport const d = createElement(Document);\n',
      "shared/pdf/dom.ts": "export const w = window;\n",
      "cli/ui.ts": 'import { App } from "../renderer/App";\nexport const a = App;\n',
      "renderer/app/host.ts": 'import { menuTemplate } from "../../electron/menu";\nexport const m = menuTemplate;\n',
      "renderer/app/fine.ts": 'import { PHASES } from "../../shared/session/phase-list";\nexport const p = PHASES;\n',
    });
    expect(broken).toEqual({
      "shared/workshop/dom.ts": ["noRestrictedGlobals", "noRestrictedGlobals"],
      "shared/workshop/node.ts": ["noRestrictedImports", "noRestrictedGlobals"],
      "shared/workshop/storage.ts": ["noRestrictedGlobals"],
      "shared/workshop/ui.ts": ["noRestrictedImports", "noRestrictedImports"],
      "shared/charter/pdf.ts": ["noRestrictedImports"],
      "shared/pdf/page.tsx": [],
      "shared/pdf/dom.ts": ["noRestrictedGlobals"],
      "cli/ui.ts": ["noRestrictedImports"],
      "renderer/app/host.ts": ["noRestrictedImports"],
      "renderer/app/fine.ts": [],
    });
  });
});

/** Every module of shared/ and the modules it imports (type-only imports do not count: they leave no code). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(path, "utf8");
        const deps = [...text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?from\s+"(\.[^"]+)"/gm)].flatMap(
          ([, spec]) => {
            const target = join(dirname(path), spec as string);
            const file = [".ts", ".tsx", "/index.ts"]
              .map((ext) => target + ext)
              .find((f) => {
                try {
                  return statSync(f).isFile();
                } catch {
                  return false;
                }
              });
            return file ? [relative(ROOT, file)] : [];
          },
        );
        graph.set(relative(ROOT, path), deps);
      }
    }
  };
  walk(join(ROOT, dir));
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    if (path.includes(node)) {
      found.push([...path.slice(path.indexOf(node)), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

describe("shared/ has layers, not a knot", () => {
  it("has no import cycle between its modules", () => {
    expect(cycles(importGraph("shared"))).toEqual([]);
  });

  it("has no import cycle between its folders (workshop, journey, charter, signoff, contract, …)", () => {
    const folders = new Map<string, string[]>();
    for (const [file, deps] of importGraph("shared")) {
      const folder = file.split("/")[1] ?? "";
      const others = deps.map((d) => d.split("/")[1] ?? "").filter((f) => f !== folder);
      folders.set(folder, [...new Set([...(folders.get(folder) ?? []), ...others])]);
    }
    expect(cycles(folders)).toEqual([]);
  });
});
