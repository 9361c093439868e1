import type { Workshop } from "../workshop/model";
import type { Problem } from "../workshop/result";
import { capProblems } from "../workshop/validate";
import { type Checked, isChecked, markChecked } from "./checked";
import type { HistoryIntent, Intent, Origin } from "./intent";
import { checkInvariants } from "./invariants";
import { type Call, OPERATIONS, type OperationEntry, type OperationName, type ValueOf } from "./operations";

export interface Committed<T = unknown> {
  ok: true;
  /** The document after the change (the same object when nothing changed). */
  document: Checked;
  before: Checked;
  changed: boolean;
  /** What the operation made, such as the new stage's id. */
  value: T;
  name: OperationName;
  origin: Origin;
  /** How history should record this change, resolved from the intent and the operation. */
  history: HistoryIntent;
}

export interface Refused {
  ok: false;
  name: OperationName;
  problems: Problem[];
}

export type Commit<T = unknown> = Committed<T> | Refused;

function resolveHistory(entry: OperationEntry, call: Call, intent: Intent): HistoryIntent {
  if (intent.history) return intent.history;
  if (intent.origin !== "facilitator") return { kind: "none" };
  const rule = entry.history;
  if (typeof rule === "function") return { kind: "coalesce", key: (rule as (...a: unknown[]) => string)(...call.args) };
  return { kind: rule };
}

const isProduced = (value: unknown): value is { workshop: Workshop; value: unknown } =>
  typeof value === "object" && value !== null && "workshop" in value && "value" in value;

/**
 * The one way a document changes. Runs the operation, then every rule the
 * document must keep (see checkInvariants), and returns the next document and
 * what the operation made, or a refusal naming what is wrong and where. The
 * document given is never changed.
 */
export function commit<K extends OperationName>(document: Checked, call: Call<K>, intent: Intent): Commit<ValueOf<K>> {
  // A document that skipped openDocument or commit is a bug in Accord, never the user's doing.
  if (!isChecked(document)) throw new Error(`commit(${call.name}): the document did not come through the contract`);
  const entry = OPERATIONS[call.name] as OperationEntry;
  if (!entry) throw new Error(`commit: there is no operation "${String(call.name)}"`);
  const refused = (problems: Problem[]): Refused => ({ ok: false, name: call.name, problems: capProblems(problems) });
  if (intent.origin === "room" && !entry.room) {
    return refused([{ path: "$", message: `The room cannot ${call.name}: only the facilitator can.` }]);
  }
  const result = entry.run(document, ...call.args);
  if (!result.ok) return refused(result.problems);
  const [next, value] = isProduced(result.value)
    ? [result.value.workshop, result.value.value]
    : [result.value, undefined];
  const base = {
    ok: true as const,
    before: document,
    value: value as ValueOf<K>,
    name: call.name,
    origin: intent.origin,
  };
  const history = resolveHistory(entry, call as Call, intent);
  if (next === document) return { ...base, document, changed: false, history };
  const problems = checkInvariants(document, next);
  if (problems.length > 0) return refused(problems);
  return { ...base, document: markChecked(next), changed: true, history };
}
