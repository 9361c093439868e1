import { readBackup } from "../../../shared/backup/backup";
import { charterToWorkshop } from "../../../shared/charter/import";
import { type OpenedCharter, parseCharterFile } from "../../../shared/charter/parse";
import { openDocument } from "../../../shared/contract";
import { detectTextKind, MAX_FILE_BYTES } from "../../../shared/files/kinds";
import { duplicateWorkshop } from "../../../shared/workshop/duplicate";
import { formatProblems } from "../../../shared/workshop/validate";
import type { AccordDatabase } from "../../storage/db";
import { saveImported } from "../../storage/repository";

export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

export type ImportOutcome =
  | { kind: "imported"; text: string }
  | { kind: "refused"; text: string }
  /** A valid charter that no longer matches its hash: shown to read, stored only if the facilitator asks. */
  | { kind: "not-intact"; fileName: string; opened: OpenedCharter };

const now = () => new Date().toISOString();

/** Validated whole, through the same contract as every write, before anything is stored: a bad file changes nothing. */
export async function importFile(db: AccordDatabase, name: string, text: string): Promise<ImportOutcome> {
  if (detectTextKind(text) === "charter") return importCharter(db, name, text);
  const parsed = await readBackup(text, { fileName: name, maxBytes: MAX_IMPORT_BYTES });
  if (!parsed.ok) return { kind: "refused", text: formatProblems(parsed.problems, name) };
  // Importing the same backup twice must not overwrite the first copy.
  const clash = await db.workshops.get(parsed.value.id);
  const copy = clash ? openDocument({ ...duplicateWorkshop(parsed.value), details: parsed.value.details }) : parsed;
  if (!copy.ok) return { kind: "refused", text: formatProblems(copy.problems, name) };
  await saveImported(db, copy.value, name, now());
  return { kind: "imported", text: `Imported “${copy.value.details.title}” from ${name}.` };
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
  const workshop = made.ok ? openDocument(made.value) : made;
  if (!workshop.ok) return { kind: "refused", text: formatProblems(workshop.problems, name) };
  await saveImported(db, workshop.value, name, now());
  const what = opened.intact ? "the charter" : "an unsigned draft from the charter";
  return {
    kind: "imported",
    text: `Imported ${what} “${workshop.value.details.title}”, version ${workshop.value.signOff.version}, from ${name}.`,
  };
}
