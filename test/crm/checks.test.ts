import { beforeAll, describe, expect, it } from "vitest";
import type { CharterFile } from "../../shared/charter/format";
import { buildCrmPack } from "../../shared/crm/pack";
import { aDealsWorkshop, charterOf } from "./pack-builders";

type Edit = (f: CharterFile) => void;
let base: CharterFile;
beforeAll(async () => {
  base = await charterOf(aDealsWorkshop());
});

const stage = (f: CharterFile, name: string) => {
  const found = f.charter.stages.find((s) => s.name === name);
  if (!found?.crm.setup) throw new Error(`no mapped stage ${name}`);
  return found as typeof found & { crm: { setup: NonNullable<typeof found.crm.setup> } };
};
const code = (f: CharterFile, i: number) => {
  const found = f.charter.crmRules?.reasonCodes[i];
  if (!found) throw new Error(`no reason code ${i}`);
  return found;
};
const at = (f: CharterFile, name: string) => `$.charter.stages[${f.charter.stages.findIndex((s) => s.name === name)}]`;

function problemsAfter(edit: Edit) {
  const f = structuredClone(base);
  edit(f);
  const made = buildCrmPack(f);
  return { made, f };
}

/** Each check: the edit, where the problem is, and words the message must say. */
const CASES: [string, Edit, (f: CharterFile) => string, RegExp][] = [
  [
    "a stage not mapped",
    (f) => (stage(f, "SAL").crm.setup = null as never),
    (f) => `${at(f, "SAL")}.crm.setup`,
    /Stage “SAL” is not mapped to the CRM/,
  ],
  [
    "no API name",
    (f) => (stage(f, "SAL").crm.setup.apiName = ""),
    (f) => `${at(f, "SAL")}.crm.setup.apiName`,
    /“SAL” needs an API name/,
  ],
  [
    "an API name HubSpot or Salesforce refuses",
    (f) => (stage(f, "SAL").crm.setup.apiName = "Sales Accepted__"),
    (f) => `${at(f, "SAL")}.crm.setup.apiName`,
    /the API name “Sales Accepted__” must be lowercase/,
  ],
  [
    "an API name over 40 characters",
    (f) => (stage(f, "SAL").crm.setup.apiName = "a".repeat(41)),
    (f) => `${at(f, "SAL")}.crm.setup.apiName`,
    /at most 40 characters/,
  ],
  [
    "two stages with one API name",
    (f) => (stage(f, "SAL").crm.setup.apiName = "mql"),
    (f) => `${at(f, "SAL")}.crm.setup.apiName`,
    /“SAL” has the API name “mql” of stage “MQL”/,
  ],
  [
    "a lead stage in neither CRM",
    (f) => Object.assign(stage(f, "SAL").crm, { salesforceLeadStatus: null, hubspotLifecycleStage: null }),
    (f) => `${at(f, "SAL")}.crm.hubspotLifecycleStage`,
    /give its HubSpot lifecycle stage, its Salesforce Lead Status, or both/,
  ],
  [
    "a Lead Status over Salesforce's 40 characters",
    (f) => (stage(f, "SAL").crm.salesforceLeadStatus = "W".repeat(41)),
    (f) => `${at(f, "SAL")}.crm.salesforceLeadStatus`,
    /is 41 characters long; Salesforce takes at most 40/,
  ],
  [
    "a HubSpot label over 100 characters",
    (f) => (stage(f, "SAL").crm.hubspotLifecycleStage = "é".repeat(101)),
    (f) => `${at(f, "SAL")}.crm.hubspotLifecycleStage`,
    /HubSpot takes at most 100/,
  ],
  [
    "no default Lead Status",
    (f) => {
      stage(f, "Inquiry").crm.setup.isDefault = false;
      stage(f, "MQL").crm.setup.isDefault = false;
    },
    () => "$.charter.stages",
    /No lead stage is the default Lead Status/,
  ],
  [
    "two default Lead Statuses",
    (f) => (stage(f, "SAL").crm.setup.isDefault = true),
    (f) => `${at(f, "SAL")}.crm.setup.isDefault`,
    /“SAL” is marked the default Lead Status, and so is “Inquiry”/,
  ],
  [
    "no converted Lead Status",
    (f) => (stage(f, "SAL").crm.setup.converted = false),
    () => "$.charter.stages",
    /No lead stage is marked converted/,
  ],
  [
    "a default status that is converted",
    (f) => Object.assign(stage(f, "SAL").crm.setup, { isDefault: true }),
    (f) => `${at(f, "SAL")}.crm.setup.converted`,
    /cannot be both the default Lead Status and converted/,
  ],
  [
    "an outcome as the status new leads start in",
    (f) => {
      Object.assign(stage(f, "Closed/Lost").crm, { salesforceLeadStatus: "Closed - Not Converted" });
      Object.assign(stage(f, "Closed/Lost").crm.setup, { object: "lead", isDefault: true, closed: false });
    },
    (f) => `${at(f, "Closed/Lost")}.crm.setup.isDefault`,
    /is an outcome, so new leads cannot start in it/,
  ],
  [
    "a lost outcome's status marked converted",
    (f) => {
      Object.assign(stage(f, "Closed/Lost").crm, { salesforceLeadStatus: "Closed - Not Converted" });
      Object.assign(stage(f, "Closed/Lost").crm.setup, { object: "lead", converted: true, closed: false });
    },
    (f) => `${at(f, "Closed/Lost")}.crm.setup.converted`,
    /is a lost outcome, so its Lead Status cannot be converted/,
  ],
  [
    "two opportunity stages of one name",
    (f) => {
      stage(f, "Closed/Won").name = "sql ";
    },
    (f) => `${at(f, "sql ")}.name`,
    /would be two opportunity stages of one name/,
  ],
  [
    "an opportunity stage without a name",
    (f) => {
      stage(f, "SQL").name = "  ";
    },
    (f) => `${at(f, "  ")}.name`,
    /An opportunity stage has no name/,
  ],
  [
    "deals with nowhere open to be",
    (f) => Object.assign(stage(f, "SQL").crm.setup, { object: "none" }),
    () => "$.charter.stages",
    /No opportunity stage is open: Salesforce would deactivate every open stage it has/,
  ],
  [
    "stages sharing a status but not its flags",
    (f) => (stage(f, "MQL").crm.setup.isDefault = false),
    (f) => `${at(f, "MQL")}.crm.setup.isDefault`,
    /“Inquiry” and “MQL” share the Lead Status “Open - Not Contacted” but not whether it is the default/,
  ],
  [
    "an opportunity stage without a probability",
    (f) => (stage(f, "Closed/Won").crm.setup.probability = null),
    (f) => `${at(f, "Closed/Won")}.crm.setup.probability`,
    /give its probability, 0 to 100 %/,
  ],
  [
    "a probability HubSpot cannot take",
    (f) =>
      Object.assign(stage(f, "SAL").crm.setup, {
        object: "opportunity",
        probability: 25,
        forecastCategory: "Pipeline",
        closed: false,
        won: false,
      }),
    (f) => `${at(f, "SAL")}.crm.setup.probability`,
    /25 % cannot go to HubSpot, which takes deal stage probabilities in steps of 10 %/,
  ],
  [
    "no forecast category",
    (f) => (stage(f, "Closed/Won").crm.setup.forecastCategory = null),
    (f) => `${at(f, "Closed/Won")}.crm.setup.forecastCategory`,
    /forecast category \(Omitted, Pipeline, BestCase, MostLikely, Forecast or Closed\)/,
  ],
  [
    "a won outcome that is not won",
    (f) => (stage(f, "Closed/Won").crm.setup.won = false),
    (f) => `${at(f, "Closed/Won")}.crm.setup.won`,
    /a won outcome: its opportunity stage must be closed and won/,
  ],
  [
    "a lost outcome that is won",
    (f) => (stage(f, "Closed/Lost").crm.setup.won = true),
    (f) => `${at(f, "Closed/Lost")}.crm.setup.won`,
    /a lost outcome: its opportunity stage must be closed and not won/,
  ],
  [
    "won but not closed",
    (f) =>
      Object.assign(stage(f, "SAL").crm.setup, {
        object: "opportunity",
        probability: 100,
        forecastCategory: "Closed",
        closed: false,
        won: true,
      }),
    (f) => `${at(f, "SAL")}.crm.setup.closed`,
    /is won, so it is closed too/,
  ],
  [
    "a closed stage that is not an outcome",
    (f) =>
      Object.assign(stage(f, "SAL").crm.setup, {
        object: "opportunity",
        probability: 0,
        forecastCategory: "Omitted",
        closed: true,
        won: false,
      }),
    (f) => `${at(f, "SAL")}.crm.setup.closed`,
    /not an outcome, so its opportunity stage cannot be closed/,
  ],
  [
    "a won stage below 100 %",
    (f) => (stage(f, "Closed/Won").crm.setup.probability = 90),
    (f) => `${at(f, "Closed/Won")}.crm.setup.probability`,
    /closed and won: its probability must be 100 %/,
  ],
  [
    "a lost stage forecast as Closed",
    (f) => (stage(f, "Closed/Lost").crm.setup.forecastCategory = "Closed"),
    (f) => `${at(f, "Closed/Lost")}.crm.setup.forecastCategory`,
    /closed and lost: its forecast category must be Omitted/,
  ],
  [
    "an open stage forecast as Closed",
    (f) =>
      Object.assign(stage(f, "SAL").crm.setup, {
        object: "opportunity",
        probability: 50,
        forecastCategory: "Closed",
        closed: false,
        won: false,
      }),
    (f) => `${at(f, "SAL")}.crm.setup.forecastCategory`,
    /is open: only a closed stage has the forecast category Closed/,
  ],
  [
    "deals that can never be won",
    (f) => Object.assign(stage(f, "Closed/Won").crm.setup, { object: "none" }),
    () => "$.charter.stages",
    /No opportunity stage is closed and won/,
  ],
  [
    "an opportunity stage name over 40 characters",
    (f) => (stage(f, "Closed/Won").name = "C".repeat(41)),
    (f) => `${at(f, "C".repeat(41))}.name`,
    /is 41 characters long; Salesforce takes at most 40/,
  ],
  [
    "a reason code without a label",
    (f) => (code(f, 4).label = ""),
    () => "$.charter.crmRules.reasonCodes[4].label",
    /Reason code 5 \(disqualify\) has no label/,
  ],
  [
    "two reason codes with one API name",
    (f) => (code(f, 4).apiName = "no_need"),
    () => "$.charter.crmRules.reasonCodes[4].apiName",
    /“No budget” has the API name “no_need” of “No need”/,
  ],
  [
    "a reason code listed twice",
    (f) => (code(f, 4).label = "NO NEED"),
    () => "$.charter.crmRules.reasonCodes[4].label",
    /listed twice \(also as “No need”\)/,
  ],
  [
    "a reason code's API name Salesforce refuses",
    (f) => (code(f, 0).apiName = "9_lives"),
    () => "$.charter.crmRules.reasonCodes[0].apiName",
    /must be lowercase letters and digits/,
  ],
  [
    "a forecast category Salesforce does not have",
    (f) => (stage(f, "SQL").crm.setup.forecastCategory = "Upside" as never),
    (f) => `${at(f, "SQL")}.crm.setup.forecastCategory`,
    /give its forecast category \(Omitted, Pipeline, BestCase, MostLikely, Forecast or Closed\)/,
  ],
  [
    "a lost stage above 0 %",
    (f) => (stage(f, "Closed/Lost").crm.setup.probability = 10),
    (f) => `${at(f, "Closed/Lost")}.crm.setup.probability`,
    /closed and lost: its probability must be 0 %/,
  ],
  [
    "a won stage not forecast as Closed",
    (f) => (stage(f, "Closed/Won").crm.setup.forecastCategory = "Forecast"),
    (f) => `${at(f, "Closed/Won")}.crm.setup.forecastCategory`,
    /closed and won: its forecast category must be Closed/,
  ],
  [
    "deals that can never be lost",
    (f) => Object.assign(stage(f, "Closed/Lost").crm.setup, { object: "none" }),
    () => "$.charter.stages",
    /No opportunity stage is closed and lost/,
  ],
  [
    "a HubSpot lead status over 100 characters",
    (f) => (stage(f, "SAL").crm.setup.hubspotLeadStatus = "Ł".repeat(101)),
    (f) => `${at(f, "SAL")}.crm.setup.hubspotLeadStatus`,
    /the lead status “Ł+” is 101 characters long; HubSpot takes at most 100/,
  ],
  [
    "a reason code label over HubSpot's 100 characters",
    (f) => (code(f, 0).label = "M".repeat(101)),
    () => "$.charter.crmRules.reasonCodes[0].label",
    /is 101 characters long; HubSpot takes at most 100/,
  ],
  [
    "a reason code label over Salesforce's 255 characters",
    (f) => (code(f, 0).label = "M".repeat(256)),
    () => "$.charter.crmRules.reasonCodes[0].label",
    /is 256 characters long; Salesforce takes at most 255/,
  ],
  [
    "a charter from before the CRM set-up",
    (f) => (f.formatMinor = 1),
    () => "$.formatMinor",
    /format 1\.1, which has no CRM set-up/,
  ],
  [
    "a stage name XML cannot carry (a noncharacter the charter itself allows)",
    (f) => (stage(f, "SAL").name = "SAL\uFFFF"),
    (f) => at(f, "SAL\uFFFF"),
    /Stage “SAL\uFFFF” holds a character XML cannot carry/,
  ],
  [
    "a reason code's meaning XML cannot carry",
    (f) => (code(f, 0).description = "Sent to the wrong team\uFFFE"),
    () => "$.charter.crmRules.reasonCodes[0]",
    /The reason code “Misrouted” holds a character XML cannot carry/,
  ],
  [
    "a charter without stages",
    (f) => {
      f.charter.stages = [];
      f.charter.transitions = [];
      f.charter.terms = f.charter.terms.filter((t) => t.stageId === null);
    },
    () => "$.charter.stages",
    /The charter has no stages: there is nothing to set up in the CRM/,
  ],
];

describe("the CRM set-up is checked before any file is made", () => {
  it("the suggested mapping of the demand waterfall passes every check", () => {
    expect(buildCrmPack(base).ok).toBe(true);
  });

  it.each(CASES)("%s: refused, naming the stage and the field", (_name, edit, path, words) => {
    const { made, f } = problemsAfter(edit);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems).toContainEqual({ path: path(f), message: expect.stringMatching(words) });
  });

  it("reports every problem at once, so the room fixes them in one pass", () => {
    const { made } = problemsAfter((f) => {
      stage(f, "MQL").crm.setup.apiName = "";
      stage(f, "SAL").crm.setup.converted = false;
    });
    expect(made.ok ? [] : made.problems.map((p) => p.path)).toEqual([
      expect.stringMatching(/crm\.setup\.apiName$/),
      "$.charter.stages",
    ]);
  });
});
