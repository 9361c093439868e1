/**
 * The write contract: every change to a workshop, from any screen, the undo
 * stack, the home screen, an import or the room, is commit(document, call,
 * intent); every document read from storage or a file is openDocument(raw).
 */
export { type Checked, isChecked } from "./checked";
export { type Batch, type Commit, type Committed, commit, commitEach, type Outcome, type Refused } from "./commit";
export {
  COALESCE_MS,
  EMPTY_HISTORY,
  nextRedo,
  nextUndo,
  record,
  redone,
  type UndoHistory,
  undone,
} from "./history";
export { FROM_FACILITATOR, type HistoryIntent, type Intent, ORIGINS, type Origin } from "./intent";
export { joinWindows } from "./join";
export { openDocument } from "./open";
export {
  type ArgsOf,
  type Call,
  call,
  OPERATIONS,
  type OperationName,
  type ValueOf,
} from "./operations";
