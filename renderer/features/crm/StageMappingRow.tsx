import type { CrmObject, ForecastCategory, StageCrmSetup } from "../../../shared/workshop/model";
import { FORECAST_CATEGORIES } from "../../../shared/workshop/model";
import { useStage } from "../../store/selectors";
import { edit } from "../../store/workshop-store";
import { NumberField } from "./NumberField";

const OBJECTS: { value: CrmObject; label: string }[] = [
  { value: "lead", label: "A lead or contact status" },
  { value: "opportunity", label: "An opportunity (deal) stage" },
  { value: "none", label: "Not in the CRM" },
];

/** Salesforce shows Forecast as "Commit"; the file says Forecast. */
const FORECAST_LABELS: Record<ForecastCategory, string> = {
  Omitted: "Omitted",
  Pipeline: "Pipeline",
  BestCase: "Best case",
  MostLikely: "Most likely",
  Forecast: "Commit",
  Closed: "Closed",
};

function Text({
  label,
  value,
  list,
  path,
  onChange,
}: {
  label: string;
  value: string | null;
  list?: string;
  path: string;
  onChange: (v: string | null) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={value ?? ""}
        list={list}
        data-crm-path={path}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      />
    </label>
  );
}

function Flag({
  label,
  checked,
  path,
  onChange,
}: {
  label: string;
  checked: boolean;
  path: string;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="crm-flag">
      <input type="checkbox" checked={checked} data-crm-path={path} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** One stage's place in HubSpot and Salesforce: which object, its API name, and that object's values. */
export function StageMappingRow({ stageId, index }: { stageId: string; index: number }) {
  const stage = useStage(stageId);
  if (!stage) return null;
  const path = `$.charter.stages[${index}]`;
  const setup = stage.crm.setup ?? null;
  const patch = (p: Partial<StageCrmSetup>) => edit("setStageCrmSetup", stageId, p);
  const crm = (p: { hubspotLifecycleStage?: string | null; salesforceLeadStatus?: string | null }) =>
    edit("updateStage", stageId, { crm: p });
  return (
    <li className="crm-stage" data-route-target={`crm-${stageId}`}>
      <div className="crm-stage-head">
        <strong>{stage.name || "Unnamed stage"}</strong>
        {stage.kind === "outcome" && stage.outcome && <span className="crm-badge">{stage.outcome} outcome</span>}
      </div>
      <div className="crm-stage-fields">
        <label className="field">
          <span>In the CRM</span>
          <select
            value={setup?.object ?? ""}
            data-crm-path={`${path}.crm.setup`}
            onChange={(e) =>
              e.target.value === ""
                ? edit("setStageCrmSetup", stageId, null)
                : patch({ object: e.target.value as CrmObject })
            }
          >
            <option value="">Not mapped yet</option>
            {OBJECTS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {setup && setup.object !== "none" && (
          <>
            <Text
              label="API name"
              value={setup.apiName}
              path={`${path}.crm.setup.apiName`}
              onChange={(v) => patch({ apiName: v ?? "" })}
            />
            <Text
              label="HubSpot lifecycle stage"
              value={stage.crm.hubspotLifecycleStage}
              list="crm-hubspot-lifecycle"
              path={`${path}.crm.hubspotLifecycleStage`}
              onChange={(v) => crm({ hubspotLifecycleStage: v })}
            />
          </>
        )}
        {setup?.object === "lead" && (
          <>
            <Text
              label="HubSpot lead status"
              value={setup.hubspotLeadStatus}
              list="crm-hubspot-lead-status"
              path={`${path}.crm.setup.hubspotLeadStatus`}
              onChange={(v) => patch({ hubspotLeadStatus: v })}
            />
            <Text
              label="Salesforce Lead Status"
              value={stage.crm.salesforceLeadStatus}
              list="crm-salesforce-lead-status"
              path={`${path}.crm.salesforceLeadStatus`}
              onChange={(v) => crm({ salesforceLeadStatus: v })}
            />
            <div className="crm-flags">
              <Flag
                label="New leads start here"
                checked={setup.isDefault}
                path={`${path}.crm.setup.isDefault`}
                onChange={(isDefault) => patch({ isDefault })}
              />
              <Flag
                label="Converted"
                checked={setup.converted}
                path={`${path}.crm.setup.converted`}
                onChange={(converted) => patch({ converted })}
              />
            </div>
          </>
        )}
        {setup?.object === "opportunity" && (
          <>
            <NumberField
              label="Probability (%)"
              value={setup.probability}
              min={0}
              max={100}
              step={10}
              path={`${path}.crm.setup.probability`}
              onChange={(probability) => patch({ probability })}
            />
            <label className="field">
              <span>Forecast category</span>
              <select
                value={setup.forecastCategory ?? ""}
                data-crm-path={`${path}.crm.setup.forecastCategory`}
                onChange={(e) => patch({ forecastCategory: (e.target.value || null) as ForecastCategory | null })}
              >
                <option value="">Choose…</option>
                {FORECAST_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {FORECAST_LABELS[c]}
                  </option>
                ))}
              </select>
            </label>
            <div className="crm-flags">
              <Flag
                label="Closed"
                checked={setup.closed}
                path={`${path}.crm.setup.closed`}
                onChange={(closed) => patch({ closed })}
              />
              <Flag label="Won" checked={setup.won} path={`${path}.crm.setup.won`} onChange={(won) => patch({ won })} />
            </div>
          </>
        )}
      </div>
    </li>
  );
}
