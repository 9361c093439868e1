// The charter PDF of a large workshop (40 stages, 80 terms), rendered in Node
// as the CLI does; the browser builds the same document with the same engine.
import { tsImport } from "tsx/esm/api";
import { median, row } from "./stats.mjs";

const RUNS = 5;
/** Issue 17: the charter within 2× a plain-text PDF of as many pages, in the same engine. */
const TARGET_RATIO = 2;

/** Every string in the charter file, in order: its words without their layout. */
function wordsOf(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) wordsOf(v, out);
  return out;
}

export default async function () {
  // As the CLI runs it (cli/accord.mjs) and the app ships it: React's production build.
  process.env.NODE_ENV ??= "production";
  const load = (path) => tsImport(path, import.meta.url);
  const [{ renderCharterPdf }, { nodeFonts }, { buildCharterFile }, { aRealisticWorkshop }, plain] = await Promise.all([
    load("../shared/pdf/render.ts"),
    load("../cli/fonts.ts"),
    load("../shared/charter/build.ts"),
    load("../test/charter/realistic-workshop.ts"),
    load("./plain-pdf.ts"),
  ]);
  const built = await buildCharterFile(aRealisticWorkshop({ stages: 40, terms: 80 }), {
    appVersion: "bench",
    exportedAt: "2026-11-22T16:00:00Z",
  });
  if (!built.ok) throw new Error(built.problems[0]?.message);
  const times = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const bytes = await renderCharterPdf(built.value, nodeFonts);
    times.push(performance.now() - t0);
    pages = plain.pageCount(bytes);
  }
  const text = wordsOf(built.value)
    .filter((s) => !/^(sha256:|data:)/.test(s))
    .join(" ");
  const plainTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const bytes = await plain.renderPlainPdf(pages, text, nodeFonts);
    plainTimes.push(performance.now() - t0);
    if (plain.pageCount(bytes) !== pages)
      throw new Error(`the plain PDF has ${plain.pageCount(bytes)} pages, not ${pages}`);
  }
  return [
    row({
      name: `charter PDF, 40 stages and 80 terms, ${pages} pages (Node; reference: plain text on as many pages)`,
      figure: median(times),
      unit: "ms",
      reference: median(plainTimes),
      targetRatio: TARGET_RATIO,
    }),
  ];
}
