import { useEffect, useState } from "react";

/**
 * The time now (RFC 3339), read again every `everyMs` while `ticking`: the
 * store keeps only when a clock started, so whatever shows a running time
 * reads the machine's clock itself.
 */
export function useNow(ticking: boolean, everyMs: number): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!ticking) return;
    setNow(new Date().toISOString());
    const id = setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => clearInterval(id);
  }, [ticking, everyMs]);
  return now;
}
