import { reopenChangedRules } from "../workshop/crm-agreement";
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
  // A signature seals history whoever made it: nothing before it may be undone from under it.
  if (entry.history === "seal") return { kind: "seal" };
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
  const [made, value] = isProduced(result.value)
    ? [result.value.workshop, result.value.value]
    : [result.value, undefined];
  const next = reopenChangedRules(document, made);
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

/** One change's outcome in a batch: what it made, or why it was refused; the document is the batch's. */
export type Outcome<T = unknown> = { ok: true; value: T; name: OperationName; changed: boolean } | Refused;

export interface Batch {
  document: Checked;
  before: Checked;
  outcomes: Outcome[];
  /** The strongest of the changes' history rules: a seal if any sealed, else none, since batches come from the room. */
  history: HistoryIntent;
}

/**
 * Many changes from the room at once (a room of phones voting together),
 * each run in turn as commit() runs it, every rule the document must keep
 * checked once on the result instead of once per change: the same outcome
 * as committing them one by one, at the cost of one check. Should the
 * result break a rule, or a signature be among them (the lock then applies
 * to what follows it), they are committed one by one after all, so each
 * refusal falls on the change that caused it.
 */
export function commitEach(document: Checked, calls: readonly Call[], intent: Intent): Batch {
  if (!isChecked(document)) throw new Error("commitEach: the document did not come through the contract");
  let current: Workshop = document;
  const outcomes: Outcome[] = [];
  let sealed = false;
  for (const one of calls) {
    const entry = OPERATIONS[one.name] as OperationEntry;
    if (!entry) throw new Error(`commitEach: there is no operation "${String(one.name)}"`);
    if (intent.origin === "room" && !entry.room) {
      outcomes.push({
        ok: false,
        name: one.name,
        problems: [{ path: "$", message: `The room cannot ${one.name}: only the facilitator can.` }],
      });
      continue;
    }
    const result = entry.run(current, ...one.args);
    if (!result.ok) {
      outcomes.push({ ok: false, name: one.name, problems: capProblems(result.problems) });
      continue;
    }
    const [made, value] = isProduced(result.value)
      ? [result.value.workshop, result.value.value]
      : [result.value, undefined];
    const next = reopenChangedRules(current, made);
    outcomes.push({ ok: true, value, name: one.name, changed: next !== current });
    if (next !== current && resolveHistory(entry, one, intent).kind === "seal") sealed = true;
    current = next;
  }
  const history: HistoryIntent = sealed ? { kind: "seal" } : { kind: "none" };
  if (current === document) return { document, before: document, outcomes, history };
  // After a signature, the lock is checked against the signed document, not the one the batch began with.
  if (!sealed && checkInvariants(document, current).length === 0) {
    return { document: markChecked(current), before: document, outcomes, history };
  }
  let checked = document;
  sealed = false;
  const oneByOne = calls.map((one): Outcome => {
    const result = commit(checked, one, intent);
    if (!result.ok) return result;
    if (result.history.kind === "seal") sealed = true;
    checked = result.document;
    return { ok: true, value: result.value, name: result.name, changed: result.changed };
  });
  return {
    document: checked,
    before: document,
    outcomes: oneByOne,
    history: sealed ? { kind: "seal" } : { kind: "none" },
  };
}
