import { useCallback, useState } from "react";
import { buildCharterFile, serializeCharterFile } from "../../../shared/charter/build";
import type { CharterFile } from "../../../shared/charter/format";
import { sealCharterFile } from "../../../shared/charter/seal";
import { earlierCharterFile } from "../../../shared/signoff/versions";
import type { Workshop } from "../../../shared/workshop/model";
import { ok, type Result } from "../../../shared/workshop/result";
import { useServices } from "../../storage/StorageContext";
import { installationSealKeys } from "../../storage/seal-keys";
import type { Notice } from "../Banner";
import { charterFileName } from "./file-names";

/**
 * The charter of the workshop as it is now, or one of its earlier signed
 * versions, as format 1, sealed by this installation: the JSON and the PDF
 * of one export carry the same seal.
 */
export function useCharterFile() {
  const { host, db } = useServices();
  return useCallback(
    async (workshop: Workshop, version?: number): Promise<Result<CharterFile>> => {
      const info = { appVersion: await host.appVersion(), exportedAt: new Date().toISOString() };
      const built =
        version === undefined || version === workshop.signOff.version
          ? await buildCharterFile(workshop, info)
          : await earlierCharterFile(workshop, version, info);
      return built.ok ? ok(await sealCharterFile(built.value, await installationSealKeys(db))) : built;
    },
    [host, db],
  );
}

/** Saves a charter as JSON through the host's save dialog; every outcome becomes one sentence. */
export function useSaveCharterJson() {
  const { host } = useServices();
  const charterFile = useCharterFile();
  const [outcome, setOutcome] = useState<Notice | null>(null);

  const save = useCallback(
    async (workshop: Workshop, version?: number) => {
      try {
        const built = await charterFile(workshop, version);
        if (!built.ok) {
          setOutcome({ tone: "error", text: built.problems.map((p) => p.message).join(" ") });
          return;
        }
        const file = built.value;
        const saved = await host.saveFile({
          title: `Export the charter, version ${file.charter.version}`,
          suggestedName: charterFileName(file.charter, "charter.json"),
          filters: [{ name: "Accord charter", extensions: ["json"] }],
          contents: serializeCharterFile(file),
        });
        if (saved.saved) {
          const where = saved.path ? ` to ${saved.path}` : "";
          setOutcome({ tone: "info", text: `Charter version ${file.charter.version} saved as JSON${where}.` });
        }
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        setOutcome({ tone: "error", text: `The charter could not be saved: ${why}. Try another folder.` });
      }
    },
    [host, charterFile],
  );
  return { save, outcome, dismiss: () => setOutcome(null) };
}
