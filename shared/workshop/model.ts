import { z } from "zod";

/**
 * The workshop document: one plain, serialisable object. Everything derivable
 * (readiness, diffs, hashes, progress) is computed, never stored here.
 *
 * Bump SCHEMA_VERSION only together with a migration in ./migrations.ts.
 */
export const SCHEMA_VERSION = 1;

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;

const id = z.string().min(1, "must not be empty").max(200);
const text = z.string().max(100_000);
const shortText = z.string().max(500);
const time = z.iso.datetime({ offset: true });
/** YYYY-MM-DD, or "" while the facilitator has not picked a date. */
const dateOrEmpty = z.union([z.iso.date(), z.literal("")]);

export const TeamSchema = z.object({
  id,
  name: shortText,
  /** A CSS hex colour (#rrggbb). */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f77b4"),
});

export const ParticipantSchema = z.object({
  id,
  name: shortText,
  role: shortText,
  teamId: id,
  signatory: z.boolean(),
});

export const OwnerSchema = z.object({
  teamId: id.nullable(),
  role: shortText,
});

export const SLA_UNITS = ["minutes", "hours", "business-hours", "days", "business-days"] as const;
export const SlaSchema = z.object({
  within: z.number().positive().max(100_000),
  unit: z.enum(SLA_UNITS),
});

export const STAGE_KINDS = ["stage", "outcome"] as const;
export const OUTCOME_TYPES = ["won", "lost", "disqualified", "recycled"] as const;

export const StageSchema = z.object({
  id,
  name: shortText,
  kind: z.enum(STAGE_KINDS),
  /** For outcome nodes: which ending this is; null for ordinary stages. */
  outcome: z.enum(OUTCOME_TYPES).nullable(),
  buyerLabel: shortText.nullable(),
  owner: OwnerSchema,
  crm: z.object({
    hubspotLifecycleStage: shortText.nullable(),
    salesforceLeadStatus: shortText.nullable(),
  }),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
});

export const TransitionSchema = z.object({
  id,
  from: id,
  to: id,
  handoff: z.boolean(),
  trigger: text,
  owner: OwnerSchema,
  sla: SlaSchema.nullable(),
  onReject: text.nullable(),
});

export const TERM_STATUSES = ["open", "discussing", "agreed", "parked"] as const;
export const CONSENSUS_METHODS = ["fist-of-five", "agree-disagree-block"] as const;
export const VoteValueSchema = z.union([z.number().int().min(0).max(5), z.enum(["agree", "disagree", "block"])]);

export const VoteSchema = z.object({ id, teamId: id, value: VoteValueSchema });

export const TermSchema = z.object({
  id,
  term: shortText,
  /** The stage this term names, or null for a free term ("lead", "intent"). */
  stageId: id.nullable(),
  status: z.enum(TERM_STATUSES),
  /** Each team's definition, word for word, keyed by team id. */
  teamDefinitions: z.record(id, text),
  /** Which buyer signals each team counts for this term, keyed by team id. */
  teamSignals: z.record(id, z.array(shortText).max(200)),
  agreed: z.object({
    definition: text,
    entryCriteria: z.array(text).max(200),
    exitCriteria: z.array(text).max(200),
  }),
  agreedAt: time.nullable(),
  consensus: z.object({
    method: z.enum(CONSENSUS_METHODS),
    votes: z.array(VoteSchema).max(1000),
    override: z.object({ reason: text, at: time }).nullable(),
  }),
});

export const KpiSchema = z.object({
  id,
  name: shortText,
  definition: text,
  formula: text.nullable(),
  target: shortText.nullable(),
  ownerTeamId: id.nullable(),
});

export const FeedbackSchema = z.object({
  id,
  fromTeamId: id,
  toTeamId: id,
  what: text,
  cadence: shortText,
});

export const DECISION_KINDS = ["agreed", "override", "parked", "note"] as const;
export const DecisionSchema = z.object({
  id,
  kind: z.enum(DECISION_KINDS),
  text,
  at: time,
  termId: id.nullable(),
});

export const ParkingLotItemSchema = z.object({ id, text, owner: shortText.nullable() });

export const SignatureSchema = z.object({
  id,
  participantId: id,
  name: shortText,
  signedAt: time,
  method: z.enum(["typed", "drawn"]),
  /** PNG data URL of a drawn signature. */
  image: z.string().max(2_000_000).startsWith("data:image/png;base64,").nullable(),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

export const SignOffSchema = z.object({
  /** Stable across versions: the charter's id. */
  charterId: id,
  version: z.number().int().min(1),
  previousVersionHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .nullable(),
  signatures: z.array(SignatureSchema).max(1000),
  /** Earlier signed versions, kept whole so they stay viewable and exportable. */
  history: z.array(z.object({ version: z.number().int().min(1), contentHash: z.string(), charter: z.unknown() })),
});

export const TimerSchema = z.object({
  durationSeconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600),
  /** While running: when it was started, and what remained then. */
  startedAt: time.nullable(),
  remainingSeconds: z
    .number()
    .min(0)
    .max(24 * 3600),
});

export const DetailsSchema = z.object({
  title: shortText,
  organization: shortText,
  date: dateOrEmpty,
  facilitator: shortText,
});

export const WorkshopSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  details: DetailsSchema,
  teams: z.array(TeamSchema).min(MIN_TEAMS).max(MAX_TEAMS),
  participants: z.array(ParticipantSchema).max(1000),
  stages: z.array(StageSchema).max(2000),
  transitions: z.array(TransitionSchema).max(10_000),
  terms: z.array(TermSchema).max(5000),
  /** The buyer signals the room can tick per term; editable. */
  signals: z.array(shortText).max(200),
  kpis: z.array(KpiSchema).max(500),
  feedbackLoop: z.array(FeedbackSchema).max(500),
  decisions: z.array(DecisionSchema).max(10_000),
  parkingLot: z.array(ParkingLotItemSchema).max(2000),
  timer: TimerSchema,
  signOff: SignOffSchema,
});

export type Team = z.infer<typeof TeamSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Owner = z.infer<typeof OwnerSchema>;
export type Sla = z.infer<typeof SlaSchema>;
export type SlaUnit = (typeof SLA_UNITS)[number];
export type Stage = z.infer<typeof StageSchema>;
export type StageKind = (typeof STAGE_KINDS)[number];
export type OutcomeType = (typeof OUTCOME_TYPES)[number];
export type Transition = z.infer<typeof TransitionSchema>;
export type TermStatus = (typeof TERM_STATUSES)[number];
export type VoteValue = z.infer<typeof VoteValueSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type Feedback = z.infer<typeof FeedbackSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export type ParkingLotItem = z.infer<typeof ParkingLotItemSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
export type Timer = z.infer<typeof TimerSchema>;
export type Details = z.infer<typeof DetailsSchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;
