import { useMemo } from "react";
import { type CharterChange, charterChanges } from "../../../shared/charter/changes";
import type { Charter } from "../../../shared/charter/format";
import type { Workshop } from "../../../shared/workshop/model";
import { edit } from "../../store/workshop-store";
import { useEarlierVersion } from "./useEarlierVersion";

/** Shown once everyone has signed: the room sees from the back that this version is final. */
export function LockedBanner({ version, hash, signed }: { version: number; hash: string; signed: number }) {
  const start = () => edit("startNewVersion", hash, new Date().toISOString());
  return (
    <section className="locked-banner" aria-labelledby="locked-heading">
      <h2 id="locked-heading">LOCKED · Version {version} is signed</h2>
      <p>
        All {signed} signatories signed this version. It is read-only: a change starts version {version + 1}, which
        needs signing again.
      </p>
      <button type="button" className="btn btn-primary" onClick={start}>
        Start version {version + 1}
      </button>
    </section>
  );
}

function ChangeList({ changes, since }: { changes: CharterChange[]; since: number }) {
  if (changes.length === 0) return <p>Nothing has changed since version {since} yet.</p>;
  return (
    <ul className="change-list">
      {changes.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two lines can read alike (two unnamed stages added); the list is rebuilt whole
        <li key={i}>{c.text}</li>
      ))}
    </ul>
  );
}

/** For version 2 and later: what this version changes, line by line, since the one the room signed. */
export function ChangesSinceSigned({ workshop, charter }: { workshop: Workshop; charter: Charter }) {
  const since = workshop.signOff.version - 1;
  const earlier = useEarlierVersion(workshop, since >= 1 ? since : null);
  const previous = earlier?.state === "ready" ? earlier.file.charter : null;
  const changes = useMemo(() => (previous ? charterChanges(previous, charter) : null), [previous, charter]);
  if (earlier === null) return null;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes since version {since}</h2>
      {earlier.state === "loading" && <p className="muted">Reading version {since}…</p>}
      {earlier.state === "damaged" && (
        <p role="alert">Version {since} is damaged in this workshop: its changes cannot be listed.</p>
      )}
      {changes && <ChangeList changes={changes} since={since} />}
    </section>
  );
}
