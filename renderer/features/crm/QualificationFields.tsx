import type { Qualification } from "../../../shared/workshop/model";
import { edit } from "../../store/workshop-store";
import { LinesField } from "./LinesField";
import { NumberField } from "./NumberField";

/** Who the room sells to, who it does not, who buys, and when marketing hands a lead over. */
export function QualificationFields({ q }: { q: Qualification }) {
  const update = (patch: Partial<Qualification>) => edit("updateQualification", patch);
  return (
    <div className="crm-qualification">
      <label className="field crm-wide">
        <span>Ideal customer profile</span>
        <textarea
          rows={3}
          value={q.idealCustomerProfile}
          placeholder="B2B software companies, 50–500 people, in the EU, with a RevOps team"
          onChange={(e) => update({ idealCustomerProfile: e.target.value })}
        />
      </label>
      <LinesField
        label="Not a fit, whatever the score (one a line)"
        hint={"Students\nCompetitors\nAgencies reselling"}
        items={q.exclusions}
        onChange={(exclusions) => update({ exclusions })}
      />
      <LinesField
        label="The buying committee (one role a line)"
        hint={"Economic buyer\nChampion\nTechnical evaluator"}
        items={q.buyingRoles}
        onChange={(buyingRoles) => update({ buyingRoles })}
      />
      <NumberField
        label="Fit score that qualifies"
        value={q.fitThreshold}
        min={0}
        max={100_000}
        onChange={(fitThreshold) => update({ fitThreshold })}
      />
      <NumberField
        label="Engagement score that qualifies"
        value={q.engagementThreshold}
        min={0}
        max={100_000}
        onChange={(engagementThreshold) => update({ engagementThreshold })}
      />
      <label className="field crm-wide">
        <span>Fast lane: what makes a lead marketing-qualified at once</span>
        <textarea
          rows={2}
          value={q.handRaise}
          placeholder="Asks for a demo or for pricing, or books a meeting"
          onChange={(e) => update({ handRaise: e.target.value })}
        />
      </label>
    </div>
  );
}
