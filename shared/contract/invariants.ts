import type { z } from "zod";
import { lockProblem } from "../signoff/lock";
import { issueMessage } from "../workshop/issue-messages";
import { childPath, jsonPath } from "../workshop/json-path";
import {
  AgendaItemSchema,
  DecisionSchema,
  DetailsSchema,
  FeedbackSchema,
  KpiSchema,
  LIMITS,
  type EntityList as ListKey,
  ParkingLotItemSchema,
  ParticipantSchema,
  SignOffSchema,
  StageSchema,
  TeamSchema,
  TermSchema,
  TimerSchema,
  TransitionSchema,
  type Workshop,
  WorkshopSchema,
} from "../workshop/model";
import { checkChangedReferences } from "../workshop/references";
import type { Problem } from "../workshop/result";

interface ListRule {
  item: z.ZodType;
  min: number;
  max: number;
  what: string;
}

/** The schema's rules for each part, so a change is checked where it happened and nowhere else. */
const LISTS: Record<ListKey, ListRule> = {
  teams: { item: TeamSchema, min: LIMITS.teams.min, max: LIMITS.teams.max, what: "teams" },
  participants: { item: ParticipantSchema, min: 0, max: LIMITS.participants, what: "participants" },
  stages: { item: StageSchema, min: 0, max: LIMITS.stages, what: "stages" },
  transitions: { item: TransitionSchema, min: 0, max: LIMITS.transitions, what: "transitions" },
  terms: { item: TermSchema, min: 0, max: LIMITS.terms, what: "terms" },
  kpis: { item: KpiSchema, min: 0, max: LIMITS.kpis, what: "measures" },
  feedbackLoop: { item: FeedbackSchema, min: 0, max: LIMITS.feedbackLoop, what: "feedback lines" },
  decisions: { item: DecisionSchema, min: 0, max: LIMITS.decisions, what: "decisions" },
  parkingLot: { item: ParkingLotItemSchema, min: 0, max: LIMITS.parkingLot, what: "parking lot items" },
  agenda: { item: AgendaItemSchema, min: 0, max: LIMITS.agenda, what: "agenda items" },
};

/** Each a step away: reading a part of the workshop's schema builds it, and no screen needs it before an edit. */
const PARTS = {
  details: () => DetailsSchema,
  timer: () => TimerSchema,
  signOff: () => SignOffSchema,
  signals: () => WorkshopSchema.shape.signals,
  agendaStartedAt: () => WorkshopSchema.shape.agendaStartedAt,
  slaCalendar: () => WorkshopSchema.shape.slaCalendar,
  crmRules: () => WorkshopSchema.shape.crmRules,
  crmAgreement: () => WorkshopSchema.shape.crmAgreement,
} satisfies Record<string, () => z.ZodType>;

/** Which rule covers each part of the document; a test holds this to the schema, so no new field goes unchecked. */
export const COVERED_KEYS = ["schemaVersion", "id", ...Object.keys(LISTS), ...Object.keys(PARTS)];

function parse(schema: z.ZodType, value: unknown, root: string): Problem[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path, root), message: issueMessage(issue) }));
}

function checkList(key: ListKey, before: readonly unknown[], after: readonly unknown[]): Problem[] {
  const { item, min, max, what } = LISTS[key];
  const path = `$.${key}`;
  if (!Array.isArray(after)) return [{ path, message: "must be a list" }];
  if (after.length > max) return [{ path, message: `has ${after.length} ${what}; a workshop has at most ${max}` }];
  if (after.length < min) return [{ path, message: `has ${after.length} ${what}; a workshop needs at least ${min}` }];
  let earlier: Set<unknown> | null = null;
  const problems: Problem[] = [];
  for (const [i, value] of after.entries()) {
    if (before[i] === value) continue;
    earlier ??= new Set(before);
    if (!earlier.has(value)) problems.push(...parse(item, value, childPath(path, i)));
  }
  return problems;
}

/**
 * The schema's rules, checked only on the parts a change replaced: a
 * keystroke in one definition checks that one term, not all of them, so the
 * check costs what the change costs. Parts shared with `before` passed when
 * `before` did.
 */
function checkLimits(before: Workshop, after: Workshop): Problem[] {
  const problems: Problem[] = [];
  if (after.id !== before.id) problems.push({ path: "$.id", message: "cannot change: it names this workshop" });
  if (after.schemaVersion !== before.schemaVersion) {
    problems.push({ path: "$.schemaVersion", message: "cannot change by an edit" });
  }
  for (const key of Object.keys(LISTS) as ListKey[]) {
    if (after[key] !== before[key]) problems.push(...checkList(key, before[key], after[key]));
  }
  for (const [key, schema] of Object.entries(PARTS) as [keyof typeof PARTS, () => z.ZodType][]) {
    if (after[key] !== before[key]) problems.push(...parse(schema(), after[key], `$.${key}`));
  }
  return problems;
}

/**
 * Every rule a document must keep through any change, whoever makes it: the
 * schema's limits, references that point at something, and the lock on a
 * version everyone signed.
 */
export function checkInvariants(before: Workshop, after: Workshop): Problem[] {
  const limits = checkLimits(before, after);
  if (limits.length > 0) return limits;
  const references = checkChangedReferences(before, after);
  if (references.length > 0) return references;
  const locked = lockProblem(before, after);
  return locked ? [locked] : [];
}
