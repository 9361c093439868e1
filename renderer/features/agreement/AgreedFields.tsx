import type { AgreementPatch } from "../../../shared/workshop/terms";
import { useTermField } from "../../store/selectors";
import { edit } from "../../store/workshop-store";

/** Criteria are typed one per line; splitting and joining on newlines keeps every keystroke. */
const lines = (text: string) => (text === "" ? [] : text.split("\n"));

export function AgreedFields({ termId, termName }: { termId: string; termName: string }) {
  const agreed = useTermField(termId, "agreed");
  if (!agreed) return null;
  const update = (patch: AgreementPatch) => edit("updateAgreement", termId, patch);
  return (
    <div className="agreed-fields">
      <div className="agreed-definition-head">
        <label htmlFor={`agreed-${termId}`}>Agreed definition of {termName}</label>
        <button type="button" className="btn btn-quiet" onClick={() => update({ definition: "" })}>
          Start blank
        </button>
      </div>
      <textarea
        id={`agreed-${termId}`}
        className="agreed-definition"
        value={agreed.definition}
        rows={3}
        onChange={(e) => update({ definition: e.target.value })}
      />
      <div className="criteria">
        <label className="field">
          <span>Entry criteria (one per line)</span>
          <textarea
            value={agreed.entryCriteria.join("\n")}
            rows={3}
            onChange={(e) => update({ entryCriteria: lines(e.target.value) })}
          />
        </label>
        <label className="field">
          <span>Exit criteria (one per line)</span>
          <textarea
            value={agreed.exitCriteria.join("\n")}
            rows={3}
            onChange={(e) => update({ exitCriteria: lines(e.target.value) })}
          />
        </label>
      </div>
    </div>
  );
}
