import { signedCharter } from "../charter/build";
import { contentHash } from "../charter/canonical";
import { everyoneSigned } from "../charter/signed";
import { CRM_RULE_TOPICS, type Workshop } from "../workshop/model";
import type { Problem } from "../workshop/result";

/**
 * The content hash of a document as it stands. Documents are never changed
 * in place, so each is hashed at most once however many screens ask.
 */
const hashes = new WeakMap<Workshop, string>();

export function currentHash(w: Workshop): string {
  let hash = hashes.get(w);
  if (hash === undefined) {
    hash = contentHash(signedCharter(w));
    hashes.set(w, hash);
  }
  return hash;
}

const signatoryIds = (w: Workshop) => w.participants.filter((p) => p.signatory).map((p) => p.id);

/** Who has signed the content as it is now; a signature on an earlier draft does not count. */
export function signedNow(w: Workshop): Set<string> {
  if (w.signOff.signatures.length === 0) return new Set();
  const hash = currentHash(w);
  return new Set(w.signOff.signatures.filter((s) => s.contentHash === hash).map((s) => s.participantId));
}

/**
 * Locked: someone is named to sign and every signatory signed the content as
 * it is now. The hash is only taken once every signatory has some signature,
 * so ordinary editing never pays for it.
 */
export function isLocked(w: Workshop): boolean {
  const ids = signatoryIds(w);
  const withSignature = new Set(w.signOff.signatures.map((s) => s.participantId));
  if (!everyoneSigned(ids, withSignature)) return false;
  return everyoneSigned(ids, signedNow(w));
}

/** The sentence every refused change to a locked version ends with: how to change it after all. */
export function lockedMessage(version: number): string {
  return `Version ${version} is signed and locked: to change it, start version ${version + 1} on the Sign off screen.`;
}

/**
 * The lock, as the write contract applies it to every change: while a
 * version is signed by everyone, nothing that is signed (the content, the
 * signatures) may change; what is not signed (a node's position, the timer)
 * still may, and so may starting the next version.
 */
export function lockProblem(before: Workshop, after: Workshop): Problem | null {
  if (after === before || after.signOff.version > before.signOff.version || !isLocked(before)) return null;
  const same =
    after.signOff.signatures === before.signOff.signatures &&
    sameStanding(before, after) &&
    currentHash(after) === currentHash(before);
  return same ? null : { path: "$.signOff", message: lockedMessage(before.signOff.version) };
}

/**
 * Where the room stands on each CRM rule was signed with the version, even
 * one written before format 1.4 put it in the charter (and so in the hash).
 */
function sameStanding(before: Workshop, after: Workshop): boolean {
  if (after.crmAgreement === before.crmAgreement) return true;
  return CRM_RULE_TOPICS.every(
    (topic) =>
      after.crmAgreement[topic].status === before.crmAgreement[topic].status &&
      after.crmAgreement[topic].agreedAt === before.crmAgreement[topic].agreedAt,
  );
}
