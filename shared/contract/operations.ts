import { setRuleStatus } from "../crm/agree";
import { mapUnmappedStages } from "../crm/suggest";
import { addStageAfter, insertStageOn, removeFromJourney } from "../journey/edit";
import { arrangeJourney } from "../journey/layout";
import { applyTemplate } from "../journey/templates";
import { keepSignedRevision } from "../signoff/revision";
import { recordOpenItems, signCharter, withdrawSignature } from "../signoff/sign";
import { startNewVersion } from "../signoff/versions";
import {
  addAgendaItem,
  moveAgendaItem,
  planHalfDay,
  removeAgendaItem,
  startAgendaClock,
  updateAgendaItem,
} from "../workshop/agenda";
import { setSlaCalendar } from "../workshop/calendar";
import { castVote, clearVotes, overrideConsensus, removeVote, setConsensusMethod } from "../workshop/consensus";
import {
  addReasonCode,
  dropCrmRules,
  removeReasonCode,
  setFollowUp,
  setStageCrmSetup,
  startCrmRules,
  updateQualification,
  updateReasonCode,
} from "../workshop/crm-rules";
import { updateDetails } from "../workshop/details";
import { addDecisionNote, addParkingLotItem, removeParkingLotItem, updateParkingLotItem } from "../workshop/log";
import {
  addFeedback,
  addKpi,
  addKpiFromStarter,
  removeFeedback,
  removeKpi,
  updateFeedback,
  updateKpi,
} from "../workshop/measures";
import type { Workshop } from "../workshop/model";
import { parkedItemToTerm } from "../workshop/parked";
import { addParticipant, addParticipants, removeParticipant, updateParticipant } from "../workshop/participants";
import type { Produced, Result } from "../workshop/result";
import { addSignal, removeSignal, renameSignal } from "../workshop/signals";
import { addStage, moveStages, removeStages, renameStage, updateStage } from "../workshop/stages";
import { addTeam, moveTeam, removeTeam, renameTeam, setTeamColour } from "../workshop/teams";
import {
  addTerm,
  moveTerm,
  recordDefinition,
  removeTerm,
  renameTerm,
  setTermStatus,
  toggleSignal,
  updateAgreement,
} from "../workshop/terms";
import { extendTimer, pauseTimer, resetTimer, restartTimer, startTimer } from "../workshop/timer";
import { connectStages, reconnectTransition, removeTransitions, updateTransition } from "../workshop/transitions";
import { joinChanges, restoreChanges } from "./restore";

// biome-ignore lint/suspicious/noExplicitAny: each operation has its own arguments; Entry keeps them exact.
type Run = (w: Workshop, ...args: any[]) => Result<Workshop> | Result<Produced<unknown>>;

/** The arguments an operation takes after the document. */
export type Tail<R> = R extends (w: Workshop, ...args: infer A) => unknown ? A : never;

/**
 * How the facilitator's undo treats an operation by default:
 * - "step": its own undo step;
 * - a function: typing, coalesced under the key it returns for these arguments;
 * - "none": outside history (the timer: undo goes past it);
 * - "seal": outside history, and the history before it is closed (a
 *   signature approves the content as it stands, so nothing before it can be
 *   undone from under it).
 */
export type HistoryRule<R extends Run> = "step" | "none" | "seal" | ((...args: Tail<R>) => string);

export interface OperationEntry<R extends Run = Run> {
  run: R;
  history: HistoryRule<R>;
  /** Whether a phone in the room may ask for it (see Origin). */
  room: boolean;
}

function entry<R extends Run>(run: R, options: { history?: HistoryRule<R>; room?: boolean } = {}): OperationEntry<R> {
  return { run, history: options.history ?? "step", room: options.room ?? false };
}

/** A patch's fields, nested ones too, so that typing in one field coalesces apart from typing in another. */
function fieldsOf(patch: object, prefix = ""): string[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? fieldsOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const typing =
  (what: string) =>
  (id: string, patch: object): string =>
    `${what}:${id}:${fieldsOf(patch).sort().join(",")}`;

/**
 * Every way the document can change, by name. Adding an operation is one pure
 * function in shared/ and one line here; every writer (the facilitator's
 * screens, undo, the home screen, import, the room) reaches it through
 * commit(), which runs it and then every rule the document must keep.
 */
export const OPERATIONS = {
  updateDetails: entry(updateDetails, { history: (patch) => `details:${fieldsOf(patch).sort().join(",")}` }),
  setSlaCalendar: entry(setSlaCalendar),

  startCrmRules: entry(startCrmRules),
  dropCrmRules: entry(dropCrmRules),
  addReasonCode: entry(addReasonCode),
  updateReasonCode: entry(updateReasonCode, { history: typing("reason") }),
  removeReasonCode: entry(removeReasonCode),
  updateQualification: entry(updateQualification, {
    history: (patch) => `qualification:${fieldsOf(patch).sort().join(",")}`,
  }),
  mapUnmappedStages: entry(mapUnmappedStages),
  setStageCrmSetup: entry(setStageCrmSetup, {
    history: (stageId, patch) => (patch === null ? `crm:${stageId}:clear` : typing("crm")(stageId, patch)),
  }),
  setFollowUp: entry(setFollowUp, {
    history: (transitionId, patch) =>
      patch === null ? `follow-up:${transitionId}:clear` : typing("follow-up")(transitionId, patch),
  }),
  setRuleStatus: entry(setRuleStatus),

  addTeam: entry(addTeam),
  renameTeam: entry(renameTeam, { history: (teamId) => `team:${teamId}:name` }),
  setTeamColour: entry(setTeamColour),
  moveTeam: entry(moveTeam),
  removeTeam: entry(removeTeam),

  addParticipant: entry(addParticipant),
  addParticipants: entry(addParticipants),
  updateParticipant: entry(updateParticipant, { history: typing("participant") }),
  removeParticipant: entry(removeParticipant),

  addStage: entry(addStage),
  addStageAfter: entry(addStageAfter),
  insertStageOn: entry(insertStageOn),
  renameStage: entry(renameStage),
  updateStage: entry(updateStage, { history: typing("stage") }),
  moveStages: entry(moveStages),
  removeStages: entry(removeStages),
  arrangeJourney: entry(arrangeJourney),
  applyTemplate: entry(applyTemplate),
  removeFromJourney: entry(removeFromJourney),

  connectStages: entry(connectStages),
  reconnectTransition: entry(reconnectTransition),
  updateTransition: entry(updateTransition, { history: typing("transition") }),
  removeTransitions: entry(removeTransitions),

  addTerm: entry(addTerm),
  renameTerm: entry(renameTerm),
  moveTerm: entry(moveTerm),
  removeTerm: entry(removeTerm),
  recordDefinition: entry(recordDefinition, { history: (termId, teamId) => `definition:${termId}:${teamId}` }),
  toggleSignal: entry(toggleSignal),
  updateAgreement: entry(updateAgreement, { history: typing("agreement") }),
  setTermStatus: entry(setTermStatus),

  setConsensusMethod: entry(setConsensusMethod),
  castVote: entry(castVote, { room: true }),
  removeVote: entry(removeVote),
  clearVotes: entry(clearVotes),
  overrideConsensus: entry(overrideConsensus),

  addSignal: entry(addSignal),
  renameSignal: entry(renameSignal),
  removeSignal: entry(removeSignal),

  addKpi: entry(addKpi),
  addKpiFromStarter: entry(addKpiFromStarter),
  updateKpi: entry(updateKpi, { history: typing("kpi") }),
  removeKpi: entry(removeKpi),
  addFeedback: entry(addFeedback),
  updateFeedback: entry(updateFeedback, { history: typing("feedback") }),
  removeFeedback: entry(removeFeedback),

  // A phone parks a question, or the reason for its block.
  addParkingLotItem: entry(addParkingLotItem, { room: true }),
  updateParkingLotItem: entry(updateParkingLotItem, { history: typing("parking") }),
  parkedItemToTerm: entry(parkedItemToTerm),
  removeParkingLotItem: entry(removeParkingLotItem),
  addDecisionNote: entry(addDecisionNote),

  startTimer: entry(startTimer, { history: "none" }),
  pauseTimer: entry(pauseTimer, { history: "none" }),
  resetTimer: entry(resetTimer, { history: "none" }),
  restartTimer: entry(restartTimer, { history: "none" }),
  extendTimer: entry(extendTimer, { history: "none" }),

  addAgendaItem: entry(addAgendaItem),
  updateAgendaItem: entry(updateAgendaItem, { history: typing("agenda") }),
  removeAgendaItem: entry(removeAgendaItem),
  moveAgendaItem: entry(moveAgendaItem),
  planHalfDay: entry(planHalfDay),
  // Undoable: restarting or stopping it by mistake must not lose when the session really began.
  startAgendaClock: entry(startAgendaClock),

  recordOpenItems: entry(recordOpenItems),
  // A signatory signs on their own phone, when the facilitator has opened signing.
  signCharter: entry(signCharter, { history: "seal", room: true }),
  withdrawSignature: entry(withdrawSignature, { history: "seal" }),
  startNewVersion: entry(startNewVersion),

  /** Undo and redo: earlier changes played back, through the same rules as any edit. */
  restoreChanges: entry(restoreChanges, { history: "none" }),
  /** Another window saved first: this window's changes, joined onto what it saved. */
  joinChanges: entry(joinChanges, { history: "none" }),
  /** Signatures brought back after a crash: their version keeps the revision they were made in. */
  keepSignedRevision: entry(keepSignedRevision, { history: "none" }),
} satisfies Record<string, OperationEntry>;

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;
export type ArgsOf<K extends OperationName> = Tail<Operations[K]["run"]>;

type Ok<R> = Extract<R, { ok: true }>;
/** What an operation made (a new id), or undefined for one that only changes. */
export type ValueOf<K extends OperationName> =
  Ok<ReturnType<Operations[K]["run"]>>["value"] extends Produced<infer T> ? T : undefined;

/** One operation with its arguments: what a screen, the undo stack or a phone asks the contract to do. */
export type Call<K extends OperationName = OperationName> = { [N in K]: { name: N; args: ArgsOf<N> } }[K];

export function call<K extends OperationName>(name: K, ...args: ArgsOf<K>): Call<K> {
  return { name, args } as Call<K>;
}
