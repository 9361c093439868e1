import { useEffect, useRef, useState } from "react";
import type { CharterFile } from "../../../shared/charter/format";
import { earlierCharterFile, READING_ONLY } from "../../../shared/signoff/versions";
import type { Workshop } from "../../../shared/workshop/model";

export type EarlierVersion = { state: "loading" } | { state: "ready"; file: CharterFile } | { state: "damaged" };

/**
 * An earlier signed version, validated like any charter file since the
 * history may have come in with a backup. Recomputed only when the history
 * itself changes, not on every edit of the current version.
 */
export function useEarlierVersion(workshop: Workshop, version: number | null): EarlierVersion | null {
  const history = workshop.signOff.history;
  // Read through a ref so the effect reruns when the history changes, not on every edit.
  const latest = useRef(workshop);
  latest.current = workshop;
  const [found, setFound] = useState<{ key: unknown; at: number; version: EarlierVersion } | null>(null);
  useEffect(() => {
    if (version === null) return;
    let cancelled = false;
    earlierCharterFile(latest.current, version, READING_ONLY).then((result) => {
      if (cancelled) return;
      setFound({
        key: history,
        at: version,
        version: result.ok ? { state: "ready", file: result.value } : { state: "damaged" },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [history, version]);
  if (version === null) return null;
  return found?.key === history && found.at === version ? found.version : { state: "loading" };
}
