import { z } from "zod";
import { CHARTER_FORMAT } from "../files/kinds";
import { lazily } from "../workshop/lazily";
import {
  CLOCK_TIME,
  CRM_OBJECTS,
  CRM_RULE_TOPICS,
  FORECAST_CATEGORIES,
  isPng,
  LIMITS,
  OUTCOME_TYPES,
  REASON_KINDS,
  SLA_UNITS,
  TERM_STATUSES,
  TIME_ZONE_NAME,
  textUpTo,
  WEEKDAYS,
} from "../workshop/model";

export { CHARTER_FORMAT };

/**
 * The charter file, format 1, as Accord reads and writes it. The public
 * contract is /docs/charter-format.md and schema/accord-charter-1.schema.json;
 * a test keeps this schema and that one in agreement. On top of the contract,
 * these schemas hold Accord's own import limits (lengths, counts), so an
 * imported charter always fits in a workshop. Shapes that look like the
 * workshop model's (owner, SLA) are declared again on purpose: format 1 is a
 * promise to other tools and must not move when the internal model does.
 */
export const CHARTER_FORMAT_VERSION = 1;
/**
 * Formats 1.1 to 1.4 add optional fields only (a 1.0 reader ignores
 * them), and say so in `formatMinor` (1, 2, 3, 4); a file without it is 1.0. 1.1 added
 * outcome types, the SLA calendar and CRM value meanings; 1.2 the CRM set-up
 * (stage mappings, follow-ups, reason codes, qualification); 1.3 an open
 * item's due date; 1.4 where the room stands on each CRM rule. See
 * docs/charter-format.md.
 */
export const CHARTER_FORMAT_MINOR = 4;

export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * Every limit of the format, stated once: the schema below enforces them,
 * schema/accord-charter-1.schema.json and docs/charter-format.md state the
 * same figures (a test holds all three together). Lengths count characters
 * (code points). They are the workshop's own limits, so any charter valid
 * here opens as a workshop.
 */
export const CHARTER_LIMITS = {
  idLength: LIMITS.idLength,
  shortText: LIMITS.shortText,
  text: LIMITS.text,
  teams: LIMITS.teams,
  teamDefinitions: LIMITS.teams.max,
  participants: LIMITS.participants,
  stages: LIMITS.stages,
  criteria: LIMITS.criteria,
  transitions: LIMITS.transitions,
  terms: LIMITS.terms,
  kpis: LIMITS.kpis,
  feedbackLoop: LIMITS.feedbackLoop,
  decisions: LIMITS.decisions,
  openItems: LIMITS.parkingLot,
  signatures: LIMITS.signatures,
  signatureImage: LIMITS.signatureImage,
  slaWithin: LIMITS.slaWithin,
  reasonCodes: LIMITS.reasonCodes,
  profileItems: LIMITS.profileItems,
  followUpAttempts: LIMITS.followUpAttempts,
  followUpDays: LIMITS.followUpDays,
  scoreThreshold: LIMITS.scoreThreshold,
  revisitAfterDays: LIMITS.revisitAfterDays,
} as const;
const L = CHARTER_LIMITS;

const id = textUpTo(L.idLength).refine((s) => s.length > 0, "must not be empty");
const text = textUpTo(L.text);
const shortText = textUpTo(L.shortText);
const time = z.iso.datetime({ offset: true });
const hash = z.string().regex(HASH_PATTERN, "must be a hash like sha256:<64 lowercase hex digits>");

// Each exported schema is built the first time it is read (see lazily.ts): the app starts without them.
export const CharterOwnerSchema = lazily(() => z.object({ teamId: id.nullable(), role: shortText }));

/** Format 1.1: what a CRM value sets, and whether the CRM already has it (value) or must be given it (null). */
export const CharterHubspotValueSchema = lazily(() =>
  z.object({
    object: z.literal("contacts"),
    field: z.literal("lifecyclestage"),
    value: shortText.nullable(),
    label: shortText,
  }),
);
export const CharterSalesforceValueSchema = lazily(() =>
  z.object({
    object: z.literal("Lead"),
    field: z.literal("Status"),
    value: shortText.nullable(),
    label: shortText,
  }),
);
export const CharterCrmValueSchema = lazily(() => z.union([CharterHubspotValueSchema, CharterSalesforceValueSchema]));

/** Format 1.1: the working calendar of business-hours and business-days SLAs. */
export const CharterSlaCalendarSchema = lazily(() =>
  z.object({
    timeZone: z.string().regex(TIME_ZONE_NAME, "must be a time zone like Europe/Warsaw or UTC"),
    workingDays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
    hours: z.object({
      start: z.string().regex(CLOCK_TIME, "must be a time like 09:00"),
      end: z.string().regex(CLOCK_TIME, "must be a time like 17:00"),
    }),
  }),
);

/** Format 1.2: a stage's CRM mapping (see StageCrmSetupSchema in the workshop model for what each field means). */
export const CharterStageCrmSetupSchema = lazily(() =>
  z.object({
    object: z.enum(CRM_OBJECTS),
    apiName: shortText,
    hubspotLeadStatus: shortText.nullable(),
    converted: z.boolean(),
    isDefault: z.boolean(),
    probability: z.number().int().min(0).max(100).nullable(),
    forecastCategory: z.enum(FORECAST_CATEGORIES).nullable(),
    closed: z.boolean(),
    won: z.boolean(),
  }),
);

/** Format 1.2: what follows a handoff. */
export const CharterFollowUpSchema = lazily(() =>
  z.object({
    attempts: z.number().int().min(1).max(L.followUpAttempts),
    overDays: z.number().int().min(1).max(L.followUpDays),
    escalateTo: shortText,
  }),
);

/** Format 1.2: reason codes and qualification, or null when the room agreed none. */
export const CharterCrmRulesSchema = lazily(() =>
  z.object({
    reasonCodes: z
      .array(
        z.object({
          id,
          kind: z.enum(REASON_KINDS),
          label: shortText,
          apiName: shortText,
          description: text,
          revisitAfterDays: z.number().int().min(1).max(L.revisitAfterDays).nullable(),
        }),
      )
      .max(L.reasonCodes),
    qualification: z.object({
      idealCustomerProfile: text,
      exclusions: z.array(shortText).max(L.profileItems),
      buyingRoles: z.array(shortText).max(L.profileItems),
      fitThreshold: z.number().int().min(0).max(L.scoreThreshold).nullable(),
      engagementThreshold: z.number().int().min(0).max(L.scoreThreshold).nullable(),
      handRaise: text,
    }),
  }),
);

/** Format 1.4: where the room stands on one CRM rule; agreedAt is set exactly when it is agreed. */
export const CharterRuleAgreementSchema = lazily(() =>
  z.object({ status: z.enum(TERM_STATUSES), agreedAt: time.nullable() }),
);

/** Format 1.4: each CRM rule's status, all four always stated (a rule that holds nothing stays "open"). */
export const CharterCrmAgreementSchema = lazily(() =>
  z.object(
    Object.fromEntries(CRM_RULE_TOPICS.map((topic) => [topic, CharterRuleAgreementSchema])) as Record<
      (typeof CRM_RULE_TOPICS)[number],
      typeof CharterRuleAgreementSchema
    >,
  ),
);

export const CharterStageSchema = lazily(() =>
  z.object({
    id,
    name: shortText,
    kind: z.enum(["stage", "outcome"]),
    /** Format 1.1: how an outcome ends the journey; null on an ordinary stage. */
    outcome: z.enum(OUTCOME_TYPES).nullable().optional(),
    buyerLabel: shortText.nullable(),
    definition: text,
    entryCriteria: z.array(text).max(L.criteria),
    exitCriteria: z.array(text).max(L.criteria),
    owner: CharterOwnerSchema,
    crm: z.object({
      hubspotLifecycleStage: shortText.nullable(),
      salesforceLeadStatus: shortText.nullable(),
      /** Format 1.1: what each value means; null when the value is. */
      hubspot: CharterHubspotValueSchema.nullable().optional(),
      salesforce: CharterSalesforceValueSchema.nullable().optional(),
      /** Format 1.2: the structured mapping; null when the room has not mapped the stage. */
      setup: CharterStageCrmSetupSchema.nullable().optional(),
    }),
  }),
);

export const CharterSlaSchema = lazily(() =>
  z.object({
    within: z.number().positive().max(L.slaWithin),
    unit: z.enum(SLA_UNITS),
  }),
);

export const CharterTransitionSchema = lazily(() =>
  z.object({
    id,
    from: id,
    to: id,
    handoff: z.boolean(),
    trigger: text,
    owner: CharterOwnerSchema,
    sla: CharterSlaSchema.nullable(),
    onReject: text.nullable(),
    /** Format 1.2: null when no follow-up was agreed. */
    followUp: CharterFollowUpSchema.nullable().optional(),
  }),
);

export const CharterTermSchema = lazily(() =>
  z.object({
    id,
    term: shortText,
    stageId: id.nullable(),
    definition: text,
    status: z.enum(TERM_STATUSES),
    teamDefinitions: z.array(z.object({ teamId: id, text })).max(L.teamDefinitions),
    agreedAt: time.nullable(),
  }),
);

export const CharterSchema = lazily(() =>
  z.object({
    id,
    title: shortText,
    organization: shortText,
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    previousVersionHash: hash.nullable(),
    workshopDate: z.iso.date(),
    facilitator: z.object({ name: shortText }),
    /** Format 1.1: the calendar business-hours and business-days count in; null when the room set none. */
    slaCalendar: CharterSlaCalendarSchema.nullable().optional(),
    /** Format 1.2: reason codes and qualification; null when the room agreed none. */
    crmRules: CharterCrmRulesSchema.nullable().optional(),
    /** Format 1.4: where the room stands on each CRM rule (stage mapping, follow-ups, qualification, reason codes). */
    crmAgreement: CharterCrmAgreementSchema.optional(),
    teams: z
      .array(z.object({ id, name: shortText }))
      .min(L.teams.min)
      .max(L.teams.max),
    participants: z
      .array(z.object({ id, name: shortText, role: shortText, teamId: id, signatory: z.boolean() }))
      .max(L.participants),
    stages: z.array(CharterStageSchema).max(L.stages),
    transitions: z.array(CharterTransitionSchema).max(L.transitions),
    terms: z.array(CharterTermSchema).max(L.terms),
    kpis: z
      .array(
        z.object({
          id,
          name: shortText,
          definition: text,
          formula: text.nullable(),
          target: shortText.nullable(),
          ownerTeamId: id.nullable(),
        }),
      )
      .max(L.kpis),
    feedbackLoop: z
      .array(z.object({ id, fromTeamId: id, toTeamId: id, what: text, cadence: shortText }))
      .max(L.feedbackLoop),
    decisions: z.array(z.object({ id, text, at: time, termId: id.nullable() })).max(L.decisions),
    openItems: z
      .array(
        z.object({
          id,
          text,
          owner: shortText.nullable(),
          /** Format 1.3: the date the owner answers by; null when none was agreed. */
          due: z.iso.date().nullable().optional(),
        }),
      )
      .max(L.openItems),
  }),
);

export const CharterSignatureSchema = lazily(() =>
  z.object({
    participantId: id,
    name: shortText,
    role: shortText,
    teamId: id,
    signedAt: time,
    method: z.enum(["typed", "drawn"]),
    /** A drawn signature as a PNG data URL of at most CHARTER_LIMITS.signatureImage characters. */
    image: z.string().max(L.signatureImage).superRefine(isPng).nullable(),
    contentHash: hash,
    /** Where it was signed: a phone in the room ("iPhone, Safari"); absent or null on the facilitator's computer. */
    device: shortText.nullable().optional(),
  }),
);

export const CharterSignOffSchema = lazily(() =>
  z.object({
    contentHash: hash,
    status: z.enum(["draft", "signed"]),
    signatures: z.array(CharterSignatureSchema).max(L.signatures),
  }),
);

/** base64url without padding (RFC 4648 §5), of exactly so many bytes. */
const base64url = (bytes: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`),
      `must be ${bytes} bytes in base64url without padding (${Math.ceil((bytes * 4) / 3)} characters of A–Z, a–z, 0–9, - and _)`,
    );

/**
 * The Accord installation's seal over the charter and its sign-off together:
 * an Ed25519 signature (RFC 8032) by the key whose raw 32 bytes are
 * publicKey, fingerprinted as sha256 of those bytes. See docs/charter-format.md.
 */
export const SealSchema = lazily(() =>
  z.object({
    algorithm: z.literal("Ed25519"),
    publicKey: base64url(32),
    keyFingerprint: hash,
    signature: base64url(64),
  }),
);

export const LayoutSchema = lazily(() =>
  z.object({
    stages: z.record(id, z.object({ x: z.number(), y: z.number() })),
  }),
);

export const CharterFileSchema = lazily(() =>
  z.object({
    format: z.literal(CHARTER_FORMAT),
    formatVersion: z.literal(CHARTER_FORMAT_VERSION),
    /** Absent in format 1.0 files; 1 in 1.1 … 4 in 1.4. A higher one is read as 1.4 with fields this reader ignores. */
    formatMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    generator: shortText,
    exportedAt: time,
    charter: CharterSchema,
    signOff: CharterSignOffSchema,
    layout: LayoutSchema,
    /** Optional: files from before seals, and files the CLI writes, have none. */
    seal: SealSchema.optional(),
  }),
);

export type Charter = z.infer<typeof CharterSchema>;
export type CharterStage = z.infer<typeof CharterStageSchema>;
export type CharterTerm = z.infer<typeof CharterTermSchema>;
export type CharterOwner = z.infer<typeof CharterOwnerSchema>;
export type CharterSla = z.infer<typeof CharterSlaSchema>;
export type CharterSignature = z.infer<typeof CharterSignatureSchema>;
export type CharterSignOff = z.infer<typeof CharterSignOffSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type CharterFile = z.infer<typeof CharterFileSchema>;
export type Seal = z.infer<typeof SealSchema>;
export type CharterCrmValue = z.infer<typeof CharterCrmValueSchema>;
export type CharterSlaCalendar = z.infer<typeof CharterSlaCalendarSchema>;
export type CharterStageCrmSetup = z.infer<typeof CharterStageCrmSetupSchema>;
export type CharterFollowUp = z.infer<typeof CharterFollowUpSchema>;
export type CharterCrmRules = z.infer<typeof CharterCrmRulesSchema>;
export type CharterCrmAgreement = z.infer<typeof CharterCrmAgreementSchema>;
