import { useMemo } from "react";
import type { Transition } from "../../../shared/workshop/model";
import { stageOf, useTransition } from "../../store/selectors";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { NumberField } from "./NumberField";

function FollowUpRow({ transitionId }: { transitionId: string }) {
  const t = useTransition(transitionId);
  const from = useWorkshopStore((s) => (t ? stageOf(s, t.from)?.name : undefined));
  const to = useWorkshopStore((s) => (t ? stageOf(s, t.to)?.name : undefined));
  const name = `${from || "An unnamed stage"} → ${to || "an unnamed stage"}`;
  if (!t) return null;
  const f = t.followUp ?? null;
  const set = (patch: Partial<NonNullable<Transition["followUp"]>> | null) => edit("setFollowUp", transitionId, patch);
  return (
    <li className="crm-follow-up" data-route-target={`follow-up-${transitionId}`}>
      <label className="crm-flag crm-follow-up-name">
        <input type="checkbox" checked={f !== null} onChange={(e) => set(e.target.checked ? {} : null)} />
        <span>{name}</span>
      </label>
      {f && (
        <>
          <NumberField
            label="Attempts"
            value={f.attempts}
            min={1}
            max={100}
            onChange={(v) => v !== null && set({ attempts: v })}
          />
          <NumberField
            label="Over (days)"
            value={f.overDays}
            min={1}
            max={365}
            onChange={(v) => v !== null && set({ overDays: v })}
          />
          <label className="field">
            <span>Tell when the SLA is missed</span>
            <input
              value={f.escalateTo}
              placeholder="Head of sales"
              onChange={(e) => set({ escalateTo: e.target.value })}
            />
          </label>
        </>
      )}
    </li>
  );
}

/** For each handoff: how hard to try before "unreachable", and who hears of a missed SLA. */
export function FollowUps() {
  const transitions = useWorkshopStore((s) => s.workshop?.transitions);
  const handoffs = useMemo(() => (transitions ?? []).filter((t) => t.handoff).map((t) => t.id), [transitions]);
  if (handoffs.length === 0) return <p className="muted">No handoffs on the journey yet: mark one on Journey.</p>;
  return (
    <ul className="crm-follow-ups">
      {handoffs.map((id) => (
        <FollowUpRow key={id} transitionId={id} />
      ))}
    </ul>
  );
}
