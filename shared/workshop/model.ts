import { z } from "zod";
import { lazily } from "./lazily";
import { pngProblem } from "./png";
import { hasBrokenText, invisibleProblem, mayBeBrokenOrInvisible, withinCharacters } from "./text";

/**
 * The workshop document: one plain, serialisable object. Everything derivable
 * (readiness, diffs, hashes, progress) is computed, never stored here.
 *
 * Bump SCHEMA_VERSION only together with a migration in ./migrations.ts.
 */
export const SCHEMA_VERSION = 8;

/**
 * Every limit a workshop has, declared once: the schema below enforces them
 * on every write (see shared/contract), and operations quote them in their
 * refusals. Generous on purpose: they keep a hostile file from exhausting
 * memory, never a real room from working.
 */
export const LIMITS = {
  idLength: 200,
  shortText: 500,
  text: 100_000,
  teams: { min: 2, max: 6 },
  participants: 1000,
  stages: 2000,
  transitions: 10_000,
  terms: 5000,
  signals: 200,
  criteria: 200,
  votes: 1000,
  kpis: 500,
  feedbackLoop: 500,
  decisions: 10_000,
  parkingLot: 2000,
  signatures: 1000,
  signatureImage: 2_000_000,
  slaWithin: 100_000,
  timerSeconds: 24 * 3600,
  agenda: 200,
  agendaMinutes: 8 * 60,
  reasonCodes: 200,
  profileItems: 200,
  followUpAttempts: 100,
  followUpDays: 365,
  scoreThreshold: 100_000,
  revisitAfterDays: 3650,
} as const;

export const MIN_TEAMS = LIMITS.teams.min;
export const MAX_TEAMS = LIMITS.teams.max;

const wellFormed = (s: string) => !hasBrokenText(s);

/** A drawn signature is checked as the PNG it claims to be, not by its label. */
export function isPng(image: string, ctx: z.RefinementCtx): void {
  const problem = pngProblem(image);
  if (problem)
    ctx.addIssue({
      code: "custom",
      message: `must be a drawn signature as a PNG image, but ${problem.replace(/^is /, "it is ")}`,
    });
}
const BROKEN = "must not hold a broken character (half of a surrogate pair)";
/**
 * A string of at most `max` characters (code points, see characterCount),
 * whole and visible; the invisible character is named where the text is, with
 * where it sits. One check rather than three: a large file holds a few hundred
 * thousand strings, and each check is a step of the validator's own.
 */
const textChecks = (max: number) => {
  const tooLong = `must be at most ${max} characters long`;
  return (text: string, ctx: z.RefinementCtx) => {
    if (!withinCharacters(text, max)) ctx.addIssue({ code: "custom", message: tooLong });
    // Almost every text holds neither a surrogate nor a control character: one scan says so.
    if (!mayBeBrokenOrInvisible(text)) return;
    if (!wellFormed(text)) ctx.addIssue({ code: "custom", message: BROKEN });
    const invisible = invisibleProblem(text);
    if (invisible) ctx.addIssue({ code: "custom", message: invisible });
  };
};

/**
 * How a refinement reads in the JSON Schema the quick check of a whole
 * document is compiled from (shared/workshop/shape.ts): zod's own export
 * leaves refinements out, so each one states what it asks, or where it is
 * checked instead. A JSON Schema maxLength counted in UTF-16 units is never
 * more lenient than `max` characters; whole, visible text is checked over
 * every string of the document at once ("text").
 */
export const refinedAs = (mirror: Record<string, unknown> & { "x-refined": RefinedAs }) => mirror;
export type RefinedAs = "text" | `apart:${string}`;

/** The schemas below give each their mirror last: a zod method makes a new schema, without the old one's meta. */
const checkedText = (max: number) => z.string().superRefine(textChecks(max));
export const textUpTo = (max: number) => checkedText(max).meta(refinedAs({ maxLength: max, "x-refined": "text" }));
const idUpTo = (max: number) => checkedText(max).refine((s) => s.length > 0, "must not be empty");
const id = idUpTo(LIMITS.idLength).meta(refinedAs({ minLength: 1, maxLength: LIMITS.idLength, "x-refined": "text" }));
const text = textUpTo(LIMITS.text);
const shortText = textUpTo(LIMITS.shortText);
const time = z.iso.datetime({ offset: true });
/** YYYY-MM-DD, or "" while the facilitator has not picked a date. */
const dateOrEmpty = z.union([z.iso.date(), z.literal("")]);

// Each exported schema is built the first time it is read (see lazily.ts): the app starts without them.
export const TeamSchema = lazily(() =>
  z.object({
    id,
    name: shortText,
    /** A CSS hex colour (#rrggbb). */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f77b4"),
  }),
);

export const ParticipantSchema = lazily(() =>
  z.object({
    id,
    name: shortText,
    role: shortText,
    teamId: id,
    signatory: z.boolean(),
  }),
);

export const OwnerSchema = lazily(() =>
  z.object({
    teamId: id.nullable(),
    role: shortText,
  }),
);

export const SLA_UNITS = ["minutes", "hours", "business-hours", "days", "business-days"] as const;
export const SlaSchema = lazily(() =>
  z.object({
    within: z.number().positive().max(LIMITS.slaWithin),
    unit: z.enum(SLA_UNITS),
  }),
);

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
/** An IANA time zone's name as written (UTC, Europe/Warsaw, America/Argentina/Salta); the editor also checks it is known. */
export const TIME_ZONE_NAME = /^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;
export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * The working days and hours that "business-hours" and "business-days"
 * SLAs count in, and where. Days are listed once each, in week order; the
 * working day starts before it ends (no night shifts across midnight).
 */
export const SlaCalendarSchema = lazily(() =>
  z
    .object({
      timeZone: z.string().regex(TIME_ZONE_NAME, "must be a time zone like Europe/Warsaw or UTC"),
      workingDays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
      hours: z.object({
        start: z.string().regex(CLOCK_TIME, "must be a time like 09:00"),
        end: z.string().regex(CLOCK_TIME, "must be a time like 17:00"),
      }),
    })
    .superRefine((calendar, ctx) => {
      const places = calendar.workingDays.map((d) => WEEKDAYS.indexOf(d));
      if (places.some((p, i) => i > 0 && p <= (places[i - 1] as number))) {
        ctx.addIssue({ code: "custom", path: ["workingDays"], message: "must name each day once, Monday first" });
      }
      if (calendar.hours.start >= calendar.hours.end) {
        ctx.addIssue({ code: "custom", path: ["hours", "end"], message: "must be later than the start of the day" });
      }
    })
    .meta(refinedAs({ "x-refined": "apart:slaCalendar" })),
);

export const STAGE_KINDS = ["stage", "outcome"] as const;
export const OUTCOME_TYPES = ["won", "lost", "disqualified", "recycled"] as const;

/** Where a stage lives in the CRM: a lead's (or contact's) status, an opportunity's stage, or nowhere. */
export const CRM_OBJECTS = ["lead", "opportunity", "none"] as const;
/** Salesforce's forecast categories (ForecastCategories in the Metadata API); the UI calls Forecast "Commit". */
export const FORECAST_CATEGORIES = ["Omitted", "Pipeline", "BestCase", "MostLikely", "Forecast", "Closed"] as const;

/**
 * The CRM mapping the room agreed for one stage (charter format 1.2). Flat on
 * purpose: switching the object keeps what was typed for the other one, and
 * only the fields of the chosen object are written to the CRM. The labels
 * stay in crm.hubspotLifecycleStage and crm.salesforceLeadStatus (lead) or
 * the stage's name (opportunity); apiName is what the CRMs store, so a label
 * can change later without breaking reports. Checked in full only when the
 * set-up pack is made (shared/crm/checks.ts), so a half-typed mapping saves.
 */
export const StageCrmSetupSchema = lazily(() =>
  z.object({
    object: z.enum(CRM_OBJECTS),
    apiName: shortText,
    hubspotLeadStatus: shortText.nullable(),
    /** Salesforce Lead Status: a lead in this status has been converted; the status new leads get. */
    converted: z.boolean(),
    isDefault: z.boolean(),
    /** Salesforce Opportunity stage and HubSpot deal stage. */
    probability: z.number().int().min(0).max(100).nullable(),
    forecastCategory: z.enum(FORECAST_CATEGORIES).nullable(),
    closed: z.boolean(),
    won: z.boolean(),
  }),
);

export const StageSchema = lazily(() =>
  z.object({
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
      /** Format 1.2: the structured mapping; absent or null until the room maps the stage. */
      setup: StageCrmSetupSchema.nullable().optional(),
    }),
    position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  }),
);

/** What follows a handoff: how many tries over how many days before "unreachable", and who hears of a missed SLA. */
export const FollowUpSchema = lazily(() =>
  z.object({
    attempts: z.number().int().min(1).max(LIMITS.followUpAttempts),
    overDays: z.number().int().min(1).max(LIMITS.followUpDays),
    escalateTo: shortText,
  }),
);

export const TransitionSchema = lazily(() =>
  z.object({
    id,
    from: id,
    to: id,
    handoff: z.boolean(),
    trigger: text,
    owner: OwnerSchema,
    sla: SlaSchema.nullable(),
    onReject: text.nullable(),
    /** Format 1.2: absent or null when the room agreed no follow-up for this handoff. */
    followUp: FollowUpSchema.nullable().optional(),
  }),
);

/** Why a lead leaves the funnel: refused before anyone talks to it, disqualified after, or sent back to nurture. */
export const REASON_KINDS = ["reject", "disqualify", "recycle"] as const;
export const ReasonCodeSchema = lazily(() =>
  z.object({
    id,
    kind: z.enum(REASON_KINDS),
    label: shortText,
    apiName: shortText,
    description: text,
    /** Recycle only: after how many days the lead is looked at again. */
    revisitAfterDays: z.number().int().min(1).max(LIMITS.revisitAfterDays).nullable(),
  }),
);

/** Who the room sells to and when marketing hands a lead over: fit and engagement scored apart, hand-raisers fast. */
export const QualificationSchema = lazily(() =>
  z.object({
    idealCustomerProfile: text,
    exclusions: z.array(shortText).max(LIMITS.profileItems),
    buyingRoles: z.array(shortText).max(LIMITS.profileItems),
    fitThreshold: z.number().int().min(0).max(LIMITS.scoreThreshold).nullable(),
    engagementThreshold: z.number().int().min(0).max(LIMITS.scoreThreshold).nullable(),
    /** The actions that make a lead marketing-qualified at once, whatever its score ("asks for a demo"). */
    handRaise: text,
  }),
);

/** The rules a RevOps engineer configures in the CRM, as the room agreed them (charter format 1.2). */
export const CrmRulesSchema = lazily(() =>
  z.object({
    reasonCodes: z
      .array(ReasonCodeSchema)
      .max(LIMITS.reasonCodes)
      .superRefine((codes, ctx) => {
        const seen = new Set<string>();
        for (const [i, c] of codes.entries()) {
          if (seen.has(c.id))
            ctx.addIssue({ code: "custom", path: [i, "id"], message: "is the id of another reason code" });
          seen.add(c.id);
        }
      })
      .meta(refinedAs({ "x-refined": "apart:reasonCodes" })),
    qualification: QualificationSchema,
  }),
);

export const TERM_STATUSES = ["open", "discussing", "agreed", "parked"] as const;
export const CONSENSUS_METHODS = ["fist-of-five", "agree-disagree-block"] as const;
export const VoteValueSchema = lazily(() =>
  z.union([z.number().int().min(0).max(5), z.enum(["agree", "disagree", "block"])]),
);

export const VoteSchema = lazily(() =>
  z.object({
    id,
    teamId: id,
    /** Who voted, when the person is known (a phone that joined the room); null for a vote keyed in for a team. */
    participantId: id.nullable(),
    value: VoteValueSchema,
  }),
);

/** A consensus check: how the room votes on something it agrees, the votes, and an override given against them. */
export const ConsensusSchema = lazily(() =>
  z.object({
    method: z.enum(CONSENSUS_METHODS),
    votes: z.array(VoteSchema).max(LIMITS.votes),
    override: z.object({ reason: text, at: time }).nullable(),
  }),
);

export const TermSchema = lazily(() =>
  z.object({
    /** Never of the shape of a CRM rule's id (crm-rule:…), which stands where a term's id does in votes and links. */
    id: idUpTo(LIMITS.idLength)
      .refine((s) => !s.startsWith("crm-rule:"), 'must not start with "crm-rule:", which names a CRM rule')
      .meta(
        refinedAs({ minLength: 1, maxLength: LIMITS.idLength, not: { pattern: "^crm-rule:" }, "x-refined": "text" }),
      ),
    term: shortText,
    /** The stage this term names, or null for a free term ("lead", "intent"). */
    stageId: id.nullable(),
    status: z.enum(TERM_STATUSES),
    /** Each team's definition, word for word, keyed by team id. */
    teamDefinitions: z.record(id, text),
    /** Which buyer signals each team counts for this term, keyed by team id. */
    teamSignals: z.record(id, z.array(shortText).max(LIMITS.signals)),
    agreed: z.object({
      definition: text,
      entryCriteria: z.array(text).max(LIMITS.criteria),
      exitCriteria: z.array(text).max(LIMITS.criteria),
    }),
    agreedAt: time.nullable(),
    consensus: ConsensusSchema,
    /**
     * Made on import for a stage the charter gave no term (every stage of a
     * workshop has one); left out of the charter while nobody has touched it,
     * so that the charter is written back as it came (shared/charter/build.ts).
     */
    impliedByStage: z.literal(true).optional(),
  }),
);

/**
 * The CRM rules the room agrees one by one, like terms (schema 8, charter
 * format 1.4): the stage mapping, the follow-ups after handoffs, who
 * qualifies, and the reason codes. Each is only asked for once it holds
 * something (shared/workshop/crm-agreement.ts).
 */
export const CRM_RULE_TOPICS = ["stageMappings", "followUps", "qualification", "reasonCodes"] as const;

/** Where the room stands on one CRM rule: a term's status, time and consensus check, without its words. */
export const RuleAgreementSchema = lazily(() =>
  z.object({
    status: z.enum(TERM_STATUSES),
    agreedAt: time.nullable(),
    /**
     * A digest of the rule as the room agreed it (crm-agreement.ts,
     * ruleDigest), so a rule whose content moved on (another window's edit
     * joined, an undo past it) is known not to be the one agreed; null for a
     * rule agreed before Accord kept one (a signed version's, an imported
     * charter's), taken as agreed as it stands.
     */
    agreedOn: z
      .string()
      .regex(/^[0-9a-f]{16}$/, "must be 16 lowercase hex digits")
      .nullable(),
    consensus: ConsensusSchema,
  }),
);

export const CrmAgreementSchema = lazily(() =>
  z.object({
    stageMappings: RuleAgreementSchema,
    followUps: RuleAgreementSchema,
    qualification: RuleAgreementSchema,
    reasonCodes: RuleAgreementSchema,
  }),
);

export const KpiSchema = lazily(() =>
  z.object({
    id,
    name: shortText,
    definition: text,
    formula: text.nullable(),
    target: shortText.nullable(),
    ownerTeamId: id.nullable(),
  }),
);

export const FeedbackSchema = lazily(() =>
  z.object({
    id,
    fromTeamId: id,
    toTeamId: id,
    what: text,
    cadence: shortText,
  }),
);

export const DECISION_KINDS = ["agreed", "override", "parked", "note"] as const;
export const DecisionSchema = lazily(() =>
  z.object({
    id,
    kind: z.enum(DECISION_KINDS),
    text,
    at: time,
    termId: id.nullable(),
  }),
);

/** What cannot be settled today; with an owner and a date it is an action the charter carries (format 1.3). */
export const ParkingLotItemSchema = lazily(() =>
  z.object({ id, text, owner: shortText.nullable(), due: z.iso.date().nullable() }),
);

export const SignatureSchema = lazily(() =>
  z.object({
    id,
    participantId: id,
    name: shortText,
    signedAt: time,
    method: z.enum(["typed", "drawn"]),
    /** PNG data URL of a drawn signature. */
    image: z
      .string()
      .max(LIMITS.signatureImage)
      .superRefine(isPng)
      .meta(refinedAs({ "x-refined": "apart:signatureImage" }))
      .nullable(),
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    /** Signed on a phone in the room, and which ("iPhone, Safari"); absent or null on the facilitator's computer. */
    device: shortText.nullable().optional(),
  }),
);

export const SignOffSchema = lazily(() =>
  z.object({
    /** Stable across versions: the charter's id. */
    charterId: id,
    version: z.number().int().min(1),
    previousVersionHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .nullable(),
    signatures: z.array(SignatureSchema).max(LIMITS.signatures),
    /**
     * The charter format revision this version is written in: 0 for format
     * 1.0, 1 for 1.1, 2 for 1.2, 3 for 1.3, 4 for 1.4. A version signed in one revision stays in it,
     * so its hash and its signatures hold; the next version is written in the
     * newest (CHARTER_FORMAT_MINOR).
     */
    charterFormatMinor: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    /** Earlier signed versions, kept whole so they stay viewable and exportable. */
    history: z.array(z.object({ version: z.number().int().min(1), contentHash: z.string(), charter: z.unknown() })),
    /**
     * An imported version's `charter` exactly as its file had it, fields this
     * Accord does not know included, so that exporting it again gives the
     * content its signatures approve. Written out only while the workshop
     * still means exactly that (shared/charter/build.ts, signedCharter).
     */
    asWritten: z.unknown().optional(),
  }),
);

export const TimerSchema = lazily(() =>
  z.object({
    durationSeconds: z.number().int().min(1).max(LIMITS.timerSeconds),
    /** While running: when it was started, and what remained then. */
    startedAt: time.nullable(),
    remainingSeconds: z.number().min(0).max(LIMITS.timerSeconds),
  }),
);

/** What an agenda item is about: a phase of the session (one term of it, on Agree), or a break. */
export const AGENDA_PARTS = [
  "setup",
  "journey",
  "definitions",
  "agreement",
  "measures",
  "signoff",
  "export",
  "break",
] as const;

export const AgendaItemSchema = lazily(() =>
  z.object({
    id,
    part: z.enum(AGENDA_PARTS),
    /** On Agree, the one term this time is for; null: the phase as a whole. */
    termId: id.nullable(),
    minutes: z.number().int().min(1).max(LIMITS.agendaMinutes),
  }),
);

export const DetailsSchema = lazily(() =>
  z.object({
    title: shortText,
    organization: shortText,
    date: dateOrEmpty,
    facilitator: shortText,
  }),
);

export const WorkshopSchema = lazily(() =>
  z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    details: DetailsSchema,
    teams: z.array(TeamSchema).min(LIMITS.teams.min).max(LIMITS.teams.max),
    participants: z.array(ParticipantSchema).max(LIMITS.participants),
    stages: z.array(StageSchema).max(LIMITS.stages),
    transitions: z.array(TransitionSchema).max(LIMITS.transitions),
    terms: z.array(TermSchema).max(LIMITS.terms),
    /** The buyer signals the room can tick per term; editable. */
    signals: z.array(shortText).max(LIMITS.signals),
    kpis: z.array(KpiSchema).max(LIMITS.kpis),
    feedbackLoop: z.array(FeedbackSchema).max(LIMITS.feedbackLoop),
    decisions: z.array(DecisionSchema).max(LIMITS.decisions),
    parkingLot: z.array(ParkingLotItemSchema).max(LIMITS.parkingLot),
    timer: TimerSchema,
    /** The time plan for the session, in order. */
    agenda: z.array(AgendaItemSchema).max(LIMITS.agenda),
    /** When the facilitator started the session's clock; the agenda's running over or under counts from it. */
    agendaStartedAt: time.nullable(),
    /** The working calendar business-hours and business-days SLAs count in; null until the room sets one. */
    slaCalendar: SlaCalendarSchema.nullable(),
    /** Reason codes and qualification rules for the CRM; null until the room takes them up (older workshops, imports). */
    crmRules: CrmRulesSchema.nullable(),
    /** Where the room stands on each CRM rule (the mapping and follow-ups included, which live on stages and handoffs). */
    crmAgreement: CrmAgreementSchema,
    signOff: SignOffSchema,
  }),
);

/** The lists of the document whose items have ids: every id is unique across all of them. */
export const ENTITY_LISTS = [
  "teams",
  "participants",
  "stages",
  "transitions",
  "terms",
  "kpis",
  "feedbackLoop",
  "decisions",
  "parkingLot",
  "agenda",
] as const;
export type EntityList = (typeof ENTITY_LISTS)[number];

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
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type AgendaPart = (typeof AGENDA_PARTS)[number];
export type Details = z.infer<typeof DetailsSchema>;
export type SlaCalendar = z.infer<typeof SlaCalendarSchema>;
export type Weekday = (typeof WEEKDAYS)[number];
export type Workshop = z.infer<typeof WorkshopSchema>;
export type CrmObject = (typeof CRM_OBJECTS)[number];
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];
export type StageCrmSetup = z.infer<typeof StageCrmSetupSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type ReasonKind = (typeof REASON_KINDS)[number];
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;
export type Qualification = z.infer<typeof QualificationSchema>;
export type CrmRules = z.infer<typeof CrmRulesSchema>;
export type Consensus = z.infer<typeof ConsensusSchema>;
export type CrmRuleTopic = (typeof CRM_RULE_TOPICS)[number];
export type RuleAgreement = z.infer<typeof RuleAgreementSchema>;
export type CrmAgreement = z.infer<typeof CrmAgreementSchema>;
