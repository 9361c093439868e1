import { useCallback, useState } from "react";
import { safeFileStem } from "../../../shared/backup/file-name";
import { buildCrmPack } from "../../../shared/crm/pack";
import { zipPack } from "../../../shared/crm/zip";
import type { Workshop } from "../../../shared/workshop/model";
import { useServices } from "../../storage/StorageContext";
import type { Notice } from "../../ui/Banner";
import { useCharterFile } from "../../ui/charter/useSaveCharter";

/** The pack of the charter as exported now (sealed, like the JSON), as one .zip through the host's save dialog. */
export function useExportCrmPack() {
  const { host } = useServices();
  const charterFile = useCharterFile();
  const [outcome, setOutcome] = useState<Notice | null>(null);
  const exportPack = useCallback(
    async (workshop: Workshop) => {
      try {
        const built = await charterFile(workshop);
        const pack = built.ok ? buildCrmPack(built.value) : built;
        if (!built.ok || !pack.ok) {
          const problems = pack.ok ? [] : pack.problems;
          setOutcome({ tone: "error", text: problems.map((p) => p.message).join(" ") });
          return;
        }
        const c = built.value.charter;
        const stem = `${safeFileStem(c.title || "Charter")} v${c.version} CRM set-up`;
        const saved = await host.saveFile({
          title: `Export the CRM set-up of version ${c.version}`,
          suggestedName: `${stem}.zip`,
          filters: [{ name: "CRM set-up pack", extensions: ["zip"] }],
          contents: zipPack(stem, pack.value),
        });
        if (saved.saved) {
          const where = saved.path ? ` to ${saved.path}` : "";
          setOutcome({
            tone: "info",
            text: `CRM set-up pack of version ${c.version} saved (${pack.value.length} files)${where}.`,
          });
        }
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        setOutcome({ tone: "error", text: `The CRM set-up pack could not be saved: ${why}. Try another folder.` });
      }
    },
    [host, charterFile],
  );
  return { exportPack, outcome, dismiss: () => setOutcome(null) };
}
