import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { row } from "./stats.mjs";

const ASSETS = "dist/renderer/assets";

/** What the renderer loads, and what it splits out to load only on demand. */
export default async function () {
  const scripts = readdirSync(ASSETS).filter((f) => f.endsWith(".js"));
  const html = readFileSync("dist/renderer/index.html", "utf8");
  const kb = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(ASSETS, f))).length, 0) / 1024;
  const entry = scripts.filter((f) => html.includes(f));
  const lazy = scripts.filter((f) => !html.includes(f));
  return [
    row({ name: "renderer bundle loaded at start (gzip)", figure: kb(entry), unit: "KB" }),
    row({ name: "renderer chunks loaded on demand (gzip)", figure: kb(lazy), unit: "KB" }),
  ];
}
