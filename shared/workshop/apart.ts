import { CrmRulesSchema, SignatureSchema, SlaCalendarSchema, type Workshop } from "./model";

/**
 * The refinements of the workshop schema that its JSON Schema cannot state
 * (see refinedAs in model.ts), each named by its "apart:" mirror. The quick
 * check runs zod on just these parts of a document; scripts/workshop-shape.ts
 * refuses to compile while this list and the schema's mirrors differ.
 */
export const CHECKED_APART = ["slaCalendar", "reasonCodes", "signatureImage"] as const;

/** Whether the parts of a document of the right shape that only zod can judge pass zod: small parts, checked alone. */
export function passesApart(w: Workshop): boolean {
  if (w.slaCalendar !== null && !SlaCalendarSchema.safeParse(w.slaCalendar).success) return false;
  if (w.crmRules !== null && !CrmRulesSchema.shape.reasonCodes.safeParse(w.crmRules.reasonCodes).success) return false;
  return w.signOff.signatures.every((s) => SignatureSchema.shape.image.safeParse(s.image).success);
}
