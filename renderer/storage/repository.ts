import { duplicateWorkshop } from "../../shared/workshop/duplicate";
import type { Workshop } from "../../shared/workshop/model";
import type { AccordDatabase, WorkshopSummary } from "./db";

export function summarize(workshop: Workshop, updatedAt: string): WorkshopSummary {
  const { title, organization, date } = workshop.details;
  return { id: workshop.id, title, organization, date, updatedAt, deletedAt: null };
}

const newestFirst = (a: WorkshopSummary, b: WorkshopSummary) => b.updatedAt.localeCompare(a.updatedAt);

export async function listWorkshops(db: AccordDatabase): Promise<WorkshopSummary[]> {
  const all = await db.workshops.toArray();
  return all.filter((w) => w.deletedAt === null).sort(newestFirst);
}

export async function listTrash(db: AccordDatabase): Promise<WorkshopSummary[]> {
  const all = await db.workshops.toArray();
  return all.filter((w) => w.deletedAt !== null).sort((a, b) => (b.deletedAt ?? "").localeCompare(a.deletedAt ?? ""));
}

/** Summary and document change together or not at all. */
export async function saveWorkshop(db: AccordDatabase, workshop: Workshop, now: string): Promise<void> {
  await db.transaction("rw", db.workshops, db.documents, async () => {
    const existing = await db.workshops.get(workshop.id);
    await db.documents.put({ id: workshop.id, workshop });
    await db.workshops.put({ ...summarize(workshop, now), deletedAt: existing?.deletedAt ?? null });
  });
}

export async function loadWorkshop(db: AccordDatabase, id: string): Promise<Workshop | undefined> {
  return (await db.documents.get(id))?.workshop;
}

export async function duplicateStored(db: AccordDatabase, id: string, now: string): Promise<Workshop | undefined> {
  const original = await loadWorkshop(db, id);
  if (!original) return undefined;
  const copy = duplicateWorkshop(original);
  await saveWorkshop(db, copy, now);
  return copy;
}

export async function moveToTrash(db: AccordDatabase, id: string, now: string): Promise<void> {
  await db.workshops.update(id, { deletedAt: now });
}

export async function restoreFromTrash(db: AccordDatabase, id: string): Promise<void> {
  await db.workshops.update(id, { deletedAt: null });
}

export async function deleteForever(db: AccordDatabase, id: string): Promise<void> {
  await db.transaction("rw", db.workshops, db.documents, async () => {
    await db.workshops.delete(id);
    await db.documents.delete(id);
  });
}
