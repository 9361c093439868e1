import { useRef } from "react";
import { reasonKindLabel } from "../../../shared/crm/reasons";
import { REASON_KINDS, type ReasonCode, type ReasonKind } from "../../../shared/workshop/model";
import { edit } from "../../store/workshop-store";
import { useFocusNew } from "../../ui/useFocusNew";
import { NumberField } from "./NumberField";

const HINTS: Record<ReasonKind, string> = {
  reject: "Why sales sends a lead back before anyone talks to it.",
  disqualify: "Why a lead is closed after someone talked to it.",
  recycle: "Why a lead goes back to marketing, and when to look at it again.",
};

function ReasonCodeRow({ code, index }: { code: ReasonCode; index: number }) {
  const path = `$.charter.crmRules.reasonCodes[${index}]`;
  const update = (patch: Partial<ReasonCode>) => edit("updateReasonCode", code.id, patch);
  return (
    <li className="crm-reason" data-route-target={code.id}>
      <label className="field">
        <span>Reason</span>
        <input value={code.label} data-crm-path={`${path}.label`} onChange={(e) => update({ label: e.target.value })} />
      </label>
      <label className="field">
        <span>API name</span>
        <input
          value={code.apiName}
          data-crm-path={`${path}.apiName`}
          onChange={(e) => update({ apiName: e.target.value })}
        />
      </label>
      <label className="field crm-reason-words">
        <span>What it means</span>
        <input value={code.description} onChange={(e) => update({ description: e.target.value })} />
      </label>
      {code.kind === "recycle" && (
        <NumberField
          label="Look again after (days)"
          value={code.revisitAfterDays}
          min={1}
          max={3650}
          onChange={(revisitAfterDays) => update({ revisitAfterDays })}
        />
      )}
      <button
        type="button"
        className="btn btn-quiet"
        aria-label={`Remove the reason “${code.label}”`}
        onClick={() => edit("removeReasonCode", code.id)}
      >
        ✕
      </button>
    </li>
  );
}

/** The reason codes the CRM will offer, by kind, as the room agrees them. */
export function ReasonCodes({ codes }: { codes: readonly ReasonCode[] }) {
  const list = useRef<HTMLDivElement>(null);
  const focusNew = useFocusNew(list);
  return (
    <div ref={list}>
      {REASON_KINDS.map((kind) => (
        <section key={kind} className="crm-reason-kind" aria-labelledby={`reason-${kind}`}>
          <h3 id={`reason-${kind}`}>{reasonKindLabel(kind)}</h3>
          <p className="muted">{HINTS[kind]}</p>
          <ul className="crm-reasons">
            {codes.map((c, i) => (c.kind === kind ? <ReasonCodeRow key={c.id} code={c} index={i} /> : null))}
          </ul>
          <button
            type="button"
            className="btn"
            onClick={() => {
              const added = edit("addReasonCode", kind);
              if (added.ok) focusNew(added.value as string);
            }}
          >
            Add a reason: {reasonKindLabel(kind).toLowerCase()}
          </button>
        </section>
      ))}
    </div>
  );
}
