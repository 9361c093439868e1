import type { Workshop } from "../workshop/model";
import { ok, type Result } from "../workshop/result";
import { signedNow } from "./lock";

/**
 * A version stays in the charter revision its signatures were made in (the
 * rule every migration keeps). Signatures a crashed window left unstored come
 * back after the migrations have run, onto a version that nobody had signed
 * when it was stored, so it moved on to the newest revision and its hash with
 * it: when no signature holds as the version is written now, and they hold in
 * an earlier revision, the version goes back to that one. Otherwise nothing
 * changes.
 */
export function keepSignedRevision(w: Workshop): Result {
  if (w.signOff.signatures.length === 0 || signedNow(w).size > 0) return ok(w);
  for (let minor = w.signOff.charterFormatMinor - 1; minor >= 0; minor--) {
    const earlier: Workshop = {
      ...w,
      signOff: { ...w.signOff, charterFormatMinor: minor as Workshop["signOff"]["charterFormatMinor"] },
    };
    if (signedNow(earlier).size > 0) return ok(earlier);
  }
  return ok(w);
}
