import { useEffect, useMemo, useState } from "react";
import { buildCharter } from "../../../shared/charter/build";
import { contentHash } from "../../../shared/charter/canonical";
import type { Charter } from "../../../shared/charter/format";
import type { Workshop } from "../../../shared/workshop/model";

export interface CurrentCharter {
  charter: Charter;
  /** Null for the moment SHA-256 takes after each change: nobody can sign a hash not yet shown. */
  hash: string | null;
}

/**
 * The charter as it stands and the hash a signatory approves. The platform's
 * SHA-256 is asynchronous, so the hash trails each change by a moment; a
 * hash is only ever paired with the charter it was computed from.
 */
export function useContentHash(workshop: Workshop): CurrentCharter {
  const charter = useMemo(() => buildCharter(workshop), [workshop]);
  const [hashed, setHashed] = useState<{ charter: Charter; hash: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    contentHash(charter).then((hash) => !cancelled && setHashed({ charter, hash }));
    return () => {
      cancelled = true;
    };
  }, [charter]);
  return { charter, hash: hashed?.charter === charter ? hashed.hash : null };
}
