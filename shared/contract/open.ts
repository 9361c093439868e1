import { underPath } from "../workshop/json-path";
import { migrateWorkshop } from "../workshop/migrations";
import { ok, type Result } from "../workshop/result";
import { validateWorkshop } from "../workshop/validate";
import { type Checked, markChecked } from "./checked";

/**
 * The way into the contract for any document not made by commit(): read
 * from storage, from a file, or built whole by code (a new workshop, a copy,
 * a charter turned into a workshop). Upgrades it from any earlier schema,
 * then checks it whole; `root` is where it sits in its file (`$.workshop` in
 * a backup), so every problem's path points there. Returns a fresh copy:
 * what was read is never changed; unless it is `owned`, the caller's alone
 * (just parsed from a file, or read from storage), then frozen and kept as
 * it is when nothing in it needs changing (see validateWorkshop, for
 * `textsChecked` too).
 */
export function openDocument(
  raw: unknown,
  root = "$",
  options: { owned?: boolean; textsChecked?: boolean } = {},
): Result<Checked> {
  const migrated = migrateWorkshop(raw);
  if (!migrated.ok) {
    return { ok: false, problems: migrated.problems.map((p) => ({ ...p, path: underPath(root, p.path) })) };
  }
  // An upgrade writes texts of its own (and may cut one): what was known of the file's texts holds only for the file as read.
  const textsChecked = options.textsChecked === true && migrated.value === raw;
  const valid = validateWorkshop(migrated.value, root, { ...options, textsChecked });
  return valid.ok ? ok(markChecked(valid.value)) : valid;
}
