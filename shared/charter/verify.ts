import { childPath } from "../workshop/json-path";
import type { Problem } from "../workshop/result";
import { contentHash } from "./canonical";
import { checkSeal } from "./seal";

export interface Verification {
  intact: boolean;
  /** Where the file first disagrees with its own hash, when it is not intact. */
  firstMismatch?: Problem;
  /** A seal is present and verifies (see ./seal.ts); false for a file without one. */
  sealed: boolean;
  /** The fingerprint of the sealing key, when sealed. */
  key: string | null;
  /** Why the file's seal could not be checked here (no Ed25519): the hash holds, the seal is unknown. */
  sealUnchecked?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The one meaning of "intact" (docs/charter-format.md, "Intact"): the hash
 * of `charter` exactly as it is in the file (unknown fields included: they
 * are signed too) equals the file's own claim and each signature's; the
 * status says what the signatures bear out (editing that one word is the
 * cheapest forgery); and a seal, when there is one, verifies. Works on any
 * parsed JSON; it never throws.
 */
export async function verifyCharterFile(value: unknown): Promise<Verification> {
  const mismatch = (path: string, message: string): Verification => ({
    intact: false,
    firstMismatch: { path, message },
    sealed: false,
    key: null,
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
  const seal = await checkSeal(value);
  if (seal.problem) return mismatch(seal.problem.path, seal.problem.message);
  // The content matches its hash and its signatures; only the seal is unknown, and that is said, not hidden.
  if (seal.unchecked) return { intact: true, sealed: false, key: null, sealUnchecked: seal.unchecked };
  return { intact: true, sealed: seal.sealed, key: seal.key };
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
