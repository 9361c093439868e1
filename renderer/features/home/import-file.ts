import { detectFileKind, parseBackup } from "../../../shared/backup/backup";
import { charterToWorkshop } from "../../../shared/charter/import";
import { type OpenedCharter, parseCharterFile } from "../../../shared/charter/parse";
import { duplicateWorkshop } from "../../../shared/workshop/duplicate";
import type { Workshop } from "../../../shared/workshop/model";
import { formatProblems } from "../../../shared/workshop/validate";
import type { AccordDatabase } from "../../storage/db";
import { saveWorkshop } from "../../storage/repository";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportOutcome =
  | { kind: "imported"; text: string }
  | { kind: "refused"; text: string }
  /** A valid charter that no longer matches its hash: shown to read, stored only if the facilitator asks. */
  | { kind: "not-intact"; fileName: string; opened: OpenedCharter };

const now = () => new Date().toISOString();

/** Which kind of Accord file this claims to be; anything unreadable goes the backup way, whose messages say why. */
function kindOf(text: string) {
  try {
    return detectFileKind(JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text));
  } catch {
    return "unknown";
  }
}

/** Validated whole before anything is stored: a bad file changes nothing. */
export async function importFile(db: AccordDatabase, name: string, text: string): Promise<ImportOutcome> {
  if (kindOf(text) === "charter") return importCharter(db, name, text);
  const parsed = parseBackup(text, { fileName: name, maxBytes: MAX_IMPORT_BYTES });
  if (!parsed.ok) return { kind: "refused", text: formatProblems(parsed.problems, name) };
  // Importing the same backup twice must not overwrite the first copy.
  const clash = await db.workshops.get(parsed.value.id);
  const workshop = clash ? { ...duplicateWorkshop(parsed.value), details: parsed.value.details } : parsed.value;
  await saveWorkshop(db, workshop, now());
  return { kind: "imported", text: `Imported “${workshop.details.title}” from ${name}.` };
}

async function importCharter(db: AccordDatabase, name: string, text: string): Promise<ImportOutcome> {
  const parsed = await parseCharterFile(text, { maxBytes: MAX_IMPORT_BYTES });
  if (!parsed.ok) return { kind: "refused", text: formatProblems(parsed.problems, name) };
  if (!parsed.value.intact) return { kind: "not-intact", fileName: name, opened: parsed.value };
  return storeCharter(db, name, parsed.value);
}

/** A new workshop seeded with the charter; an intact one comes in signed and locked, as it was signed. */
export async function storeCharter(db: AccordDatabase, name: string, opened: OpenedCharter): Promise<ImportOutcome> {
  const made = charterToWorkshop(opened);
  if (!made.ok) return { kind: "refused", text: formatProblems(made.problems, name) };
  const workshop: Workshop = made.value;
  await saveWorkshop(db, workshop, now());
  const what = opened.intact ? "the charter" : "an unsigned draft from the charter";
  return {
    kind: "imported",
    text: `Imported ${what} “${workshop.details.title}”, version ${workshop.signOff.version}, from ${name}.`,
  };
}
