import { z } from "zod";
import { LIMITS, VoteValueSchema } from "../workshop/model";

/**
 * What a phone in the room may say, and nothing else. Every message is read
 * against this before anything acts on it: a phone is a stranger's device
 * on the room's network, so each field has a type and a bound.
 */
const id = z.string().min(1).max(LIMITS.idLength);

/**
 * A signature drawn on a phone's 600×180 pad is a PNG of some tens of KB;
 * this leaves it ample room while keeping one message far below what the
 * workshop would accept from a file.
 */
export const PHONE_SIGNATURE_MAX = 300_000;

/** A team's wording typed on a phone: a paragraph or several, not a document. */
export const PROPOSAL_MAX = 5000;

export const FromPhoneSchema = z.discriminatedUnion("type", [
  /**
   * Who the person is: a participant picked from the list; or, when the
   * facilitator allows it, no one in particular (participantId null) in a team.
   */
  z.strictObject({ type: z.literal("join"), participantId: id.nullable(), teamId: id.nullable() }),
  /**
   * A vote in the check on screen. In an anonymous room a phone changing its
   * vote names the vote it cast (`replaces`, which only that phone knows),
   * since nothing else in the room keeps which vote was whose.
   */
  z.strictObject({ type: z.literal("vote"), termId: id, value: VoteValueSchema, replaces: id.nullable() }),
  z.strictObject({ type: z.literal("propose"), termId: id, text: z.string().trim().min(1).max(PROPOSAL_MAX) }),
  z.strictObject({ type: z.literal("park"), text: z.string().trim().min(1).max(LIMITS.shortText) }),
  /** A signatory signs the version on screen: the name typed, a drawn signature or none, and the hash shown. */
  z.strictObject({
    type: z.literal("sign"),
    name: z.string().trim().min(1).max(LIMITS.shortText),
    image: z.string().max(PHONE_SIGNATURE_MAX).nullable(),
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  }),
]);

export type FromPhone = z.infer<typeof FromPhoneSchema>;

/**
 * The largest message a phone may send: a proposal at its limit written in
 * any script, or a drawn signature, with room to spare.
 */
export const PHONE_MESSAGE_MAX_BYTES = Math.max(4 * PROPOSAL_MAX, PHONE_SIGNATURE_MAX) + 1024;

export type PhoneReading = { ok: true; message: FromPhone } | { ok: false; problem: string };

/** A phone's message, read; what is wrong with it is said in one sentence the phone can show. */
export function readPhoneMessage(raw: string): PhoneReading {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: "The message is not JSON." };
  }
  const parsed = FromPhoneSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, problem: `The message cannot be read${where}: ${issue?.message ?? "unknown shape"}.` };
}
