import { planJourney } from "../../shared/journey/layout";
import { applyTemplate, TEMPLATE_KEYS, TEMPLATES, teamsForParts } from "../../shared/journey/templates";
import { WorkshopSchema } from "../../shared/workshop/model";
import { addTeam, renameTeam } from "../../shared/workshop/teams";
import { recordDefinition } from "../../shared/workshop/terms";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { aJourney, deepFreeze, expectValid, readsForward, termOf } from "./journey-builders";

/** Every stage reachable from the first one, ignoring direction: one journey, not islands. */
function isConnected(w: ReturnType<typeof aWorkshop>): boolean {
  const first = w.stages[0];
  if (!first) return true;
  const seen = new Set([first.id]);
  const queue = [first.id];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const t of w.transitions) {
      const other = t.from === at ? t.to : t.to === at ? t.from : null;
      if (other && !seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen.size === w.stages.length;
}

describe("journey templates", () => {
  it("offers blank, demand waterfall, CRM lifecycle, buyer language and bowtie, each described", () => {
    expect(TEMPLATES.map((t) => t.key)).toEqual([...TEMPLATE_KEYS]);
    expect(TEMPLATES.map((t) => t.name)).toEqual([
      "Blank",
      "Demand waterfall",
      "CRM lifecycle",
      "Buyer language",
      "Bowtie",
    ]);
    for (const t of TEMPLATES) expect(t.description.length).toBeGreaterThan(40);
  });

  for (const key of TEMPLATE_KEYS.filter((k) => k !== "blank")) {
    it(`${key} is a connected, laid-out journey whose stages each have exactly one term`, () => {
      const w = expectValid(applyTemplate(deepFreeze(aWorkshop()), key, { makeId: sequentialIds("t") }));
      expect(w.stages.length).toBeGreaterThanOrEqual(6);
      expect(isConnected(w)).toBe(true);
      for (const s of w.stages) {
        expect(w.terms.filter((t) => t.stageId === s.id)).toHaveLength(1);
        expect(termOf(w, s.id)?.term).toBe(s.name);
        expect(s.owner.teamId).not.toBeNull();
      }
      const spots = new Set(w.stages.map((s) => `${s.position.x},${s.position.y}`));
      expect(spots.size).toBe(w.stages.length);
      const plan = planJourney(w.stages, w.transitions);
      for (const s of w.stages) expect(s.position).toEqual(plan.positions[s.id]);
      for (const t of w.transitions) expect(readsForward(w, plan.rows, t)).toBe(true);
      expect(w.transitions.some((t) => t.handoff && t.trigger !== "" && t.sla !== null)).toBe(true);
    });
  }

  it("fills HubSpot lifecycle values and Salesforce lead statuses where the standards give them", () => {
    const w = expectOk(applyTemplate(aWorkshop(), "crm-lifecycle"));
    const hubspot = w.stages.map((s) => s.crm.hubspotLifecycleStage);
    expect(hubspot).toEqual([
      "subscriber",
      "lead",
      "marketingqualifiedlead",
      "salesqualifiedlead",
      "opportunity",
      "customer",
      "evangelist",
      "other",
    ]);
    const statuses = new Set(w.stages.map((s) => s.crm.salesforceLeadStatus).filter(Boolean));
    expect([...statuses].sort()).toEqual([
      "Closed - Converted",
      "Closed - Not Converted",
      "Open - Not Contacted",
      "Working - Contacted",
    ]);
  });

  it("marks the waterfall's MQL to SAL transition as a handoff from marketing to sales", () => {
    const w = expectOk(applyTemplate(aWorkshop(), "demand-waterfall"));
    const byName = (name: string) => w.stages.find((s) => s.name === name)?.id;
    const handoff = w.transitions.find((t) => t.from === byName("MQL") && t.to === byName("SAL"));
    expect(handoff?.handoff).toBe(true);
    expect(handoff?.sla).toEqual({ within: 24, unit: "hours" });
    expect(handoff?.onReject).toMatch(/misrouted/);
    expect(w.stages.filter((s) => s.kind === "outcome").map((s) => s.outcome)).toEqual(["won", "lost"]);
  });

  it("gives the bowtie's right-hand side to a customer success team when the room has one", () => {
    let w = expectOk(addTeam(aWorkshop(), undefined, () => "cs")).workshop;
    w = expectOk(renameTeam(w, "cs", "Customer success"));
    expect(teamsForParts(w.teams).success).toBe("cs");
    w = expectOk(applyTemplate(w, "bowtie"));
    expect(w.stages.find((s) => s.name === "Onboard")?.owner.teamId).toBe("cs");
    const commitToOnboard = w.transitions.find((t) => t.from === w.stages.find((s) => s.name === "Commit")?.id);
    expect(commitToOnboard?.handoff).toBe(true);
  });

  it("replaces the journey, keeping what the room wrote in a term for the template's stage of that name", () => {
    const { w: journey, marketing } = aJourney();
    const written = expectOk(recordDefinition(journey, "term-mql", marketing, "Scored 50+"));
    const w = expectValid(applyTemplate(written, "demand-waterfall"));
    expect(w.stages.some((s) => s.name === "SAL" && s.id === "sal")).toBe(false);
    const mql = w.stages.find((s) => s.name === "MQL");
    expect(termOf(w, mql?.id as string)?.teamDefinitions[marketing]).toBe("Scored 50+");
    expect(w.terms.filter((t) => t.term === "MQL")).toHaveLength(1);
  });

  it("clears the map with the blank template", () => {
    const { w } = aJourney();
    const cleared = expectOk(applyTemplate(w, "blank"));
    expect(cleared.stages).toEqual([]);
    expect(cleared.transitions).toEqual([]);
    expect(WorkshopSchema.safeParse(cleared).success).toBe(true);
  });

  it("refuses a template it does not know", () => {
    const result = applyTemplate(aWorkshop(), "funnel" as never);
    expect(result.ok).toBe(false);
  });
});
