import type { AgreementPatch } from "../../../shared/workshop/terms";
import { updateAgreement } from "../../../shared/workshop/terms";
import { useWorkshopStore } from "../../store/workshop-store";
import { useTermField } from "./useTerm";

/** Criteria are typed one per line; splitting and joining on newlines keeps every keystroke. */
const lines = (text: string) => (text === "" ? [] : text.split("\n"));

export function AgreedFields({ termId, termName }: { termId: string; termName: string }) {
  const agreed = useTermField(termId, "agreed");
  const apply = useWorkshopStore((s) => s.apply);
  if (!agreed) return null;
  const edit = (field: keyof AgreementPatch, patch: AgreementPatch) =>
    apply((w) => updateAgreement(w, termId, patch), `agreement.${termId}.${field}`);
  return (
    <div className="agreed-fields">
      <div className="agreed-definition-head">
        <label htmlFor={`agreed-${termId}`}>Agreed definition of {termName}</label>
        <button type="button" className="btn btn-quiet" onClick={() => edit("definition", { definition: "" })}>
          Start blank
        </button>
      </div>
      <textarea
        id={`agreed-${termId}`}
        className="agreed-definition"
        value={agreed.definition}
        rows={3}
        onChange={(e) => edit("definition", { definition: e.target.value })}
      />
      <div className="criteria">
        <label className="field">
          <span>Entry criteria (one per line)</span>
          <textarea
            value={agreed.entryCriteria.join("\n")}
            rows={3}
            onChange={(e) => edit("entryCriteria", { entryCriteria: lines(e.target.value) })}
          />
        </label>
        <label className="field">
          <span>Exit criteria (one per line)</span>
          <textarea
            value={agreed.exitCriteria.join("\n")}
            rows={3}
            onChange={(e) => edit("exitCriteria", { exitCriteria: lines(e.target.value) })}
          />
        </label>
      </div>
    </div>
  );
}
