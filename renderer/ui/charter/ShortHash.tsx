import { useState } from "react";

/** "sha256:3f9a…c21e": enough for a room to compare aloud; the whole hash on demand, to copy or check. */
export function shortHash(hash: string): string {
  const hex = hash.replace(/^sha256:/, "");
  return hex.length <= 12 ? hash : `sha256:${hex.slice(0, 8)}…${hex.slice(-4)}`;
}

export function ShortHash({ hash, label = "content hash" }: { hash: string; label?: string }) {
  const [full, setFull] = useState(false);
  return (
    <span className="short-hash">
      <code data-hash={hash}>{full ? hash : shortHash(hash)}</code>{" "}
      <button type="button" className="btn btn-quiet" onClick={() => setFull(!full)}>
        {full ? `Hide the full ${label}` : `Show the full ${label}`}
      </button>
    </span>
  );
}
