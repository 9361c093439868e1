import type { Workshop } from "../workshop/model";
import { ok, type Result, refuse } from "../workshop/result";
import { isLocked } from "../workshop/signoff";
import { buildCharter, type ExportInfo } from "./build";
import { canonicalJson } from "./canonical";
import { CHARTER_FORMAT, CHARTER_FORMAT_VERSION, type CharterFile } from "./format";
import { validateCharterFile } from "./parse";

/**
 * The lock. Every edit goes through the store's apply(); it passes the
 * operation's result through here. While a version is signed by everyone,
 * any result that changes the signed content or the signatures is refused;
 * what is not signed (moving a node, the timer) still works, and so does
 * starting the next version. Compares canonical content, so it needs no hash
 * and stays synchronous; it costs two canonicalisations only while locked.
 */
export function keepSignedVersion(before: Workshop, result: Result): Result {
  if (!result.ok || result.value === before || !isLocked(before)) return result;
  const after = result.value;
  if (after.signOff.version > before.signOff.version) return result;
  const same =
    after.signOff.signatures === before.signOff.signatures &&
    canonicalJson(buildCharter(after)) === canonicalJson(buildCharter(before));
  if (same) return result;
  const v = before.signOff.version;
  return refuse("signOff", `Version ${v} is signed and locked. Start version ${v + 1} to change it.`);
}

/** Earlier versions kept in the workshop, newest first, for a list to view and export them. */
export function earlierVersions(w: Workshop): { version: number; contentHash: string }[] {
  return w.signOff.history.map((h) => ({ version: h.version, contentHash: h.contentHash })).reverse();
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
