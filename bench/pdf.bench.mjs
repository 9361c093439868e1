// The charter PDF of a large workshop (40 stages, 80 terms), rendered in Node
// as the CLI does; the browser builds the same document with the same engine.
import { tsImport } from "tsx/esm/api";
import { median, row } from "./stats.mjs";

const RUNS = 5;

export default async function () {
  const load = (path) => tsImport(path, import.meta.url);
  const [{ renderCharterPdf }, { nodeFonts }, { buildCharterFile }, { aRealisticWorkshop }] = await Promise.all([
    load("../shared/pdf/render.ts"),
    load("../cli/fonts.ts"),
    load("../shared/charter/build.ts"),
    load("../test/charter/realistic-workshop.ts"),
  ]);
  const built = await buildCharterFile(aRealisticWorkshop({ stages: 40, terms: 80 }), {
    appVersion: "bench",
    exportedAt: "2026-11-22T16:00:00Z",
  });
  if (!built.ok) throw new Error(built.problems[0]?.message);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await renderCharterPdf(built.value, nodeFonts);
    times.push(performance.now() - t0);
  }
  return [
    row({ name: "charter PDF, 40 stages and 80 terms (Node)", figure: median(times) / 1000, unit: "s", target: 1.5 }),
  ];
}
