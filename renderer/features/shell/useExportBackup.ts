import { useCallback, useState } from "react";
import { serializeBackup } from "../../../shared/backup/backup";
import { backupFileName } from "../../../shared/backup/file-name";
import { useServices } from "../../storage/StorageContext";
import { useWorkshopStore } from "../../store/workshop-store";
import type { Notice } from "../../ui/Banner";

export function useExportBackup() {
  const { host } = useServices();
  const [outcome, setOutcome] = useState<Notice | null>(null);

  const exportBackup = useCallback(async () => {
    const workshop = useWorkshopStore.getState().workshop;
    if (!workshop) return;
    const exportedAt = new Date().toISOString();
    try {
      const contents = serializeBackup(workshop, { appVersion: await host.appVersion(), exportedAt });
      const saved = await host.saveFile({
        title: "Export a workshop backup",
        suggestedName: backupFileName(workshop.details.title, exportedAt),
        filters: [{ name: "Accord workshop backup", extensions: ["json"] }],
        contents,
      });
      if (saved.saved) setOutcome({ tone: "info", text: `Backup saved${saved.path ? ` to ${saved.path}` : ""}.` });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setOutcome({ tone: "error", text: `The backup could not be saved: ${why}. Try another folder.` });
    }
  }, [host]);

  return { exportBackup, outcome, dismiss: () => setOutcome(null) };
}
