import { parseBackup, serializeBackup } from "../../shared/backup/backup";
import { createWorkshop } from "../../shared/workshop/create";
import type { Stage, Term, Workshop } from "../../shared/workshop/model";

/** A big but legal workshop: many stages, each with a term full of long team definitions. */
function bigWorkshop(targetBytes: number): Workshop {
  const w = createWorkshop({ title: "Bench" });
  const [a, b] = w.teams.map((t) => t.id) as [string, string];
  const stages: Stage[] = [];
  const terms: Term[] = [];
  const prose = "Downloaded the pricing guide, came back twice in a week and replied to the nurture email. ";
  for (let i = 0; JSON.stringify({ stages, terms }).length < targetBytes && i < 2000; i++) {
    stages.push({
      id: `s${i}`,
      name: `Stage ${i}`,
      kind: "stage",
      outcome: null,
      buyerLabel: null,
      owner: { teamId: a, role: "SDR" },
      crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
      position: { x: i * 10, y: 0 },
    });
    terms.push({
      id: `t${i}`,
      term: `Stage ${i}`,
      stageId: `s${i}`,
      status: "discussing",
      teamDefinitions: { [a]: prose.repeat(14), [b]: prose.repeat(14) },
      teamSignals: { [a]: ["Form fill"], [b]: ["Budget"] },
      agreed: { definition: prose.repeat(4), entryCriteria: [prose], exitCriteria: [prose] },
      agreedAt: null,
      consensus: { method: "fist-of-five", votes: [], override: null },
    });
  }
  return { ...w, stages, terms };
}

declare global {
  interface Window {
    benchImport: (runs: number) => { bytes: number; parse: number[]; importTimes: number[] };
  }
}

window.benchImport = (runs) => {
  const text = serializeBackup(bigWorkshop(5 * 1024 * 1024), {
    appVersion: "bench",
    exportedAt: "2026-11-23T10:00:00Z",
  });
  const parse: number[] = [];
  const importTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    JSON.parse(text);
    parse.push(performance.now() - t0);
    t0 = performance.now();
    const result = parseBackup(text, { fileName: "bench.json" });
    importTimes.push(performance.now() - t0);
    if (!result.ok) throw new Error(`the bench backup did not validate: ${result.problems[0]?.message}`);
  }
  return { bytes: new TextEncoder().encode(text).length, parse, importTimes };
};
