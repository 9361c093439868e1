import { type Details, DetailsSchema, type Workshop } from "./model";
import { ok, type Result, refuse } from "./result";

const FIELD_LABELS: Record<keyof Details, string> = {
  title: "The title",
  organization: "The organisation",
  date: "The date",
  facilitator: "The facilitator",
};

export function updateDetails(w: Workshop, patch: Partial<Details>): Result {
  const details = { ...w.details, ...patch };
  const parsed = DetailsSchema.safeParse(details);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "details") as keyof Details;
    const what = FIELD_LABELS[field] ?? "A detail";
    const why =
      field === "date" ? "must be a date like 2026-11-23" : issue?.code === "too_big" ? "is too long" : issue?.message;
    return refuse(`$.details.${field}`, `${what} ${why}.`);
  }
  return ok({ ...w, details });
}
