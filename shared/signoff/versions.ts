import { buildLayout, buildSignOff, type ExportInfo, signedCharter, writesOneOne } from "../charter/build";
import {
  CHARTER_FORMAT,
  CHARTER_FORMAT_MINOR,
  CHARTER_FORMAT_VERSION,
  type Charter,
  type CharterFile,
  type CharterSignOff,
  type Layout,
} from "../charter/format";
import { validateCharterFile } from "../charter/parse";
import { checkTime, firstProblem, problem } from "../workshop/checks";
import { newId } from "../workshop/ids";
import type { Workshop } from "../workshop/model";
import { ok, type Result, refuse } from "../workshop/result";
import { currentHash, isLocked } from "./lock";

/** An earlier, fully signed version as kept in signOff.history[].charter: enough to show and export it again. */
export interface SignedVersion {
  /** 1 when the version was written in charter format 1.1; absent for 1.0. */
  formatMinor?: number;
  charter: Charter;
  signOff: CharterSignOff;
  layout: Layout;
}

/**
 * Opens version N+1 of a signed charter: version N, with its signatures and
 * layout, moves into signOff.history (still viewable and exportable), and the
 * new version points back at it by hash and needs signing again. `previousHash`
 * is the hash the facilitator was shown, so a version that changed meanwhile
 * is not archived under a hash nobody saw.
 */
export function startNewVersion(w: Workshop, previousHash: string, at: string, makeId: () => string = newId): Result {
  const version = w.signOff.version;
  const invalid = firstProblem(
    isLocked(w)
      ? null
      : problem("signOff", `Version ${version} is not signed by everyone yet: it can still be changed as it is.`),
    currentHash(w) === previousHash
      ? null
      : problem("previousHash", "The charter changed since this hash was shown: review the current version first."),
    checkTime("at", at),
  );
  if (invalid) return invalid;
  const charter = signedCharter(w);
  const archived: SignedVersion = {
    ...(writesOneOne(w) ? { formatMinor: w.signOff.charterFormatMinor } : {}),
    charter,
    signOff: buildSignOff(w, charter, previousHash),
    layout: buildLayout(w),
  };
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
      // The new version is Accord's own: the imported file's words go to the archive with the version they signed.
      ...withoutAsWritten(w.signOff),
      version: version + 1,
      previousVersionHash: previousHash,
      signatures: [],
      // Nothing signs the new version yet, so it is written in the newest format.
      charterFormatMinor: CHARTER_FORMAT_MINOR,
      history: [...w.signOff.history, { version, contentHash: previousHash, charter: archived }],
    },
  });
}

function withoutAsWritten(signOff: Workshop["signOff"]): Workshop["signOff"] {
  const { asWritten: _kept, ...rest } = signOff;
  return rest;
}

/** Earlier versions kept in the workshop, newest first, for a list to view and export them. */
export function earlierVersions(w: Workshop): { version: number; contentHash: string }[] {
  return w.signOff.history.map((h) => ({ version: h.version, contentHash: h.contentHash })).reverse();
}

/** For reading an earlier version's content (what changed, say), not exporting it: no real time or app is named. */
export const READING_ONLY: ExportInfo = { appVersion: "", exportedAt: "2000-01-01T00:00:00Z" };

/** The version signed before `version`, to compare with; none for version 1, or when it is damaged. */
export async function versionBefore(w: Workshop, version: number): Promise<CharterFile | undefined> {
  if (version < 2) return undefined;
  const earlier = await earlierCharterFile(w, version - 1, READING_ONLY);
  // Only the very version this one names as its previous: any other would list changes against something else.
  const previousHash = version === w.signOff.version ? w.signOff.previousVersionHash : null;
  if (!earlier.ok || (previousHash !== null && earlier.value.signOff.contentHash !== previousHash)) return undefined;
  return earlier.value;
}

/**
 * An earlier signed version as a charter file, exactly as it was signed.
 * History came in with the workshop (possibly from a backup file), so it is
 * validated like any charter file before anyone relies on it.
 */
export async function earlierCharterFile(w: Workshop, version: number, info: ExportInfo): Promise<Result<CharterFile>> {
  const index = w.signOff.history.findIndex((h) => h.version === version);
  if (index < 0) return refuse("version", `There is no earlier version ${version} in this workshop.`);
  const kept = w.signOff.history[index]?.charter as Record<string, unknown> | undefined;
  const file = {
    format: CHARTER_FORMAT,
    formatVersion: CHARTER_FORMAT_VERSION,
    ...(typeof kept?.formatMinor === "number" ? { formatMinor: kept.formatMinor } : {}),
    generator: `Accord ${info.appVersion}`,
    exportedAt: info.exportedAt,
    charter: kept?.charter,
    signOff: kept?.signOff,
    layout: kept?.layout,
  };
  const checked = await validateCharterFile(file);
  if (!checked.ok) return refuse(`$.signOff.history[${index}]`, "is damaged: this earlier version cannot be exported");
  return ok(checked.value.file);
}
