import { parseBackup, serializeBackup } from "../../shared/backup/backup";
import { createWorkshop } from "../../shared/workshop/create";
import { LIMITS, type Stage, type Term, type Workshop } from "../../shared/workshop/model";
import { loadQuickCheck } from "../../shared/workshop/shape";

/**
 * A big but legal workshop of about `targetBytes`: stages, each with a term
 * full of long team definitions; past the stage limit, the texts grow instead.
 */
function bigWorkshop(targetBytes: number): Workshop {
  const w = createWorkshop({ title: "Bench" });
  const [a, b] = w.teams.map((t) => t.id) as [string, string];
  const stages: Stage[] = [];
  const terms: Term[] = [];
  const prose = "Downloaded the pricing guide, came back twice in a week and replied to the nurture email. ";
  const count = Math.min(LIMITS.stages, Math.ceil(targetBytes / 6000));
  const repeat = Math.max(14, Math.ceil(targetBytes / count / (2.6 * prose.length)));
  let bytes = 0;
  for (let i = 0; bytes < targetBytes && i < count; i++) {
    const stage: Stage = {
      id: `s${i}`,
      name: `Stage ${i}`,
      kind: "stage",
      outcome: null,
      buyerLabel: null,
      owner: { teamId: a, role: "SDR" },
      crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
      position: { x: i * 10, y: 0 },
    };
    const term: Term = {
      id: `t${i}`,
      term: `Stage ${i}`,
      stageId: `s${i}`,
      status: "discussing",
      teamDefinitions: { [a]: prose.repeat(repeat), [b]: prose.repeat(repeat) },
      teamSignals: { [a]: ["Form fill"], [b]: ["Budget"] },
      agreed: { definition: prose.repeat(4), entryCriteria: [prose], exitCriteria: [prose] },
      agreedAt: null,
      consensus: { method: "fist-of-five", votes: [], override: null },
    };
    stages.push(stage);
    terms.push(term);
    bytes += JSON.stringify(stage).length + JSON.stringify(term).length;
  }
  return { ...w, stages, terms };
}

declare global {
  interface Window {
    benchImport: (runs: number, megabytes: number) => { bytes: number; parse: number[]; importTimes: number[] };
  }
}

// In the app it loads once the home screen is up, long before anyone picks a file; here the page waits for it.
await loadQuickCheck();

window.benchImport = (runs, megabytes) => {
  const text = serializeBackup(bigWorkshop(megabytes * 1024 * 1024), {
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
