import { useCallback, useState } from "react";
import { fileTooLargeMessage } from "../../../shared/host";
import { applyTemplate, type TemplateKey } from "../../../shared/journey/templates";
import { createWorkshop } from "../../../shared/workshop/create";
import { updateDetails } from "../../../shared/workshop/details";
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
import { type ImportOutcome, importFile, MAX_IMPORT_BYTES, storeCharter } from "./import-file";

type NotIntact = Extract<ImportOutcome, { kind: "not-intact" }>;

const now = () => new Date().toISOString();

/** The home screen's actions; each failure becomes a sentence on screen, never a silent catch. */
export function useHomeActions() {
  const { db, host } = useServices();
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [reading, setReading] = useState<NotIntact | null>(null);

  const show = useCallback((outcome: ImportOutcome) => {
    if (outcome.kind === "not-intact") {
      setMessage(null);
      setReading(outcome);
      return;
    }
    setReading(null);
    setMessage({ tone: outcome.kind === "refused" ? "error" : "info", text: outcome.text });
  }, []);

  /** Says what is happening, lets the browser paint it, then validates: a big file takes a moment. */
  const check = useCallback(
    async (name: string, text: string) => {
      setReading(null);
      setMessage({ tone: "info", text: `Checking “${name}” before anything changes…` });
      await new Promise((resolve) => setTimeout(resolve, 0));
      show(await importFile(db, name, text));
    },
    [db, show],
  );

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
    create: (template: TemplateKey = "blank") =>
      guard(async () => {
        const blank = createWorkshop({ date: now().slice(0, 10) });
        const started = applyTemplate(blank, template);
        // A template that cannot apply is a bug in the template, not the user's doing.
        if (!started.ok) throw new Error(formatProblems(started.problems));
        await saveWorkshop(db, started.value, now());
        const view = template === "blank" ? null : "journey";
        navigate({ screen: "workshop", workshopId: started.value.id, view, target: null });
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
            title: "Import a workshop backup or a charter",
            filters: [{ name: "Accord workshop backup or charter", extensions: ["json"] }],
            maxBytes: MAX_IMPORT_BYTES,
          });
        } catch (error) {
          setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
          return;
        }
        if (file) await check(file.name, file.text);
      }),
    /** A file dropped onto the window: the same checks as one picked in the dialog. */
    importDropped: (file: File) =>
      guard(async () => {
        if (file.size > MAX_IMPORT_BYTES) {
          setMessage({ tone: "error", text: fileTooLargeMessage(file.name, file.size, MAX_IMPORT_BYTES) });
          return;
        }
        await check(file.name, await file.text());
      }),
    reading,
    closeReading: () => setReading(null),
    /** Keeps the content of a charter that is not intact as a new, unsigned draft. */
    startDraftFromReading: () =>
      guard(async () => {
        if (!reading) return;
        setReading(null);
        show(await storeCharter(db, reading.fileName, reading.opened));
      }),
  };
}
