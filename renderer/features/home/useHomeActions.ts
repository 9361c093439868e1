import { useCallback, useState } from "react";
import { storedFileName } from "../../../shared/backup/file-name";
import { call, commit, FROM_FACILITATOR, openDocument } from "../../../shared/contract";
import { fileTooLargeMessage, readPickedFile } from "../../../shared/host";
import type { TemplateKey } from "../../../shared/journey/templates";
import { createWorkshop } from "../../../shared/workshop/create";
import { formatProblems } from "../../../shared/workshop/validate";
import { navigate } from "../../app/route";
import {
  deleteForever,
  duplicateStored,
  editStored,
  moveToTrash,
  readStored,
  restoreFromTrash,
  saveWorkshop,
} from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { describeWriteError } from "../../storage/write-errors";
import type { Notice } from "../../ui/Banner";
import { type ImportOutcome, importFile, MAX_IMPORT_BYTES, storeCharter } from "./import-file";

type NotIntact = Extract<ImportOutcome, { kind: "not-intact" }>;

const now = () => new Date().toISOString();

/** The home screen's actions; each failure becomes a sentence on screen, never a silent catch. */
export function useHomeActions() {
  const { db, host } = useServices();
  const [message, setMessage] = useState<Notice | null>(null);
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
        // A new workshop or a template that breaks a rule is a bug in Accord, not the user's doing.
        const blank = openDocument(createWorkshop({ date: now().slice(0, 10) }));
        if (!blank.ok) throw new Error(formatProblems(blank.problems));
        const started = commit(blank.value, call("applyTemplate", template), FROM_FACILITATOR);
        if (!started.ok) throw new Error(formatProblems(started.problems));
        const workshop = started.document;
        await saveWorkshop(db, workshop, now());
        const view = template === "blank" ? null : "journey";
        navigate({ screen: "workshop", workshopId: workshop.id, view, target: null });
      }),
    rename: (id: string, title: string) =>
      guard(async () => {
        // The same contract as an edit on screen: a signed, locked version refuses it and says how to go on.
        const renamed = await editStored(db, id, call("updateDetails", { title }), FROM_FACILITATOR, now());
        if (!renamed.ok) setMessage({ tone: "error", text: renamed.problems.map((p) => p.message).join("\n") });
      }),
    duplicate: (id: string) => guard(async () => void (await duplicateStored(db, id, now()))),
    /** A workshop that cannot be opened, saved exactly as it is stored, so nothing in it is lost. */
    exportStored: (id: string, title: string) =>
      guard(async () => {
        const stored = await readStored(db, id);
        if (stored === undefined) return;
        const saved = await host.saveFile({
          title: "Export the workshop as it is stored",
          suggestedName: storedFileName(title, now()),
          filters: [{ name: "JSON", extensions: ["json"] }],
          contents: `${JSON.stringify(stored, null, 2)}\n`,
        });
        if (saved.saved) setMessage({ tone: "info", text: `Saved “${title || "Untitled workshop"}” as it is stored.` });
      }),
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
        const read = readPickedFile(file.name, new Uint8Array(await file.arrayBuffer()));
        if (read.kind === "refused") {
          setMessage({ tone: "error", text: read.message });
          return;
        }
        await check(file.name, read.file.text);
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
