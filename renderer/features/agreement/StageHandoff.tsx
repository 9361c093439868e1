import { useShallow } from "zustand/react/shallow";
import { SLA_UNITS, type SlaUnit, type Team } from "../../../shared/workshop/model";
import { updateStage } from "../../../shared/workshop/stages";
import { updateTransition } from "../../../shared/workshop/transitions";
import { useWorkshopStore } from "../../store/workshop-store";

const NO_TEAMS: Team[] = [];
const UNIT_LABELS: Record<SlaUnit, string> = {
  minutes: "minutes",
  hours: "hours",
  "business-hours": "business hours",
  days: "days",
  "business-days": "business days",
};

function TeamSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">No team yet</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The handoff leaving this stage: its trigger, SLA and what happens when the next team rejects the buyer. */
function Handoff({ transitionId }: { transitionId: string }) {
  const transition = useWorkshopStore((s) => s.workshop?.transitions.find((t) => t.id === transitionId));
  const target = useWorkshopStore((s) => s.workshop?.stages.find((st) => st.id === transition?.to)?.name ?? "");
  const apply = useWorkshopStore((s) => s.apply);
  if (!transition) return null;
  const key = (field: string) => `transition.${transitionId}.${field}`;
  const sla = transition.sla ?? { within: 24, unit: "business-hours" as SlaUnit };
  return (
    <fieldset className="handoff">
      <legend>Handoff to {target}</legend>
      <label className="field">
        <span>Handoff trigger</span>
        <input
          value={transition.trigger}
          onChange={(e) => apply((w) => updateTransition(w, transitionId, { trigger: e.target.value }), key("trigger"))}
        />
      </label>
      <div className="sla">
        <label className="field">
          <span>SLA: within</span>
          <input
            type="number"
            min={1}
            value={transition.sla?.within ?? ""}
            onChange={(e) => {
              const within = e.target.valueAsNumber;
              apply(
                (w) => updateTransition(w, transitionId, { sla: Number.isNaN(within) ? null : { ...sla, within } }),
                key("sla"),
              );
            }}
          />
        </label>
        <label className="field">
          <span>SLA unit</span>
          <select
            value={sla.unit}
            onChange={(e) =>
              apply((w) =>
                updateTransition(w, transitionId, { sla: { within: sla.within, unit: e.target.value as SlaUnit } }),
              )
            }
          >
            {SLA_UNITS.map((u) => (
              <option key={u} value={u}>
                {UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>Rejection / recycle rule</span>
        <input
          value={transition.onReject ?? ""}
          onChange={(e) =>
            apply((w) => updateTransition(w, transitionId, { onReject: e.target.value || null }), key("onReject"))
          }
        />
      </label>
    </fieldset>
  );
}

/** For a stage's term the agreement also says who owns the stage and how the buyer is handed on. */
export function StageHandoff({ stageId }: { stageId: string }) {
  const owner = useWorkshopStore((s) => s.workshop?.stages.find((st) => st.id === stageId)?.owner);
  const outgoing = useWorkshopStore(
    useShallow((s) => s.workshop?.transitions.filter((t) => t.from === stageId).map((t) => t.id) ?? []),
  );
  const apply = useWorkshopStore((s) => s.apply);
  if (!owner) return null;
  return (
    <div className="stage-handoff">
      <div className="owner">
        <TeamSelect
          label="Owner team"
          value={owner.teamId}
          onChange={(teamId) => apply((w) => updateStage(w, stageId, { owner: { teamId } }))}
        />
        <label className="field">
          <span>Owner role</span>
          <input
            value={owner.role}
            placeholder="e.g. SDR team lead"
            onChange={(e) =>
              apply((w) => updateStage(w, stageId, { owner: { role: e.target.value } }), `stage.${stageId}.role`)
            }
          />
        </label>
      </div>
      {outgoing.length === 0 ? (
        <p className="muted">
          This stage has no outgoing transition yet: draw one on the journey map to set its handoff.
        </p>
      ) : (
        outgoing.map((id) => <Handoff key={id} transitionId={id} />)
      )}
    </div>
  );
}
