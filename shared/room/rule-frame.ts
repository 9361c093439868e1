import { describeMapping } from "../charter/mapping";
import { followUpAttempts } from "../charter/wording";
import { reasonKindLabel } from "../crm/reasons";
import { journeyOrder } from "../journey/order";
import { followedHandoff } from "../workshop/crm-agreement";
import { byId } from "../workshop/locate";
import type { CrmRuleTopic, Workshop } from "../workshop/model";

type Line = { label: string; text: string };
const said = (text: string) => text.trim();

/** A CRM rule as the room reads it: one line per thing agreed, in the order the room meets them. */
export function ruleLines(w: Workshop, topic: CrmRuleTopic): Line[] {
  switch (topic) {
    case "stageMappings":
      return journeyOrder(w.stages, w.transitions).map((s) => ({
        label: s.name,
        text: describeMapping(s),
      }));
    case "followUps": {
      const name = (id: string) => byId(w.stages, id)?.name ?? "";
      return w.transitions.flatMap((t) =>
        followedHandoff(t) && t.followUp
          ? [
              {
                label: `${name(t.from)} → ${name(t.to)}`,
                text: `${followUpAttempts(t.followUp)}${said(t.followUp.escalateTo) ? `; missed SLA: ${said(t.followUp.escalateTo)}` : ""}`,
              },
            ]
          : [],
      );
    }
    case "qualification": {
      const q = w.crmRules?.qualification;
      if (!q) return [];
      const scores = [
        q.fitThreshold === null ? null : `fit ${q.fitThreshold}`,
        q.engagementThreshold === null ? null : `engagement ${q.engagementThreshold}`,
      ].filter((x) => x !== null);
      const lines: (Line | null)[] = [
        said(q.idealCustomerProfile) ? { label: "Who fits", text: said(q.idealCustomerProfile) } : null,
        q.exclusions.length ? { label: "Not a fit", text: q.exclusions.join(", ") } : null,
        q.buyingRoles.length ? { label: "Who buys", text: q.buyingRoles.join(", ") } : null,
        scores.length ? { label: "Qualified at", text: `${scores.join(" and ")}, scored apart` } : null,
        said(q.handRaise) ? { label: "Fast lane", text: said(q.handRaise) } : null,
      ];
      return lines.filter((l) => l !== null);
    }
    case "reasonCodes":
      return (w.crmRules?.reasonCodes ?? []).map((c) => ({
        label: reasonKindLabel(c.kind),
        text:
          c.kind === "recycle" && c.revisitAfterDays !== null
            ? `${c.label}, looked at again after ${c.revisitAfterDays} days`
            : c.label,
      }));
  }
}
