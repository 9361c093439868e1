import { z } from "zod";
import { CHARTER_FORMAT } from "../files/kinds";
import { isPng, SLA_UNITS, TERM_STATUSES } from "../workshop/model";
import { invisibleProblem } from "../workshop/text";

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

export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The workshop's own rule (shared/workshop/text.ts): such a character would read differently in every tool. */
function visible(value: string, ctx: z.RefinementCtx): void {
  const problem = invisibleProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}
const id = z.string().min(1, "must not be empty").max(200).superRefine(visible);
const text = z.string().max(100_000).superRefine(visible);
const shortText = z.string().max(500).superRefine(visible);
const time = z.iso.datetime({ offset: true });
const hash = z.string().regex(HASH_PATTERN, "must be a hash like sha256:<64 lowercase hex digits>");

export const CharterOwnerSchema = z.object({ teamId: id.nullable(), role: shortText });

export const CharterStageSchema = z.object({
  id,
  name: shortText,
  kind: z.enum(["stage", "outcome"]),
  buyerLabel: shortText.nullable(),
  definition: text,
  entryCriteria: z.array(text).max(200),
  exitCriteria: z.array(text).max(200),
  owner: CharterOwnerSchema,
  crm: z.object({ hubspotLifecycleStage: shortText.nullable(), salesforceLeadStatus: shortText.nullable() }),
});

export const CharterSlaSchema = z.object({
  within: z.number().positive().max(100_000),
  unit: z.enum(SLA_UNITS),
});

export const CharterTransitionSchema = z.object({
  id,
  from: id,
  to: id,
  handoff: z.boolean(),
  trigger: text,
  owner: CharterOwnerSchema,
  sla: CharterSlaSchema.nullable(),
  onReject: text.nullable(),
});

export const CharterTermSchema = z.object({
  id,
  term: shortText,
  stageId: id.nullable(),
  definition: text,
  status: z.enum(TERM_STATUSES),
  teamDefinitions: z.array(z.object({ teamId: id, text })).max(6),
  agreedAt: time.nullable(),
});

export const CharterSchema = z.object({
  id,
  title: shortText,
  organization: shortText,
  version: z.number().int().min(1),
  previousVersionHash: hash.nullable(),
  workshopDate: z.iso.date(),
  facilitator: z.object({ name: shortText }),
  teams: z.array(z.object({ id, name: shortText })).max(6),
  participants: z
    .array(z.object({ id, name: shortText, role: shortText, teamId: id, signatory: z.boolean() }))
    .max(1000),
  stages: z.array(CharterStageSchema).max(2000),
  transitions: z.array(CharterTransitionSchema).max(10_000),
  terms: z.array(CharterTermSchema).max(5000),
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
    .max(500),
  feedbackLoop: z.array(z.object({ id, fromTeamId: id, toTeamId: id, what: text, cadence: shortText })).max(500),
  decisions: z.array(z.object({ id, text, at: time, termId: id.nullable() })).max(10_000),
  openItems: z.array(z.object({ id, text, owner: shortText.nullable() })).max(2000),
});

export const CharterSignatureSchema = z.object({
  participantId: id,
  name: shortText,
  role: shortText,
  teamId: id,
  signedAt: time,
  method: z.enum(["typed", "drawn"]),
  /** A drawn signature as a PNG data URL; up to about 1.5 MB of image. */
  image: z.string().max(2_000_000).superRefine(isPng).nullable(),
  contentHash: hash,
  /** Where it was signed: a phone in the room ("iPhone, Safari"); absent or null on the facilitator's computer. */
  device: shortText.nullable().optional(),
});

export const CharterSignOffSchema = z.object({
  contentHash: hash,
  status: z.enum(["draft", "signed"]),
  signatures: z.array(CharterSignatureSchema).max(1000),
});

export const LayoutSchema = z.object({
  stages: z.record(id, z.object({ x: z.number(), y: z.number() })),
});

export const CharterFileSchema = z.object({
  format: z.literal(CHARTER_FORMAT),
  formatVersion: z.literal(CHARTER_FORMAT_VERSION),
  generator: shortText,
  exportedAt: time,
  charter: CharterSchema,
  signOff: CharterSignOffSchema,
  layout: LayoutSchema,
});

export type Charter = z.infer<typeof CharterSchema>;
export type CharterStage = z.infer<typeof CharterStageSchema>;
export type CharterTerm = z.infer<typeof CharterTermSchema>;
export type CharterOwner = z.infer<typeof CharterOwnerSchema>;
export type CharterSla = z.infer<typeof CharterSlaSchema>;
export type CharterSignature = z.infer<typeof CharterSignatureSchema>;
export type CharterSignOff = z.infer<typeof CharterSignOffSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type CharterFile = z.infer<typeof CharterFileSchema>;
