import type { Charter, CharterCrmRules } from "../charter/format";
import type { ReasonKind } from "../workshop/model";

type Code = CharterCrmRules["reasonCodes"][number];

const KIND_LABELS: Record<ReasonKind, string> = {
  reject: "Rejected before contact",
  disqualify: "Disqualified after contact",
  recycle: "Recycled to nurture",
};
export const reasonKindLabel = (kind: ReasonKind) => KIND_LABELS[kind];

/** The help text of the reason-code field, the same in both CRMs. */
export const reasonFieldDescription = (c: Charter) =>
  `Why a lead was rejected, disqualified or recycled, as agreed in the charter “${c.title}”, version ${c.version}.`;

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** What a code means in the CRM's help text: its kind, the room's words, and when to look again. */
export function reasonOptionDescription(code: Code): string {
  const again =
    code.kind === "recycle" && code.revisitAfterDays !== null
      ? ` Look again after ${days(code.revisitAfterDays)}.`
      : "";
  const words = code.description.trim() === "" ? "" : ` ${code.description.trim()}`;
  return `${reasonKindLabel(code.kind)}.${words}${again}`;
}
