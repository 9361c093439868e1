import { useEffect, useRef, useState } from "react";
import { earlierVersions } from "../../../shared/signoff/versions";
import type { Workshop } from "../../../shared/workshop/model";
import { Banner } from "../../ui/Banner";
import { CharterReader } from "../../ui/charter/CharterReader";
import { ShortHash } from "../../ui/charter/ShortHash";
import { useSaveCharterJson } from "../../ui/charter/useSaveCharter";
import { useEarlierVersion } from "./useEarlierVersion";

function EarlierReader({ workshop, version, onClose }: { workshop: Workshop; version: number; onClose: () => void }) {
  const earlier = useEarlierVersion(workshop, version);
  const place = useRef<HTMLDivElement>(null);
  const ready = earlier?.state === "ready";
  // Opened below the list, often below the fold on a 720-pixel projector: bring it into view.
  useEffect(() => {
    if (ready) place.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [ready]);
  if (earlier === null || earlier.state === "loading") return <p className="muted">Reading version {version}…</p>;
  if (earlier.state === "damaged") return <p role="alert">Version {version} is damaged and cannot be shown.</p>;
  const close = (
    <button type="button" className="btn" onClick={onClose}>
      Close version {version}
    </button>
  );
  return (
    <div ref={place}>
      <CharterReader file={earlier.file} intact actions={close} />
    </div>
  );
}

/** Signed versions before this one stay readable and exportable exactly as they were signed. */
export function EarlierVersions({ workshop }: { workshop: Workshop }) {
  const versions = earlierVersions(workshop);
  const [open, setOpen] = useState<number | null>(null);
  const json = useSaveCharterJson();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="earlier-heading">
      <h2 id="earlier-heading">Earlier versions</h2>
      {json.outcome && (
        <Banner tone={json.outcome.tone}>
          <p>{json.outcome.text}</p>
          <button type="button" className="btn" onClick={json.dismiss}>
            OK
          </button>
        </Banner>
      )}
      <ul className="earlier-versions">
        {versions.map((v) => (
          <li key={v.version}>
            <span className="earlier-version-name">Version {v.version}</span> <ShortHash hash={v.contentHash} />
            <button type="button" className="btn" onClick={() => setOpen(open === v.version ? null : v.version)}>
              {open === v.version ? "Hide" : "View"} version {v.version}
            </button>
            <button type="button" className="btn" onClick={() => json.save(workshop, v.version)}>
              Export version {v.version} as JSON…
            </button>
          </li>
        ))}
      </ul>
      {open !== null && <EarlierReader workshop={workshop} version={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
