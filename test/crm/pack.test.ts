import { readFileSync } from "node:fs";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { serializeCharterFile } from "../../shared/charter/build";
import { parseCharterFile } from "../../shared/charter/parse";
import { buildCrmPack, type PackFile } from "../../shared/crm/pack";
import { zipPack } from "../../shared/crm/zip";
import { TEMPLATE_KEYS } from "../../shared/journey/template-data";
import { setFollowUp, setStageCrmSetup, updateQualification, updateReasonCode } from "../../shared/workshop/crm-rules";
import { duplicateWorkshop } from "../../shared/workshop/duplicate";
import type { Workshop } from "../../shared/workshop/model";
import { renameStage, updateStage } from "../../shared/workshop/stages";
import { expectOk } from "../builders";
import { hubspotProblems, salesforceProblems } from "./contracts";
import { aDealsWorkshop, aMappedWorkshop, charterOf, withRulesAgreed } from "./pack-builders";

const packOf = async (w: Workshop) => expectOk(buildCrmPack(await charterOf(w)));
const fileIn = (files: PackFile[], path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in the pack: ${files.map((f) => f.path).join(", ")}`);
  return found.content;
};
const json = (files: PackFile[], path: string) => JSON.parse(fileIn(files, path));

const TEMPLATES = TEMPLATE_KEYS.filter((k) => k !== "blank");

describe("the CRM set-up pack", () => {
  it("gives the deal pipeline the charter's own id: a changed charter replaces it, a copied workshop makes its own", async () => {
    const w = aDealsWorkshop();
    const pipelineOf = async (v: Workshop) => json(await packOf(v), "hubspot/pipelines/deals.json").pipelineId;
    const first = await pipelineOf(w);
    const sql = w.stages.find((s) => s.name === "SQL")?.id as string;
    expect(await pipelineOf(expectOk(renameStage(w, sql, "Sales qualified")))).toBe(first);
    expect(await pipelineOf(duplicateWorkshop(w))).not.toBe(first);
  });

  it.each(TEMPLATES)(
    "for the %s template, every file is valid against Salesforce's and HubSpot's contracts",
    async (key) => {
      const files = await packOf(aMappedWorkshop(key));
      expect(salesforceProblems(files)).toEqual([]);
      expect(hubspotProblems(files)).toEqual([]);
      expect(files.map((f) => f.path)).toEqual(
        expect.arrayContaining([
          "README.md",
          "charter.md",
          "glossary.csv",
          "hubspot/README.md",
          "hubspot/properties/contacts/lifecyclestage.json",
          "hubspot/properties/contacts/accord_reason_code.json",
          "salesforce/README.md",
          "salesforce/package.xml",
          "salesforce/sfdx-project.json",
          "salesforce/force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml",
          "salesforce/force-app/main/default/objects/Lead/fields/Accord_Reason_Code__c.field-meta.xml",
        ]),
      );
    },
  );

  it("every file it makes is named in docs/crm-setup.md", async () => {
    const docs = readFileSync("docs/crm-setup.md", "utf8");
    for (const f of await packOf(aMappedWorkshop("demand-waterfall"))) {
      expect(docs, f.path).toContain(f.path.split("/").at(-1) as string);
    }
  });

  it("is the same byte for byte for the same charter, read back from its file or not", async () => {
    const file = await charterOf(aMappedWorkshop("demand-waterfall"));
    const again = expectOk(await parseCharterFile(serializeCharterFile(file))).file;
    expect(expectOk(buildCrmPack(again))).toEqual(expectOk(buildCrmPack(file)));
    expect(expectOk(buildCrmPack(file)).map((f) => f.path)).toEqual(
      expectOk(buildCrmPack(file))
        .map((f) => f.path)
        .sort(),
    );
  });

  it("writes the demand waterfall's statuses, stages and reason codes as the room mapped them", async () => {
    const files = await packOf(aDealsWorkshop());
    const leadStatus = fileIn(
      files,
      "salesforce/force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml",
    );
    // Inquiry and MQL share Salesforce's own "Open - Not Contacted": one value, the default; SAL converts.
    expect(leadStatus.match(/<fullName>[^<]*<\/fullName>/g)).toEqual([
      "<fullName>Open - Not Contacted</fullName>",
      "<fullName>Working - Contacted</fullName>",
    ]);
    expect(leadStatus).toContain(
      "<fullName>Open - Not Contacted</fullName>\n        <default>true</default>\n        <label>Open - Not Contacted</label>\n        <converted>false</converted>",
    );
    expect(leadStatus).toContain("<label>Working - Contacted</label>\n        <converted>true</converted>");
    const stages = fileIn(
      files,
      "salesforce/force-app/main/default/standardValueSets/OpportunityStage.standardValueSet-meta.xml",
    );
    expect(stages.match(/<label>[^<]*<\/label>/g)).toEqual([
      "<label>SQL</label>",
      "<label>Closed/Won</label>",
      "<label>Closed/Lost</label>",
    ]);
    expect(stages).toContain(
      "<fullName>sql</fullName>\n        <default>false</default>\n        <label>SQL</label>\n        <closed>false</closed>\n        <forecastCategory>Pipeline</forecastCategory>\n        <probability>20</probability>\n        <won>false</won>",
    );
    expect(stages).toContain(
      "<label>Closed/Won</label>\n        <closed>true</closed>\n        <forecastCategory>Closed</forecastCategory>\n        <probability>100</probability>\n        <won>true</won>",
    );
    expect(stages).toContain(
      "<label>Closed/Lost</label>\n        <closed>true</closed>\n        <forecastCategory>Omitted</forecastCategory>\n        <probability>0</probability>\n        <won>false</won>",
    );
    const pipeline = json(files, "hubspot/pipelines/deals.json");
    // Ids of its own, so that a later version replaces this pipeline stage for stage.
    expect(pipeline.pipelineId).toMatch(/^accord_[0-9a-f]{12}$/);
    const id = (apiName: string) => `${pipeline.pipelineId}_${apiName}`;
    expect(pipeline.stages).toEqual([
      { label: "SQL", displayOrder: 0, stageId: id("sql"), metadata: { probability: "0.2", isClosed: "false" } },
      {
        label: "Closed/Won",
        displayOrder: 1,
        stageId: id("closed_won"),
        metadata: { probability: "1.0", isClosed: "true" },
      },
      {
        label: "Closed/Lost",
        displayOrder: 2,
        stageId: id("closed_lost"),
        metadata: { probability: "0.0", isClosed: "true" },
      },
    ]);
    const replacement = json(files, "hubspot/pipelines/deals-replace.json");
    expect(replacement).toEqual({ label: pipeline.label, displayOrder: 0, stages: pipeline.stages });
    expect(fileIn(files, "hubspot/README.md")).toContain(
      `curl -X PUT "https://api.hubapi.com/crm/v3/pipelines/deals/${pipeline.pipelineId}?validateReferencesBeforeDelete=true&validateDealStageUsagesBeforeDelete=true" \\`,
    );
    const lifecycle = json(files, "hubspot/properties/contacts/lifecyclestage.json");
    expect(
      lifecycle.options.filter((o: { hidden: boolean }) => !o.hidden).map((o: { value: string }) => o.value),
    ).toEqual(["lead", "marketingqualifiedlead", "opportunity", "customer"]);
    // HubSpot replaces the whole list: the defaults the room does not use are there, hidden.
    expect(lifecycle.options.map((o: { value: string }) => o.value)).toEqual(
      expect.arrayContaining(["subscriber", "salesqualifiedlead", "evangelist", "other"]),
    );
    expect(lifecycle.options.map((o: { displayOrder: number }) => o.displayOrder)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const reasons = json(files, "hubspot/properties/contacts/accord_reason_code.json");
    const field = fileIn(
      files,
      "salesforce/force-app/main/default/objects/Lead/fields/Accord_Reason_Code__c.field-meta.xml",
    );
    // The reason codes the room agreed are the ones both CRMs offer, by the same API names.
    const apiNames = reasons.options.map((o: { value: string }) => o.value);
    expect(apiNames).toContain("misrouted");
    expect(
      field.match(/<value>\s*<fullName>([^<]*)</g)?.map((m) => m.replace(/.*<fullName>/s, "").replace("<", "")),
    ).toEqual(apiNames);
    // Access to the field is one permission set to assign, not a round of every profile.
    const permissions = fileIn(
      files,
      "salesforce/force-app/main/default/permissionsets/Accord_Reason_Code.permissionset-meta.xml",
    );
    expect(permissions).toContain(
      "<fieldPermissions>\n        <editable>true</editable>\n        <field>Lead.Accord_Reason_Code__c</field>\n        <readable>true</readable>\n    </fieldPermissions>",
    );
    expect(fileIn(files, "salesforce/README.md")).toContain("sf org assign permset --name Accord_Reason_Code");
    const manifest = fileIn(files, "salesforce/package.xml");
    expect(manifest).toContain("<members>Lead.Accord_Reason_Code__c</members>\n        <name>CustomField</name>");
    expect(manifest).toContain("<members>Accord_Reason_Code</members>\n        <name>PermissionSet</name>");
    expect(manifest).toContain(
      "<members>LeadStatus</members>\n        <members>OpportunityStage</members>\n        <name>StandardValueSet</name>",
    );
    expect(manifest).toContain("<version>66.0</version>");
    // Left out of the value sets, Salesforce's other defaults are deactivated: the README says which.
    const readme = fileIn(files, "salesforce/README.md");
    expect(readme).toContain("Lead Status: Closed - Not Converted");
    expect(readme).toContain("Opportunity Stage: Prospecting");
  });

  it("leaves the CRM's own deal stages alone when the journey has no open deal stage", async () => {
    const files = await packOf(aMappedWorkshop("demand-waterfall"));
    expect(files.map((f) => f.path)).not.toContain(
      "salesforce/force-app/main/default/standardValueSets/OpportunityStage.standardValueSet-meta.xml",
    );
    expect(files.map((f) => f.path)).not.toContain("hubspot/pipelines/deals.json");
    expect(fileIn(files, "salesforce/package.xml")).not.toContain("OpportunityStage");
  });

  it("leaves HubSpot's lifecycle stages alone when the room named none", async () => {
    const w = aMappedWorkshop("demand-waterfall");
    const none = { ...w, stages: w.stages.map((s) => ({ ...s, crm: { ...s.crm, hubspotLifecycleStage: null } })) };
    const files = await packOf(none);
    expect(files.map((f) => f.path)).not.toContain("hubspot/properties/contacts/lifecyclestage.json");
    expect(fileIn(files, "hubspot/README.md")).not.toContain("lifecyclestage");
  });

  it("orders the pack by what the charter signs, never by where stages sit on the map", async () => {
    const file = await charterOf(aDealsWorkshop());
    const moved = structuredClone(file);
    for (const [i, id] of Object.keys(moved.layout.stages).entries()) moved.layout.stages[id] = { x: -i * 100, y: i };
    expect(expectOk(buildCrmPack(moved))).toEqual(expectOk(buildCrmPack(file)));
  });

  const JOURNEYS: [string, () => Workshop][] = [
    ...TEMPLATES.map((k): [string, () => Workshop] => [k, () => aMappedWorkshop(k)]),
    ["demand-waterfall with deals", aDealsWorkshop],
  ];

  it.each(JOURNEYS)(
    "escapes hostile text for XML, JSON, CSV and Markdown: %s, valid against every contract",
    async (_name, make) => {
      const hostile = "Q&A <script>alert(1)</script> ]]> “quoted” 'single' 😀 مرحلة שלב";
      let w = make();
      // Every stage renamed (a stage's name is its opportunity stage's label), the first lead's statuses too.
      for (const [i, s] of w.stages.entries()) w = expectOk(renameStage(w, s.id, `${hostile.slice(0, 30)} ${i}`));
      // One whose status no other stage shares, so the change keeps the set-up whole.
      const lead = w.stages.find(
        (s) =>
          s.crm.setup?.object === "lead" &&
          !s.crm.setup.isDefault &&
          s.crm.salesforceLeadStatus !== null &&
          w.stages.filter((o) => o.crm.salesforceLeadStatus === s.crm.salesforceLeadStatus).length === 1,
      );
      if (lead) {
        w = expectOk(updateStage(w, lead.id, { crm: { salesforceLeadStatus: hostile.slice(0, 38) } }));
        w = expectOk(setStageCrmSetup(w, lead.id, { hubspotLeadStatus: hostile }));
      }
      const [first] = w.crmRules?.reasonCodes ?? [];
      w = expectOk(
        updateReasonCode(w, first?.id as string, { label: hostile, description: `=cmd|' /C calc'!A0 ${hostile}` }),
      );
      // The charter's title names the pipeline and heads the READMEs.
      w = { ...w, details: { ...w.details, title: hostile } };
      const files = await packOf(w);
      if (files.some((f) => f.path === "hubspot/pipelines/deals.json")) {
        expect(json(files, "hubspot/pipelines/deals.json").label).toBe(`${hostile} pipeline`);
      }
      expect(salesforceProblems(files)).toEqual([]);
      expect(hubspotProblems(files)).toEqual([]);
      const field = fileIn(
        files,
        "salesforce/force-app/main/default/objects/Lead/fields/Accord_Reason_Code__c.field-meta.xml",
      );
      expect(field).toContain(
        "<label>Q&amp;A &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; “quoted” &apos;single&apos; 😀 مرحلة שלב</label>",
      );
      expect(json(files, "hubspot/properties/contacts/accord_reason_code.json").options[0].label).toBe(hostile);
      if (lead) {
        expect(json(files, "hubspot/properties/contacts/hs_lead_status.json").options[0].label).toBe(hostile);
      }
      for (const f of files.filter((f) => f.path.endsWith(".md"))) {
        expect(f.content, f.path).not.toContain("<script>");
      }
      expect(fileIn(files, "charter.md")).toContain("&lt;script&gt;");
      expect(fileIn(files, "glossary.csv")).not.toMatch(/(^|,)=/m);
    },
  );

  it("lists in the READMEs what no API call does: a custom lifecycle stage, the follow-ups, recycling and scoring", async () => {
    let w = aDealsWorkshop();
    const mql = w.stages.find((s) => s.name === "MQL")?.id as string;
    w = expectOk(updateStage(w, mql, { crm: { hubspotLifecycleStage: "Partner qualified" } }));
    const handoff = w.transitions.find((t) => t.handoff) as (typeof w.transitions)[number];
    w = expectOk(setFollowUp(w, handoff.id, { attempts: 6, overDays: 10, escalateTo: "Head of sales" }));
    w = expectOk(updateQualification(w, { fitThreshold: 60, engagementThreshold: 40, handRaise: "Asks for a demo" }));
    const files = await packOf(withRulesAgreed(w));
    const hubspot = fileIn(files, "hubspot/README.md");
    expect(hubspot).toContain("## Lifecycle stages HubSpot does not have");
    expect(hubspot).toMatch(/- \*\*Partner qualified\*\*, after Lead/);
    // A custom stage is made in settings, so the file leaves it out and HubSpot's defaults stay whole.
    const lifecycle = json(files, "hubspot/properties/contacts/lifecyclestage.json");
    expect(lifecycle.options.map((o: { label: string }) => o.label)).not.toContain("Partner qualified");
    for (const readme of [hubspot, fileIn(files, "salesforce/README.md")]) {
      expect(readme).toContain("## Set up by hand (no API in this pack does it)");
      expect(readme).toMatch(
        /MQL → SAL: a (workflow|flow) that expects 6 contact attempts over 10 days before the lead is marked Unreachable, and tells Head of sales when the SLA is missed\./,
      );
      expect(readme).toMatch(
        /Back to nurture: a (workflow|flow) that brings the lead back to marketing after 90 days\./,
      );
      expect(readme).toContain("a lead is marketing-qualified at fit 60 and engagement 40");
      expect(readme).toContain("Fast lane: Asks for a demo makes a lead marketing-qualified at once.");
    }
  });

  it("zips the same pack to the same bytes, every file under one folder", async () => {
    const files = await packOf(aDealsWorkshop());
    const zipped = zipPack("crm-setup", files);
    expect(zipPack("crm-setup", await packOf(aDealsWorkshop()))).toEqual(zipped);
    const unzipped = unzipSync(zipped);
    expect(Object.keys(unzipped)).toEqual(files.map((f) => `crm-setup/${f.path}`));
    for (const f of files) expect(unzipped[`crm-setup/${f.path}`], f.path).toEqual(strToU8(f.content));
  });

  it("maps a stage that is not in the CRM nowhere, and keeps apart the API name from the label", async () => {
    let w = aMappedWorkshop("demand-waterfall");
    const sal = w.stages.find((s) => s.name === "SAL")?.id as string;
    w = expectOk(setStageCrmSetup(w, sal, { object: "none" }));
    const mql = w.stages.find((s) => s.name === "MQL")?.id as string;
    w = expectOk(setStageCrmSetup(w, mql, { apiName: "mql_v2" }));
    const files = await packOf(w);
    const leadStatus = fileIn(
      files,
      "salesforce/force-app/main/default/standardValueSets/LeadStatus.standardValueSet-meta.xml",
    );
    expect(leadStatus).not.toContain("Working - Contacted");
    expect(fileIn(files, "glossary.csv")).toContain("not in the CRM");
  });
});
