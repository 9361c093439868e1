import { describe, expect, it } from "vitest";
import { CHARTER_FORMAT_MINOR } from "../../shared/charter/format";
import { csv, csvField } from "../../shared/crm/csv";
import { inline } from "../../shared/crm/markdown";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { escapeXml, leaf, metadataDocument, node } from "../../shared/crm/xml";
import { applyTemplate } from "../../shared/journey/templates";
import {
  addReasonCode,
  apiNameFrom,
  setFollowUp,
  setStageCrmSetup,
  startCrmRules,
  updateReasonCode,
} from "../../shared/workshop/crm-rules";
import { migrateWorkshop } from "../../shared/workshop/migrations";
import type { Workshop } from "../../shared/workshop/model";
import { aWorkshop, expectOk, expectRefused, sequentialIds } from "../builders";
import { hubspotProblems, salesforceProblems } from "./contracts";
import { aDealsWorkshop } from "./pack-builders";

describe("the contracts the tests check against", () => {
  it("catch a Salesforce file whose elements are out of the schema's order", () => {
    const wrong = metadataDocument(
      node("StandardValueSet", [
        leaf("sorted", false),
        node("standardValue", [leaf("fullName", "Open"), leaf("label", "Open"), leaf("default", true)]),
      ]),
    );
    expect(salesforceProblems([{ path: "x.xml", content: wrong }]).join("\n")).toMatch(
      /Element .*label.: This element is not expected/,
    );
  });

  it("catch a HubSpot option with a misspelt or missing field", () => {
    const body = { options: [{ label: "Lead", value: "lead", displayorder: 1 }] };
    const problems = hubspotProblems([
      { path: "hubspot/properties/contacts/lifecyclestage.json", content: JSON.stringify(body) },
    ]);
    expect(problems.join("\n")).toMatch(/must have required property 'hidden'/);
    expect(problems.join("\n")).toMatch(/must NOT have additional properties/);
  });
});

describe("text written for each format", () => {
  it("escapes XML, ']]>' included", () => {
    expect(escapeXml(`a & b <c> "d" 'e' ]]>`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; ]]&gt;");
  });

  it("quotes CSV fields, defuses formulas and opens as UTF-8", () => {
    expect(csvField('He said "hi", twice')).toBe('"He said ""hi"", twice"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1")).toBe("'-1");
    expect(csv([["Łódź", "a\nb"]])).toBe('\uFEFFŁódź,"a\nb"\r\n');
  });

  it("keeps Markdown readable raw but never markup", () => {
    expect(inline("Closed - Converted, closed_won")).toBe("Closed - Converted, closed_won");
    expect(inline("<img onerror=x> *bold* _it_ [l](u) | #\nnext")).toBe(
      "&lt;img onerror=x&gt; \\*bold\\* \\_it\\_ \\[l\\](u) \\| # next",
    );
  });

  it("never lets a definition start a heading, a list or a rule", () => {
    expect(inline("# Not a heading")).toBe("\\# Not a heading");
    expect(inline("- not a list")).toBe("\\- not a list");
    expect(inline("1. not a list")).toBe("1\\. not a list");
    expect(inline("---")).toBe("\\---");
  });

  it("makes an API name both CRMs accept from any label", () => {
    expect(apiNameFrom("Marketing-qualified lead (MQL)")).toBe("marketing_qualified_lead_mql");
    expect(apiNameFrom("Łódź Müller ß")).toBe("lodz_muller_ss");
    expect(apiNameFrom("2nd call")).toBe("nd_call");
    expect(apiNameFrom("😀")).toBe("stage");
    expect(apiNameFrom("x".repeat(60))).toHaveLength(40);
  });
});

describe("the CRM rules in the workshop", () => {
  const drawn = () => expectOk(applyTemplate(aWorkshop(), "demand-waterfall", { makeId: sequentialIds("t") }));

  it("a new workshop starts with the default reason codes of all three kinds", () => {
    const kinds = aWorkshop().crmRules?.reasonCodes.map((c) => c.kind);
    expect(new Set(kinds)).toEqual(new Set(["reject", "disqualify", "recycle"]));
  });

  it("a typed label fills the API name until someone gives one of their own", () => {
    let w = aWorkshop();
    const added = expectOk(addReasonCode(w, "disqualify", {}, () => "r-1"));
    w = expectOk(updateReasonCode(added.workshop, "r-1", { label: "Went with a competitor" }));
    expect(w.crmRules?.reasonCodes.at(-1)).toMatchObject({ apiName: "went_with_a_competitor", revisitAfterDays: null });
    w = expectOk(updateReasonCode(w, "r-1", { apiName: "competitor" }));
    w = expectOk(updateReasonCode(w, "r-1", { label: "Chose a competitor" }));
    expect(w.crmRules?.reasonCodes.at(-1)?.apiName).toBe("competitor");
  });

  it("a workshop from before the rules takes them up with the default list", () => {
    const w: Workshop = { ...aWorkshop(), crmRules: null };
    expectRefused(addReasonCode(w, "reject"));
    expect(expectOk(startCrmRules(w)).crmRules?.reasonCodes.length).toBeGreaterThan(5);
  });

  it("maps every unmapped stage, keeping what the room mapped itself", () => {
    let w = drawn();
    const sal = w.stages.find((s) => s.name === "SAL")?.id as string;
    w = expectOk(setStageCrmSetup(w, sal, { object: "none" }));
    const mapped = expectOk(mapUnmappedStages(w));
    const byName = Object.fromEntries(mapped.stages.map((s) => [s.name, s.crm.setup]));
    expect(byName.SAL?.object).toBe("none");
    expect(byName.Inquiry).toMatchObject({ object: "lead", isDefault: true, converted: false, apiName: "inquiry" });
    expect(byName.SQL).toMatchObject({ object: "lead", converted: true });
    // A stage called by HubSpot's own name (or its abbreviation) starts at that lifecycle stage.
    const lifecycle = Object.fromEntries(mapped.stages.map((s) => [s.name, s.crm.hubspotLifecycleStage]));
    expect(lifecycle).toMatchObject({ MQL: "marketingqualifiedlead", SAL: null });
    const plain = expectOk(
      mapUnmappedStages({
        ...w,
        stages: w.stages.map((s) => ({ ...s, crm: { ...s.crm, hubspotLifecycleStage: null } })),
      }),
    );
    expect(plain.stages.find((s) => s.name === "MQL")?.crm.hubspotLifecycleStage).toBe("Marketing Qualified Lead");
    // No open deal stage on this journey: the outcomes stay out of the CRM, whose deal stages are left alone.
    expect(byName["Closed/Won"]?.object).toBe("none");
    expect(byName["Closed/Lost"]?.object).toBe("none");
    const deals = Object.fromEntries(aDealsWorkshop().stages.map((s) => [s.name, s.crm.setup]));
    expect(deals.SQL).toMatchObject({
      object: "opportunity",
      closed: false,
      probability: 20,
      forecastCategory: "Pipeline",
    });
    expect(deals["Closed/Won"]).toMatchObject({ object: "opportunity", closed: true, won: true, probability: 100 });
    expect(deals["Closed/Lost"]).toMatchObject({
      object: "opportunity",
      closed: true,
      won: false,
      forecastCategory: "Omitted",
    });
  });

  it("keeps won and closed together: winning closes a stage, reopening it un-wins it", () => {
    const w = drawn();
    const sql = w.stages.find((s) => s.name === "SQL")?.id as string;
    const opp = expectOk(setStageCrmSetup(w, sql, { object: "opportunity", closed: false, won: false }));
    const won = expectOk(setStageCrmSetup(opp, sql, { won: true }));
    expect(won.stages.find((s) => s.id === sql)?.crm.setup).toMatchObject({ closed: true, won: true });
    const reopened = expectOk(setStageCrmSetup(won, sql, { closed: false }));
    expect(reopened.stages.find((s) => s.id === sql)?.crm.setup).toMatchObject({ closed: false, won: false });
  });

  it("a follow-up starts from the default and is cleared with null", () => {
    const w = drawn();
    const t = w.transitions[1]?.id as string;
    const set = expectOk(setFollowUp(w, t, { escalateTo: "Head of sales" }));
    expect(set.transitions[1]?.followUp).toEqual({ attempts: 6, overDays: 14, escalateTo: "Head of sales" });
    expect(expectOk(setFollowUp(set, t, null)).transitions[1]?.followUp).toBeNull();
    expect(expectRefused(setFollowUp(w, t, { attempts: 0 }))).toEqual([
      {
        path: "$.transitions[1].followUp.attempts",
        message: "The number of attempts must be a whole number, 1 or more.",
      },
    ]);
  });
});

describe("the upgrade to schema 6", () => {
  const schema5 = (w: Workshop, minor: 0 | 1) => {
    const { crmRules: _r, ...rest } = structuredClone(w);
    return { ...rest, schemaVersion: 5, signOff: { ...rest.signOff, charterFormatMinor: minor } };
  };

  it("adds no CRM rules, so every charter it writes stays as it was", () => {
    const up = expectOk(migrateWorkshop(schema5(aWorkshop(), 1))) as Workshop;
    expect(up.crmRules).toBeNull();
    expect(up.signOff.charterFormatMinor).toBe(CHARTER_FORMAT_MINOR);
  });

  it("a workshop holding signatures keeps its revision, so their hash holds", () => {
    const w = aWorkshop();
    const signed = {
      ...w,
      signOff: {
        ...w.signOff,
        signatures: [
          {
            id: "sg",
            participantId: "p",
            name: "P",
            signedAt: "2026-11-22T10:00:00Z",
            method: "typed" as const,
            image: null,
            contentHash: `sha256:${"0".repeat(64)}`,
          },
        ],
      },
    };
    expect((expectOk(migrateWorkshop(schema5(signed, 1))) as Workshop).signOff.charterFormatMinor).toBe(1);
    expect((expectOk(migrateWorkshop(schema5(w, 0))) as Workshop).signOff.charterFormatMinor).toBe(0);
  });
});
