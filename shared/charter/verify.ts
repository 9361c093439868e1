import { childPath } from "../workshop/json-path";
import type { Problem } from "../workshop/result";
import { contentHash } from "./canonical";

export interface Verification {
  intact: boolean;
  /** Where the file first disagrees with its own hash, when it is not intact. */
  firstMismatch?: Problem;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Recomputes the hash of `charter` exactly as it is in the file (unknown
 * fields included: they are signed too) and compares it with the file's own
 * claim, then each signature's. Also refuses a "signed" status that the
 * signatures do not bear out, since editing that one word is the cheapest
 * forgery. Works on any parsed JSON; it never throws.
 */
export async function verifyCharterFile(value: unknown): Promise<Verification> {
  const mismatch = (path: string, message: string): Verification => ({
    intact: false,
    firstMismatch: { path, message },
  });
  if (!isObject(value) || !isObject(value.charter))
    return mismatch("$.charter", "is missing, so there is nothing to verify");
  const signOff = value.signOff;
  if (!isObject(signOff)) return mismatch("$.signOff", "is missing, so the file claims no hash to verify");

  let actual: string;
  try {
    actual = contentHash(value.charter);
  } catch {
    return mismatch("$.charter", "holds text that cannot be hashed (a broken character)");
  }
  const claimed = signOff.contentHash;
  if (claimed !== actual) {
    const shown = typeof claimed === "string" ? claimed : "no hash";
    return mismatch(
      "$.signOff.contentHash",
      `is ${shown}, but the charter's content hashes to ${actual}: the charter was changed after it was exported`,
    );
  }
  const signatures = Array.isArray(signOff.signatures) ? signOff.signatures : [];
  for (const [i, s] of signatures.entries()) {
    const signed = isObject(s) ? s.contentHash : undefined;
    if (signed !== actual) {
      const who = isObject(s) && typeof s.name === "string" ? `${s.name}'s signature` : "this signature";
      return mismatch(
        childPath(`$.signOff.signatures[${i}]`, "contentHash"),
        `is ${typeof signed === "string" ? signed : "missing"}: ${who} approves other content than this charter (${actual})`,
      );
    }
  }
  const { unsigned, signatories } = signatoryState(value.charter, signatures);
  if (signOff.status === "signed" && unsigned.length > 0) {
    return mismatch("$.signOff.status", `is "signed", but ${unsigned.join(", ")} has not signed this content`);
  }
  // With nobody named to sign, the contract's rule reads "signed" (vacuously); "draft" is accepted as well.
  if (signOff.status === "draft" && unsigned.length === 0 && signatories > 0) {
    return mismatch("$.signOff.status", `is "draft", but every signatory has signed this content`);
  }
  return { intact: true };
}

function signatoryState(charter: Record<string, unknown>, signatures: unknown[]) {
  const participants = Array.isArray(charter.participants) ? charter.participants.filter(isObject) : [];
  const signatories = participants.filter((p) => p.signatory === true);
  const signedBy = new Set(signatures.filter(isObject).map((s) => s.participantId));
  const unsigned = signatories
    .filter((p) => !signedBy.has(p.id))
    .map((p) => (typeof p.name === "string" && p.name !== "" ? p.name : String(p.id)));
  return { unsigned, signatories: signatories.length };
}
