import { buildCharter, buildLayout, buildSignOff, exportProblem } from "../charter/build";
import { knownContentHash } from "../charter/canonical";
import type { Charter, CharterSignOff, Layout } from "../charter/format";
import { type ReadinessItem, signOffBlockers } from "../charter/readiness";
import { checkLength, checkTime, firstProblem, problem, SHORT_TEXT_MAX } from "./checks";
import { newId } from "./ids";
import type { Participant, Signature, Workshop } from "./model";
import { ok, type Result, refuse } from "./result";

export interface Signing {
  participantId: string;
  /** The name as the person typed it. */
  name: string;
  method: "typed" | "drawn";
  /** The drawn signature as a PNG data URL, or null for a typed one. */
  image: string | null;
  at: string;
  /** The content hash shown to the person, which they approve by signing. */
  contentHash: string;
}

/** An earlier, fully signed version as kept in signOff.history[].charter: enough to show and export it again. */
export interface SignedVersion {
  charter: Charter;
  signOff: CharterSignOff;
  layout: Layout;
}

const IMAGE_PREFIX = "data:image/png;base64,";
const IMAGE_MAX = 2_000_000;

const signatories = (w: Workshop) => w.participants.filter((p) => p.signatory);
const signatureOf = (w: Workshop, participantId: string) =>
  w.signOff.signatures.find((s) => s.participantId === participantId);

/**
 * Locked: someone is named to sign and every signatory has signed the same
 * content (the current content, when its hash is given). The check needs no
 * hash because a locked version cannot change (see keepSignedVersion), so
 * the store can consult it synchronously on every edit.
 */
export function isLocked(w: Workshop, currentHash?: string): boolean {
  const people = signatories(w);
  if (people.length === 0) return false;
  const hashes = new Set(people.map((p) => signatureOf(w, p.id)?.contentHash ?? null));
  if (hashes.size !== 1 || hashes.has(null)) return false;
  return currentHash === undefined || hashes.has(currentHash);
}

export interface SignatoryStatus {
  participant: Participant;
  signature: Signature | null;
  /** Signed, but an earlier draft: the content changed since, so they must sign again. */
  stale: boolean;
}

export interface SignOffStatus {
  status: "draft" | "signed";
  locked: boolean;
  version: number;
  signatories: SignatoryStatus[];
  signed: number;
}

export function signOffStatus(w: Workshop, currentHash: string): SignOffStatus {
  const people = signatories(w).map((participant) => {
    const signature = signatureOf(w, participant.id) ?? null;
    return { participant, signature, stale: signature !== null && signature.contentHash !== currentHash };
  });
  const signed = people.filter((p) => p.signature !== null && !p.stale).length;
  const locked = isLocked(w, currentHash);
  return { status: locked ? "signed" : "draft", locked, version: w.signOff.version, signatories: people, signed };
}

/** The refusal for a hash that is not the one of the workshop as it is now. */
function checkCurrentHash(w: Workshop, path: string, hash: string) {
  const current = knownContentHash(buildCharter(w));
  if (current === hash) return null;
  return problem(path, "The charter changed since this hash was shown: review the current version, then sign.");
}

/**
 * A signatory approves the content hash they were shown. Refused for someone
 * not named to sign, a second signature on the same content, a hash that is
 * not the current one, and while readiness gaps are neither fixed nor
 * recorded as open items. A signature on an earlier draft is replaced.
 * The hash must come from contentHash(buildCharter(w)), which also lets
 * this synchronous operation check it.
 */
export function signCharter(w: Workshop, signing: Signing, makeId: () => string = newId): Result {
  const index = w.participants.findIndex((p) => p.id === signing.participantId);
  if (index < 0) return refuse("participantId", `There is no participant with id "${signing.participantId}".`);
  const person = w.participants[index] as Participant;
  const who = person.name.trim() || "This participant";
  const earlier = signatureOf(w, person.id);
  const name = signing.name.trim();
  const blockers = signOffBlockers(w);
  const invalid = firstProblem(
    person.signatory ? null : problem(`$.participants[${index}].signatory`, `${who} is not named to sign the charter.`),
    exportProblem(w) ? problem("details.date", "Set the workshop date before signing.") : null,
    blockers[0]
      ? problem("readiness", `${blockers[0].message} Fix it, or record it as an open item, before signing.`)
      : null,
    earlier?.contentHash === signing.contentHash
      ? problem("participantId", `${who} has already signed version ${w.signOff.version}.`)
      : null,
    name === "" ? problem("name", "Type your name to sign.") : null,
    checkLength("name", "A typed name", name, SHORT_TEXT_MAX),
    checkImage(signing),
    checkTime("at", signing.at),
    checkCurrentHash(w, "contentHash", signing.contentHash),
  );
  if (invalid) return invalid;
  const signature: Signature = {
    id: makeId(),
    participantId: person.id,
    name,
    signedAt: signing.at,
    method: signing.method,
    image: signing.method === "drawn" ? signing.image : null,
    contentHash: signing.contentHash,
  };
  const others = w.signOff.signatures.filter((s) => s.participantId !== person.id);
  return ok({ ...w, signOff: { ...w.signOff, signatures: [...others, signature] } });
}

function checkImage({ method, image }: Signing) {
  if (method === "typed") return null;
  if (method !== "drawn") return problem("method", `"${method}" is not a way to sign: use typed or drawn.`);
  if (image === null || !image.startsWith(IMAGE_PREFIX)) return problem("image", "Draw your signature before signing.");
  if (image.length > IMAGE_MAX)
    return problem("image", "The drawn signature is too large; clear it and draw it again.");
  return null;
}

/**
 * Writes the given readiness gaps into the parking lot, word for word, so
 * they are signed as the charter's open items. Gaps already recorded, and
 * gaps that cannot be waived (no date, nobody to sign), are left out.
 */
export function recordOpenItems(w: Workshop, items: readonly ReadinessItem[], makeId: () => string = newId): Result {
  const parked = new Set(w.parkingLot.map((p) => p.text));
  const added = items
    .filter((item) => item.canRecord && !parked.has(item.message))
    .filter((item, i, all) => all.findIndex((other) => other.message === item.message) === i)
    .map((item) => ({ id: makeId(), text: item.message, owner: null }));
  return ok(added.length === 0 ? w : { ...w, parkingLot: [...w.parkingLot, ...added] });
}

/**
 * Opens version N+1 of a signed charter: version N, with its signatures and
 * layout, moves into signOff.history (still viewable and exportable), and the
 * new version points back at it by hash and needs signing again.
 */
export function startNewVersion(w: Workshop, previousHash: string, at: string, makeId: () => string = newId): Result {
  const version = w.signOff.version;
  const invalid = firstProblem(
    isLocked(w, previousHash)
      ? null
      : problem("signOff", `Version ${version} is not signed by everyone yet: it can still be changed as it is.`),
    checkCurrentHash(w, "previousHash", previousHash),
    checkTime("at", at),
  );
  if (invalid) return invalid;
  const charter = buildCharter(w);
  const archived: SignedVersion = { charter, signOff: buildSignOff(w, charter, previousHash), layout: buildLayout(w) };
  const note = {
    id: makeId(),
    kind: "note" as const,
    text: `Version ${version + 1} started from signed version ${version}.`,
    at,
    termId: null,
  };
  return ok({
    ...w,
    decisions: [...w.decisions, note],
    signOff: {
      ...w.signOff,
      version: version + 1,
      previousVersionHash: previousHash,
      signatures: [],
      history: [...w.signOff.history, { version, contentHash: previousHash, charter: archived }],
    },
  });
}
