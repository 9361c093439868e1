import { type Term, type Workshop, WorkshopSchema } from "../../shared/workshop/model";
import type { Problem, Result } from "../../shared/workshop/result";
import { addStage } from "../../shared/workshop/stages";
import { aWorkshop, expectOk, expectRefused } from "../builders";

/** Freezes a value all the way down, so an operation that mutates its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Ids handed out in the order given, so a test can name what an operation creates. */
export function idsOf(...ids: string[]): () => string {
  let next = 0;
  return () => {
    const id = ids[next++];
    if (id === undefined) throw new Error(`only ${ids.length} ids were expected`);
    return id;
  };
}

/** Unwraps a success and checks the document still matches the model (returning it as is, to compare identity). */
export function expectValid(result: Result): Workshop {
  const w = expectOk(result);
  WorkshopSchema.parse(w);
  return w;
}

/** Runs an operation on a frozen copy, expects one refusal, and checks the input was left as it was. */
export function expectRefusal(w: Workshop, run: (frozen: Workshop) => Result<unknown>): Problem {
  const before = structuredClone(w);
  const frozen = deepFreeze(structuredClone(w));
  const problems = expectRefused(run(frozen));
  expect(frozen).toEqual(before);
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
}

export const termOf = (w: Workshop, stageId: string): Term | undefined => w.terms.find((t) => t.stageId === stageId);

export const termNamed = (w: Workshop, name: string): Term => {
  const term = w.terms.find((t) => t.term === name);
  if (!term) throw new Error(`no term named ${name}`);
  return term;
};

/**
 * Acme's journey so far: MQL (owned by Marketing) and SAL (owned by Sales),
 * and a Won outcome. Stage ids are "mql", "sal", "won"; their terms
 * "term-mql", "term-sal", "term-won". Frozen, so any mutation throws.
 */
export function aJourney() {
  const base = aWorkshop();
  const [marketing, sales] = base.teams.map((t) => t.id) as [string, string];
  let w = expectOk(addStage(base, { name: "MQL", owner: { teamId: marketing } }, idsOf("mql", "term-mql"))).workshop;
  w = expectOk(
    addStage(w, { name: "SAL", owner: { teamId: sales }, position: { x: 200, y: 0 } }, idsOf("sal", "term-sal")),
  ).workshop;
  w = expectOk(
    addStage(w, { name: "Won", outcome: "won", owner: { teamId: sales } }, idsOf("won", "term-won")),
  ).workshop;
  return { w: deepFreeze(WorkshopSchema.parse(w)), marketing, sales };
}

/**
 * A transition reads forward on the map when it points right within its row,
 * or on to a later row (a long journey wraps like a line of text).
 */
export function readsForward(
  w: Workshop,
  rows: Record<string, number>,
  t: { from: string; to: string },
  minGap = 260,
): boolean {
  const from = w.stages.find((s) => s.id === t.from);
  const to = w.stages.find((s) => s.id === t.to);
  if (!from || !to) return false;
  const [fromRow, toRow] = [rows[from.id] ?? 0, rows[to.id] ?? 0];
  return toRow > fromRow || (toRow === fromRow && to.position.x >= from.position.x + minGap);
}
