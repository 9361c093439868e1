import type { AccordDatabase } from "../renderer/storage/db";
import { loadWorkshop, saveWorkshop } from "../renderer/storage/repository";
import { type Checked, openDocument } from "../shared/contract";
import type { Workshop } from "../shared/workshop/model";
import { formatProblems } from "../shared/workshop/validate";

/** A workshop built by a test, let in through the contract like any document read from a file. */
export function checked(w: Workshop): Checked {
  const opened = openDocument(w);
  if (!opened.ok) throw new Error(`the test's workshop breaks a rule: ${formatProblems(opened.problems)}`);
  return opened.value;
}

/** Stores a test's workshop the way the app stores one: only through the contract. */
export async function storeWorkshop(db: AccordDatabase, w: Workshop, now = "2026-11-20T10:00:00Z"): Promise<void> {
  await saveWorkshop(db, checked(w), now);
}

/** The stored workshop as the app reads it back, failing the test if it cannot be opened. */
export async function storedWorkshop(db: AccordDatabase, id: string): Promise<Checked> {
  const loaded = await loadWorkshop(db, id);
  if (loaded.state !== "ready") throw new Error(`workshop ${id} is ${loaded.state}`);
  return loaded.workshop;
}
