import { newId } from "../workshop/ids";
import type { Team, Workshop } from "../workshop/model";
import { ok, type Result, refuse } from "../workshop/result";
import { addStage, removeStages } from "../workshop/stages";
import { connectStages, updateTransition } from "../workshop/transitions";
import { arrangeJourney, type LayoutOptions } from "./layout";
import { type JourneyTemplate, TEMPLATES, type TeamPart, type TemplateKey } from "./template-data";

export { type JourneyTemplate, TEMPLATE_KEYS, TEMPLATES, type TemplateKey } from "./template-data";

export function templateByKey(key: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.key === key);
}

/**
 * Matches a template's marketing / sales / customer-success parts to the
 * room's teams by name, falling back to the first two teams: the default
 * workshop has Marketing and Sales, but rooms rename them.
 */
export function teamsForParts(teams: readonly Team[]): Record<TeamPart, string> {
  const named = (pattern: RegExp, not: string[] = []) =>
    teams.find((t) => pattern.test(t.name) && !not.includes(t.id))?.id;
  const marketing = named(/market/i) ?? (teams[0] as Team).id;
  const sales = named(/sales|sdr|bdr|revenue/i, [marketing]) ?? (teams.find((t) => t.id !== marketing) as Team).id;
  const success = named(/success|customer|account|service|support/i, [marketing, sales]) ?? sales;
  return { marketing, sales, success };
}

function build(w: Workshop, template: JourneyTemplate, makeId: () => string): Result {
  const teams = teamsForParts(w.teams);
  const ids = new Map<string, string>();
  let next = w;
  for (const s of template.stages) {
    const added = addStage(
      next,
      {
        name: s.name,
        buyerLabel: s.buyerLabel,
        kind: s.outcome ? "outcome" : "stage",
        outcome: s.outcome ?? null,
        owner: { teamId: teams[s.owner], role: s.role },
        crm: { hubspotLifecycleStage: s.hubspot ?? null, salesforceLeadStatus: s.salesforce ?? null },
      },
      makeId,
    );
    if (!added.ok) return added;
    next = added.value.workshop;
    ids.set(s.key, added.value.value);
  }
  // A template lists its stages in the order it was written; connecting them must not reorder it.
  const { stages, terms } = next;
  for (const t of template.transitions) {
    const connected = connectStages(next, ids.get(t.from) as string, ids.get(t.to) as string, makeId);
    if (!connected.ok) return connected;
    const described = updateTransition(connected.value.workshop, connected.value.value, {
      trigger: t.trigger,
      sla: t.sla ?? null,
      onReject: t.onReject ?? null,
    });
    if (!described.ok) return described;
    next = described.value;
  }
  return ok({ ...next, stages, terms });
}

/**
 * Replaces the journey with a template, laid out left to right, every stage
 * with its glossary term. One operation, so the room can undo it in one
 * step. Terms the room already wrote into survive as free terms, and a
 * template stage of the same name takes its term back.
 */
export function applyTemplate(
  w: Workshop,
  key: TemplateKey,
  options: LayoutOptions & { makeId?: () => string } = {},
): Result {
  const template = templateByKey(key);
  if (!template) return refuse("template", `There is no journey template called "${key}".`);
  const cleared = removeStages(
    w,
    w.stages.map((s) => s.id),
  );
  if (!cleared.ok) return cleared;
  const built = build(cleared.value, template, options.makeId ?? newId);
  if (!built.ok) return built;
  return arrangeJourney(built.value, options);
}
