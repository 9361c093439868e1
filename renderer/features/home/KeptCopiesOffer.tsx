import { useEffect, useMemo, useState } from "react";
import { type LostWorkshop, lostWorkshops } from "../../storage/kept-copies";
import { bringBackCopy } from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";

const plural = (n: number) => (n === 1 ? "1 workshop" : `${n} workshops`);

/**
 * Workshops the browser's storage lost and Accord's own copies still hold
 * (shared/kept-copies.ts), offered back: the facilitator may have cleared the
 * browser's data on purpose, so nothing comes back unasked.
 */
export function KeptCopiesOffer() {
  const { db, host } = useServices();
  const link = useMemo(() => host.keptCopies(), [host]);
  const [lost, setLost] = useState<LostWorkshop[]>([]);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!link) return;
    let live = true;
    lostWorkshops(db, link)
      .then((found) => live && setLost(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, link]);

  if (!link) return null;
  if (lost.length === 0)
    return said ? (
      <p role="status" className="kept-copies-said">
        {said}
      </p>
    ) : null;

  const bringBack = async () => {
    setBusy(true);
    let back = 0;
    for (const copy of lost) if (await bringBackCopy(db, link, copy, new Date().toISOString())) back += 1;
    setBusy(false);
    setLost([]);
    setSaid(
      back === lost.length
        ? `${plural(back)} brought back from Accord's own copy.`
        : `${plural(back)} of ${lost.length} brought back; the others' copies could not be read.`,
    );
  };
  const forget = async () => {
    if (!window.confirm(`Forget Accord's own copy of ${plural(lost.length)}? They cannot be brought back after this.`))
      return;
    for (const copy of lost) await link.remove(copy.id).catch(() => undefined);
    setLost([]);
    setSaid(`Accord's copy of ${plural(lost.length)} forgotten.`);
  };

  return (
    <section aria-labelledby="kept-copies-heading" className="kept-copies">
      <h2 id="kept-copies-heading">Workshops this browser lost</h2>
      <p>
        Accord keeps its own copy of every workshop outside the browser's storage. The browser no longer has{" "}
        {lost.length === 1 ? "this one" : "these"}:
      </p>
      <ul>
        {lost.map((w) => (
          <li key={w.id}>
            {w.title || "Untitled workshop"}
            {w.deletedAt && <span className="muted"> (in the trash; it comes back there)</span>}
          </li>
        ))}
      </ul>
      <div className="kept-copies-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void bringBack()}>
          Bring {lost.length === 1 ? "it" : "them"} back
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => setLost([])}>
          Not now
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void forget()}>
          Forget {lost.length === 1 ? "this copy" : "these copies"}
        </button>
      </div>
    </section>
  );
}
