import { buildCharterFile } from "../../shared/charter/build";
import type { CharterFile } from "../../shared/charter/format";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import type { TemplateKey } from "../../shared/journey/template-data";
import { applyTemplate } from "../../shared/journey/templates";
import type { Workshop } from "../../shared/workshop/model";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { INFO } from "../charter/charter-builders";

/** A dated workshop drawn from a template, every stage mapped as Accord suggests. */
export function aMappedWorkshop(template: TemplateKey): Workshop {
  const w = aWorkshop({ title: "Acme charter", organization: "Acme", date: "2026-11-22", facilitator: "Zoë" });
  const drawn = expectOk(applyTemplate(w, template, { makeId: sequentialIds("t") }));
  return expectOk(mapUnmappedStages(drawn));
}

export async function charterOf(w: Workshop): Promise<CharterFile> {
  return expectOk(await buildCharterFile(w, INFO));
}
