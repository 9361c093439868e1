import { useCallback, useState } from "react";
import { parseBackup } from "../../../shared/backup/backup";
import { createWorkshop } from "../../../shared/workshop/create";
import { updateDetails } from "../../../shared/workshop/details";
import { duplicateWorkshop } from "../../../shared/workshop/duplicate";
import { formatProblems } from "../../../shared/workshop/validate";
import { navigate } from "../../app/route";
import {
  deleteForever,
  duplicateStored,
  loadWorkshop,
  moveToTrash,
  restoreFromTrash,
  saveWorkshop,
} from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { describeWriteError } from "../../storage/write-errors";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const now = () => new Date().toISOString();

/** The home screen's actions; each failure becomes a sentence on screen, never a silent catch. */
export function useHomeActions() {
  const { db, host } = useServices();
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);

  const guard = useCallback(async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setMessage({ tone: "error", text: describeWriteError(error) });
    }
  }, []);

  return {
    message,
    dismissMessage: () => setMessage(null),
    create: () =>
      guard(async () => {
        const workshop = createWorkshop({ date: now().slice(0, 10) });
        await saveWorkshop(db, workshop, now());
        navigate({ screen: "workshop", workshopId: workshop.id, view: null });
      }),
    rename: (id: string, title: string) =>
      guard(async () => {
        const workshop = await loadWorkshop(db, id);
        if (!workshop) return;
        const renamed = updateDetails(workshop, { title });
        if (!renamed.ok) {
          setMessage({ tone: "error", text: formatProblems(renamed.problems) });
          return;
        }
        await saveWorkshop(db, renamed.value, now());
      }),
    duplicate: (id: string) => guard(async () => void (await duplicateStored(db, id, now()))),
    trash: (id: string) => guard(() => moveToTrash(db, id, now())),
    restore: (id: string) => guard(() => restoreFromTrash(db, id)),
    deleteForever: (id: string) => guard(() => deleteForever(db, id)),
    importBackup: () =>
      guard(async () => {
        let file: Awaited<ReturnType<typeof host.openTextFile>>;
        try {
          file = await host.openTextFile({
            title: "Import a workshop backup",
            filters: [{ name: "Accord workshop backup", extensions: ["json"] }],
            maxBytes: MAX_IMPORT_BYTES,
          });
        } catch (error) {
          setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
          return;
        }
        if (!file) return;
        const parsed = parseBackup(file.text, { fileName: file.name, maxBytes: MAX_IMPORT_BYTES });
        if (!parsed.ok) {
          setMessage({ tone: "error", text: formatProblems(parsed.problems, file.name) });
          return;
        }
        // Importing the same backup twice must not overwrite the first copy.
        const clash = await db.workshops.get(parsed.value.id);
        const workshop = clash ? { ...duplicateWorkshop(parsed.value), details: parsed.value.details } : parsed.value;
        await saveWorkshop(db, workshop, now());
        setMessage({ tone: "info", text: `Imported “${workshop.details.title}” from ${file.name}.` });
      }),
  };
}
