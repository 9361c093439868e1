import type { Workshop } from "../../shared/workshop/model";
import { addTerm, recordDefinition } from "../../shared/workshop/terms";
import { aWorkshop, expectOk } from "../builders";
import { storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

export const MARKETING_LEAD = "Anyone who fills a form or downloads content";
export const SALES_LEAD = "A person with budget who fills a form and asked for a demo";

/** Acme with a free term "Lead" (id "lead") that the two teams define differently. */
export function aWorkshopWithLead(): Workshop {
  const base = aWorkshop();
  const [marketing, sales] = base.teams.map((t) => t.id) as [string, string];
  let w = expectOk(addTerm(base, { term: "Lead" }, () => "lead")).workshop;
  w = expectOk(recordDefinition(w, "lead", marketing, MARKETING_LEAD));
  return expectOk(recordDefinition(w, "lead", sales, SALES_LEAD));
}

/** The whole app, opened on one view of a stored workshop. */
export async function openView(view: string, workshop: Workshop = aWorkshopWithLead()) {
  const app = renderApp();
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/${view}`;
  return { ...app, workshop };
}
