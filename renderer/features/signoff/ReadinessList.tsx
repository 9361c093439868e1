import { type ReadinessItem, readiness } from "../../../shared/charter/readiness";
import type { Workshop } from "../../../shared/workshop/model";
import { routeHash } from "../../app/route";
import { edit } from "../../store/workshop-store";

function ReadinessLink({ workshopId, item }: { workshopId: string; item: ReadinessItem }) {
  const { view, id, field = null } = item.target;
  const href = routeHash({ screen: "workshop", workshopId, view, target: id, field });
  return (
    <li className={item.recorded ? "readiness-item readiness-recorded" : "readiness-item"}>
      <a href={href} data-target-id={item.target.id ?? undefined}>
        {item.message}
      </a>
      {item.recorded && <span className="readiness-tag">recorded as an open item</span>}
    </li>
  );
}

/**
 * What still stands between the room and sign-off, each gap a link to where
 * it is fixed. Gaps the room cannot settle today may be signed as open items;
 * a missing date or nobody to sign cannot.
 */
export function ReadinessList({ workshop }: { workshop: Workshop }) {
  const items = readiness(workshop);
  const blockers = items.filter((i) => !i.recorded);
  const mustFix = blockers.filter((i) => !i.canRecord);

  if (items.length === 0) {
    return (
      <section className="readiness readiness-clear" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Ready to sign</h2>
        <p>Every stage, handoff, term and CRM rule is settled.</p>
      </section>
    );
  }
  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">
        {blockers.length === 0 ? "Ready to sign, with open items" : `Before signing: ${blockers.length} to settle`}
      </h2>
      <ul className="readiness-list">
        {items.map((item) => (
          <ReadinessLink key={`${item.kind}:${item.message}`} workshopId={workshop.id} item={item} />
        ))}
      </ul>
      {blockers.length > 0 && mustFix.length === 0 && (
        <div className="readiness-open-items">
          <button type="button" className="btn" onClick={() => edit("recordOpenItems", blockers)}>
            Sign with open items
          </button>
          <span className="muted">
            Writes {blockers.length === 1 ? "this gap" : `these ${blockers.length} gaps`} into the charter’s open items,
            so the room signs {blockers.length === 1 ? "it" : "them"} as not yet settled.
          </span>
        </div>
      )}
      {mustFix.length > 0 && (
        <p className="readiness-must-fix">
          These cannot be signed as open items: {mustFix.map((i) => i.message).join(" ")}
        </p>
      )}
    </section>
  );
}
