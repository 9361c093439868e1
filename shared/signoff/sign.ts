import { exportProblem } from "../charter/build";
import { type ReadinessItem, signOffBlockers } from "../charter/readiness";
import { checkLength, checkTime, firstProblem, problem, SHORT_TEXT_MAX } from "../workshop/checks";
import { newId } from "../workshop/ids";
import { locate } from "../workshop/locate";
import { type Decision, LIMITS, type Signature, type Workshop } from "../workshop/model";
import { pngProblem } from "../workshop/png";
import { ok, type Produced, produced, type Result, refuse } from "../workshop/result";
import { currentHash, isLocked, lockedMessage } from "./lock";

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
  /** The phone in the room it was signed on; absent on the facilitator's computer. */
  device?: string | null;
}

const IMAGE_PREFIX = "data:image/png;base64,";

/** The refusal for a hash that is not the one of the workshop as it is now. */
function checkCurrentHash(w: Workshop, path: string, hash: string) {
  if (currentHash(w) === hash) return null;
  return problem(path, "The charter changed since this hash was shown: review the current version, then sign.");
}

/**
 * A signatory approves the content hash they were shown. Refused for someone
 * not named to sign, a second signature on the same content, a hash that is
 * not the current one, and while readiness gaps are neither fixed nor
 * recorded as open items. A signature on an earlier draft is replaced.
 * Its value is the signature's id.
 */
export function signCharter(w: Workshop, signing: Signing, makeId: () => string = newId): Result<Produced<string>> {
  const found = locate(w.participants, signing.participantId);
  if (!found) return refuse("participantId", `There is no participant with id "${signing.participantId}".`);
  const { index, item: person } = found;
  const who = person.name.trim() || "This participant";
  const earlier = w.signOff.signatures.find((s) => s.participantId === person.id);
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
    ...(signing.device ? { device: signing.device } : {}),
  };
  const others = w.signOff.signatures.filter((s) => s.participantId !== person.id);
  return produced({ ...w, signOff: { ...w.signOff, signatures: [...others, signature] } }, signature.id);
}

function checkImage({ method, image }: Signing) {
  if (method === "typed") return null;
  if (method !== "drawn") return problem("method", `"${method}" is not a way to sign: use typed or drawn.`);
  if (image === null || !image.startsWith(IMAGE_PREFIX)) return problem("image", "Draw your signature before signing.");
  if (image.length > LIMITS.signatureImage)
    return problem("image", "The drawn signature is too large; clear it and draw it again.");
  const broken = pngProblem(image);
  return broken ? problem("image", `The drawn signature ${broken}: clear it and draw it again.`) : null;
}

/**
 * A signatory takes their signature back, deliberately: it is written to the
 * decision log with the time. A version everyone has signed is final, so
 * there the way out is the next version, which nobody has signed yet.
 */
export function withdrawSignature(
  w: Workshop,
  participantId: string,
  at: string,
  makeId: () => string = newId,
): Result {
  const found = locate(w.participants, participantId);
  if (!found) return refuse("participantId", `There is no participant with id "${participantId}".`);
  const who = found.item.name.trim() || "This participant";
  const signature = w.signOff.signatures.find((s) => s.participantId === participantId);
  const version = w.signOff.version;
  const invalid = firstProblem(
    signature ? null : problem("participantId", `${who} has not signed version ${version}.`),
    isLocked(w) ? problem("$.signOff", lockedMessage(version)) : null,
    checkTime("at", at),
  );
  if (invalid) return invalid;
  const note: Decision = {
    id: makeId(),
    kind: "note",
    text: `${who} withdrew their signature from version ${version}.`,
    at,
    termId: null,
  };
  return ok({
    ...w,
    decisions: [...w.decisions, note],
    signOff: { ...w.signOff, signatures: w.signOff.signatures.filter((s) => s.participantId !== participantId) },
  });
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
    .map((item) => ({ id: makeId(), text: item.message, owner: null, due: null }));
  return ok(added.length === 0 ? w : { ...w, parkingLot: [...w.parkingLot, ...added] });
}

export { plainName, typedNameMatches } from "./typed-name";
