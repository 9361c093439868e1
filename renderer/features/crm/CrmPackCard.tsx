import { useMemo, useRef } from "react";
import { writesOneTwo } from "../../../shared/charter/build";
import { crmPackOf } from "../../../shared/crm/live";
import { isLocked } from "../../../shared/signoff/lock";
import type { CrmRuleTopic, Workshop } from "../../../shared/workshop/model";
import { RULE_NAMES, ruleSubjectId } from "../../../shared/workshop/rule-subject";
import { routeHash } from "../../app/route";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { NoticeBanner } from "../../ui/Banner";
import { StageMappingList } from "./StageMappingList";
import { useExportCrmPack } from "./useExportCrmPack";
import "./crm.css";

const current = () => useWorkshopStore.getState().workshop as Workshop;

/** A rule the room has not agreed is fixed where it is agreed, not here. */
const ruleOfPath = (path: string): CrmRuleTopic | null =>
  (/^\$\.charter\.crmAgreement\.(\w+)/.exec(path)?.[1] as CrmRuleTopic | undefined) ?? null;
const agreeHref = (topic: CrmRuleTopic) =>
  routeHash({ screen: "workshop", workshopId: current().id, view: "agreement", target: ruleSubjectId(topic) });

/**
 * The charter's stages as HubSpot and Salesforce will hold them, checked as
 * they are typed with the checks `accord crm` runs, and the pack that sets
 * both CRMs up. The export is open only when nothing is left to fix.
 */
export function CrmPackCard() {
  const stages = useWorkshopStore((s) => s.workshop?.stages);
  const transitions = useWorkshopStore((s) => s.workshop?.transitions);
  const rules = useWorkshopStore((s) => s.workshop?.crmRules);
  const oneTwo = useWorkshopStore((s) => (s.workshop ? writesOneTwo(s.workshop) : true));
  const locked = useWorkshopStore((s) => (s.workshop ? isLocked(s.workshop) : false));
  const agreement = useWorkshopStore((s) => s.workshop?.crmAgreement);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the checks read only stages, transitions, rules and where the room stands on them.
  const { problems, leftOut } = useMemo(() => crmPackOf(current()), [stages, transitions, rules, agreement, oneTwo]);
  const unmapped = (stages ?? []).filter((s) => !s.crm.setup).length;
  const pack = useExportCrmPack();
  const list = useRef<HTMLDivElement>(null);
  const goTo = (path: string) => {
    const field = list.current?.querySelector<HTMLElement>(`[data-crm-path="${CSS.escape(path)}"]`);
    field?.scrollIntoView?.({ block: "center" });
    field?.focus({ preventScroll: true });
  };

  return (
    <section className="export-card crm-card" aria-labelledby="crm-heading">
      <h2 id="crm-heading">CRM set-up for HubSpot and Salesforce</h2>
      {!oneTwo ? (
        <p>
          This version’s charter is written in an earlier format, which has no CRM set-up: the stages are mapped from
          the next version.
        </p>
      ) : (
        <>
          <p>
            Where each stage lives in the CRMs, checked as you type. The pack holds HubSpot’s property and pipeline
            payloads, a Salesforce project to deploy, the glossary as CSV and the charter as Markdown.
          </p>
          <div className="export-actions">
            {unmapped > 0 && !locked && (
              <button type="button" className="btn" onClick={() => edit("mapUnmappedStages")}>
                Suggest a mapping for {unmapped === 1 ? "the unmapped stage" : `the ${unmapped} unmapped stages`}
              </button>
            )}
            <button
              type="button"
              className="btn btn-primary"
              disabled={problems.length > 0}
              onClick={() => pack.exportPack(current())}
            >
              Export CRM set-up pack…
            </button>
          </div>
          <NoticeBanner notice={pack.outcome} onDismiss={pack.dismiss} />
          {problems.length > 0 ? (
            <div className="crm-problems" role="status">
              <p>
                <strong>
                  {problems.length === 1 ? "1 thing to fix" : `${problems.length} things to fix`} before the pack can be
                  made:
                </strong>
              </p>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    {ruleOfPath(p.path) ? (
                      <a href={agreeHref(ruleOfPath(p.path) as CrmRuleTopic)}>{p.message}</a>
                    ) : (
                      <button type="button" className="btn-link" onClick={() => goTo(p.path)}>
                        {p.message}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="export-signed" role="status">
              Every stage is mapped and every check passes: the pack deploys as it is.
            </p>
          )}
          {leftOut.length > 0 && (
            <p className="crm-left-out" role="note">
              Not in the pack, as the room has not agreed them:{" "}
              {leftOut.map((topic, i) => (
                <span key={topic}>
                  {i > 0 && ", "}
                  <a href={agreeHref(topic)}>{RULE_NAMES[topic].title}</a>
                </span>
              ))}
              .
            </p>
          )}
          <div ref={list}>
            <StageMappingList />
          </div>
        </>
      )}
    </section>
  );
}
