import { create } from "zustand";
import {
  type ArgsOf,
  type Call,
  type Checked,
  type Commit,
  call,
  commit,
  commitEach,
  EMPTY_HISTORY,
  FROM_FACILITATOR,
  type Intent,
  nextRedo,
  nextUndo,
  type OperationName,
  type Outcome,
  record,
  redone,
  type UndoHistory,
  undone,
  type ValueOf,
} from "../../shared/contract";
import { withVisibleText } from "../../shared/contract/typed-text";
import type { Problem } from "../../shared/workshop/result";
import { describeCharacter } from "../../shared/workshop/text";

export interface WorkshopState {
  /** The open workshop; only commit() and openDocument() make these. */
  workshop: Checked | null;
  history: UndoHistory;
  /** Why the last change was refused, until dismissed or the next change succeeds. */
  refusal: Problem[] | null;
  /** What was taken out of typed or pasted text (invisible control characters), until dismissed. */
  notice: string | null;
}

const initial: WorkshopState = { workshop: null, history: EMPTY_HISTORY, refusal: null, notice: null };

/**
 * The open workshop. Nothing in here decides anything: every change is a
 * shared/ operation passed to commit(), which applies every rule; the store
 * keeps the result, and the undo history records it as the intent says.
 */
export const useWorkshopStore = create<WorkshopState>()(() => initial);

/** Runs one change through the contract and keeps the result; returns it, refusal included. */
export function change<K extends OperationName>(operation: Call<K>, intent: Intent): Commit<ValueOf<K>> {
  const { workshop, history } = useWorkshopStore.getState();
  if (!workshop) {
    return { ok: false, name: operation.name, problems: [{ path: "$", message: "No workshop is open." }] };
  }
  const typed = withVisibleText(operation);
  const result = commit(workshop, typed.call, intent);
  if (result.ok && typed.removed.length > 0) useWorkshopStore.setState({ notice: removedNotice(typed.removed) });
  if (!result.ok) {
    // A phone's refusal is said on that phone; the facilitator's screen is not the place for it.
    if (intent.origin !== "room") useWorkshopStore.setState({ refusal: result.problems });
    return result;
  }
  // Nothing changed (starting a running timer, say): no one needs telling, unless a refusal was on screen.
  if (!result.changed) {
    if (useWorkshopStore.getState().refusal !== null) useWorkshopStore.setState({ refusal: null });
    return result;
  }
  const next = record(history, result.before, result.document, result.history, Date.now());
  useWorkshopStore.setState({ workshop: result.document, history: next, refusal: null });
  return result;
}

/**
 * The room's changes that arrived together, through the contract in one go
 * (commitEach): one store update, one write, one new frame, however many
 * phones voted in the same moment. Refusals are the phones' to hear.
 */
export function changeFromRoom(calls: readonly Call[]): Outcome[] {
  const { workshop, history } = useWorkshopStore.getState();
  if (!workshop)
    return calls.map((c) => ({ ok: false, name: c.name, problems: [{ path: "$", message: "No workshop is open." }] }));
  const batch = commitEach(
    workshop,
    calls.map((c) => withVisibleText(c).call),
    { origin: "room" },
  );
  if (batch.document !== workshop) {
    const next = record(history, batch.before, batch.document, batch.history, Date.now());
    useWorkshopStore.setState({ workshop: batch.document, history: next });
  }
  return batch.outcomes;
}

function removedNotice(removed: readonly string[]): string {
  const names = [...new Set(removed)].map(describeCharacter).join(", ");
  return `Took out ${names} from what was typed or pasted: invisible characters like these make text read differently than it is stored, in a PDF or a file name.`;
}

export function dismissNotice(): void {
  useWorkshopStore.setState({ notice: null });
}

/** The facilitator's edit: `edit("renameStage", stageId, name)`. */
export function edit<K extends OperationName>(name: K, ...args: ArgsOf<K>): Commit<ValueOf<K>> {
  return change(call(name, ...args), FROM_FACILITATOR);
}

function replay(changes: ReturnType<typeof nextUndo>, after: (h: UndoHistory) => UndoHistory) {
  const { history } = useWorkshopStore.getState();
  if (changes === null) return false;
  const result = change(call("restoreChanges", changes), FROM_FACILITATOR);
  if (!result.ok) return false;
  useWorkshopStore.setState({ history: after(history) });
  return true;
}

/** Undo plays the last step back through the contract, so a locked version refuses it like any edit. */
export function undo(): boolean {
  return replay(nextUndo(useWorkshopStore.getState().history), undone);
}

export function redo(): boolean {
  return replay(nextRedo(useWorkshopStore.getState().history), redone);
}

export function openWorkshop(workshop: Checked): void {
  useWorkshopStore.setState({ workshop, history: EMPTY_HISTORY, refusal: null });
}

/**
 * The open workshop as another window left it (joined with this one's own
 * changes): not an edit of this window's, so no undo step; this window's
 * earlier steps still undo, since they name what they changed by id.
 */
export function adoptWorkshop(workshop: Checked): void {
  const { workshop: open } = useWorkshopStore.getState();
  if (open?.id === workshop.id) useWorkshopStore.setState({ workshop });
}

export function closeWorkshop(): void {
  useWorkshopStore.setState(initial);
}

export function dismissRefusal(): void {
  useWorkshopStore.setState({ refusal: null });
}

/** For tests: a fresh store, as if the app had just started. */
export function resetWorkshopStore(): void {
  useWorkshopStore.setState(initial);
}
