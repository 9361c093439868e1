// The charter PDF of a large workshop (40 stages, 80 terms), rendered in Node
// as the CLI does; the browser builds the same document with the same engine.
import { tsImport } from "tsx/esm/api";
import { median, row } from "./stats.mjs";

const RUNS = 5;
/** Renders of each before the counted ones: the engine's code is compiled over the first few. */
const WARM_UP = 2;
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
  const text = wordsOf(built.value)
    .filter((s) => !/^(sha256:|data:)/.test(s))
    .join(" ");
  const charter = () => renderCharterPdf(built.value, nodeFonts);
  // Renders of each first, not counted: the first load the fonts and compile the engine, for both.
  const pages = plain.pageCount(await charter());
  const reference = () => plain.renderPlainPdf(pages, text, nodeFonts);
  if (plain.pageCount(await reference()) !== pages) throw new Error(`the plain PDF does not have ${pages} pages`);
  for (let i = 1; i < WARM_UP; i++) {
    await charter();
    await reference();
  }
  // Taken in turns, so a slow moment of the machine falls on both alike.
  const times = [];
  const plainTimes = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [render, into] of [
      [charter, times],
      [reference, plainTimes],
    ]) {
      const t0 = performance.now();
      await render();
      into.push(performance.now() - t0);
    }
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
