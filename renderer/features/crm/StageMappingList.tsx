import { useMemo } from "react";
import {
  HUBSPOT_DEFAULT_LEAD_STATUSES,
  HUBSPOT_DEFAULT_STAGES,
  SALESFORCE_LEAD_STATUSES,
} from "../../../shared/journey/crm";
import { journeyOrder } from "../../../shared/journey/order";
import { isLocked } from "../../../shared/signoff/lock";
import { useWorkshopStore } from "../../store/workshop-store";
import { StageMappingRow } from "./StageMappingRow";
import "./crm.css";

function Suggestions() {
  return (
    <>
      <datalist id="crm-hubspot-lifecycle">
        {HUBSPOT_DEFAULT_STAGES.map((s) => (
          <option key={s.value} value={s.label} />
        ))}
      </datalist>
      <datalist id="crm-hubspot-lead-status">
        {HUBSPOT_DEFAULT_LEAD_STATUSES.map((s) => (
          <option key={s.value} value={s.label} />
        ))}
      </datalist>
      <datalist id="crm-salesforce-lead-status">
        {SALESFORCE_LEAD_STATUSES.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}

/** Every stage's CRM mapping, in the order a buyer meets them: on Export, and where the room agrees it. */
export function StageMappingList() {
  const stages = useWorkshopStore((s) => s.workshop?.stages);
  const transitions = useWorkshopStore((s) => s.workshop?.transitions);
  const locked = useWorkshopStore((s) => (s.workshop ? isLocked(s.workshop) : false));
  const ordered = useMemo(
    () => (stages && transitions ? journeyOrder(stages, transitions) : []),
    [stages, transitions],
  );
  const indexOf = useMemo(() => new Map((stages ?? []).map((s, i) => [s.id, i])), [stages]);
  return (
    <>
      <Suggestions />
      <fieldset className="crm-fieldset" disabled={locked}>
        <legend className="visually-hidden">Stage mappings</legend>
        <ol className="crm-stages">
          {ordered.map((s) => (
            <StageMappingRow key={s.id} stageId={s.id} index={indexOf.get(s.id) ?? 0} />
          ))}
        </ol>
      </fieldset>
    </>
  );
}
