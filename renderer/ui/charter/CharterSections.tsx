import type { Charter, CharterSignature } from "../../../shared/charter/format";
import { formatOwner, formatSla, transitionName } from "../../../shared/charter/wording";
import { formatDateTime } from "../format";

const orNone = (text: string) => (text.trim() === "" ? "—" : text);

export function Stages({ charter }: { charter: Charter }) {
  if (charter.stages.length === 0) return null;
  return (
    <section>
      <h3>Stages</h3>
      <dl className="charter-reader-list">
        {charter.stages.map((s) => (
          <div key={s.id}>
            <dt>
              {s.name || "Unnamed stage"} <span className="muted">· {formatOwner(charter, s.owner)}</span>
            </dt>
            <dd>{orNone(s.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function Handoffs({ charter }: { charter: Charter }) {
  const handoffs = charter.transitions.filter((t) => t.handoff);
  if (handoffs.length === 0) return null;
  return (
    <section>
      <h3>Handoffs</h3>
      <dl className="charter-reader-list">
        {handoffs.map((t) => (
          <div key={t.id}>
            <dt>
              {transitionName(charter, t)}{" "}
              <span className="muted">
                · {formatOwner(charter, t.owner)} · within {formatSla(t.sla)}
              </span>
            </dt>
            <dd>{orNone(t.trigger)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function Glossary({ charter }: { charter: Charter }) {
  const free = charter.terms.filter((t) => t.stageId === null);
  if (free.length === 0) return null;
  return (
    <section>
      <h3>Glossary</h3>
      <dl className="charter-reader-list">
        {free.map((t) => (
          <div key={t.id}>
            <dt>
              {t.term || "Unnamed term"} <span className="muted">· {t.status}</span>
            </dt>
            <dd>{orNone(t.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function OpenItems({ charter }: { charter: Charter }) {
  if (charter.openItems.length === 0) return null;
  return (
    <section>
      <h3>Open items</h3>
      <ul>
        {charter.openItems.map((o) => (
          <li key={o.id}>{o.text}</li>
        ))}
      </ul>
    </section>
  );
}

export function Signatures({ charter, signatures }: { charter: Charter; signatures: CharterSignature[] }) {
  const signatories = charter.participants.filter((p) => p.signatory);
  return (
    <section>
      <h3>Signatures</h3>
      <ul className="charter-reader-signatures">
        {signatories.map((p) => {
          const s = signatures.find((x) => x.participantId === p.id);
          return (
            <li key={p.id}>
              <strong>{p.name || "Unnamed"}</strong> <span className="muted">{p.role}</span>
              {s ? (
                <span>
                  {" "}
                  · signed “{s.name}” on {formatDateTime(s.signedAt)}
                  {s.image && <img src={s.image} alt={`Drawn signature of ${s.name}`} />}
                </span>
              ) : (
                <span> · not signed</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
