import { unzipSync } from "fflate";
import { inject } from "vitest";
import { parseCharterFile } from "../../shared/charter/parse";
import { buildCrmPack } from "../../shared/crm/pack";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { freshRuleAgreement } from "../../shared/workshop/rule-subject";
import { expectOk } from "../builders";
import { aReadyWorkshop } from "../charter/charter-builders";
import { hubspotProblems, salesforceProblems } from "../crm/contracts";
import { BrowserProfile, download, importWorkshop, openPhase, PROJECTOR_SIZES, projectorScreens } from "./chromium";

const baseUrl = inject("baseUrl");
describe("the CRM set-up pack in Chromium", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("maps the stages, lands on what is wrong, and exports the pack the charter gives", async () => {
    const { context, page } = await profile.launch(PROJECTOR_SIZES[0]);
    try {
      const w = aReadyWorkshop();
      await importWorkshop(page, baseUrl, profile.dir, w);
      await openPhase(page, /Export/);
      const card = page.getByRole("region", { name: "CRM set-up for HubSpot and Salesforce" });
      await expect.poll(() => card.getByRole("status").first().innerText()).toContain("2 things to fix");
      await expect.poll(() => card.innerText()).toContain("Stage “MQL” is not mapped to the CRM");
      expect(await card.getByRole("button", { name: "Export CRM set-up pack…" }).isDisabled()).toBe(true);
      await projectorScreens(page, "export-crm-unmapped");

      await card.getByRole("button", { name: "Suggest a mapping for the 2 unmapped stages" }).click();
      // A changed mapping is the room's to agree (again) before the CRM gets it.
      await expect.poll(() => card.getByRole("status").first().innerText()).toContain("1 thing to fix");
      await expect.poll(() => card.innerText()).toContain("The CRM stage mapping is discussing, not agreed");

      // A name no CRM accepts: the check names the stage, and its link puts the keyboard in that field.
      const apiNames = card.getByLabel("API name");
      await apiNames.nth(1).fill("Sales Qualified!");
      const problem = card.getByRole("button", { name: /Stage “SQL”: the API name “Sales Qualified!” must be/ });
      await problem.click();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
        "Sales Qualified!",
      );
      await page.keyboard.press("Control+A");
      await page.keyboard.type("sales_qualified");
      await expect.poll(() => card.getByRole("status").first().innerText()).toContain("1 thing to fix");
      await card.getByRole("link", { name: /The CRM stage mapping is discussing, not agreed/ }).click();
      await page.getByRole("heading", { level: 2, name: "CRM rule Stage mapping" }).waitFor();
      await page.getByRole("button", { name: "● Agreed", exact: true }).click();
      await expect
        .poll(() => page.getByRole("region", { name: "Decision log" }).innerText())
        .toContain("Agreed the CRM stage mapping");
      await openPhase(page, /Export/);
      await expect.poll(() => card.innerText()).toContain("Every stage is mapped and every check passes");
      await projectorScreens(page, "export-crm-mapped");

      const zip = await download(page, "Export CRM set-up pack…");
      expect(zip.name).toBe("Acme Revenue Alignment Charter v1 CRM set-up.zip");
      const charter = await download(page, "Export charter as JSON…");
      const file = expectOk(await parseCharterFile(new Uint8Array(charter.bytes))).file;
      const expected = expectOk(buildCrmPack(file));
      const unzipped = unzipSync(new Uint8Array(zip.bytes));
      const folder = "Acme Revenue Alignment Charter v1 CRM set-up/";
      const files = Object.entries(unzipped).map(([path, bytes]) => ({
        path: path.slice(folder.length),
        // Kept as written: glossary.csv starts with a byte order mark on purpose.
        content: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
      }));
      expect(Object.keys(unzipped).every((p) => p.startsWith(folder))).toBe(true);
      expect(files.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(expected);
      expect(files.find((f) => f.path === "charter.md")?.content).toContain("API name sales_qualified");
      expect(salesforceProblems(files)).toEqual([]);
      expect(hubspotProblems(files)).toEqual([]);

      await openPhase(page, /Measures/);
      const rules = page.getByRole("region", { name: "Rules for the CRM" });
      await rules.getByRole("button", { name: "Add a reason: disqualified after contact" }).click();
      const focused = () =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest("li")?.dataset.routeTarget);
      expect(await focused()).toBeTruthy();
      await page.keyboard.type("Went with a competitor");
      await rules.getByRole("checkbox", { name: "MQL → SQL" }).check();
      await rules.getByLabel("Tell when the SLA is missed").fill("Head of sales");
      await rules.getByLabel("Fit score that qualifies").fill("60");
      await rules.getByRole("heading", { name: "Reason codes" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
      await projectorScreens(page, "measures-crm-rules");
      await openPhase(page, /Export/);
      const again = await download(page, "Export charter as JSON…");
      const next = expectOk(await parseCharterFile(new Uint8Array(again.bytes))).file;
      expect(next.charter.crmRules?.reasonCodes.at(-1)).toMatchObject({
        kind: "disqualify",
        label: "Went with a competitor",
        apiName: "went_with_a_competitor",
      });
      expect(next.charter.crmRules?.qualification.fitThreshold).toBe(60);
      expect(next.charter.transitions[0]?.followUp).toEqual({ attempts: 6, overDays: 14, escalateTo: "Head of sales" });
    } finally {
      await context.close();
    }
  });

  it("leaves out a rule the room has not agreed, links to where it is agreed, and carries it once it is", async () => {
    const { context, page } = await profile.launch(PROJECTOR_SIZES[0]);
    try {
      const ready = expectOk(mapUnmappedStages(aReadyWorkshop()));
      // A workshop of its own: the first test stored aReadyWorkshop's in this profile.
      const w = {
        ...ready,
        id: "w-rules-to-agree",
        details: { ...ready.details, title: "Rules still to agree" },
        crmAgreement: { ...ready.crmAgreement, reasonCodes: freshRuleAgreement() },
      };
      await importWorkshop(page, baseUrl, profile.dir, w);
      await openPhase(page, /Export/);
      const card = page.getByRole("region", { name: "CRM set-up for HubSpot and Salesforce" });
      await expect.poll(() => card.innerText()).toContain("Every stage is mapped and every check passes");
      const note = card.getByRole("note");
      expect(await note.innerText()).toBe("Not in the pack, as the room has not agreed them: Reason codes.");
      await projectorScreens(page, "export-crm-left-out");
      const before = await download(page, "Export CRM set-up pack…");
      const unzippedBefore = Object.keys(unzipSync(new Uint8Array(before.bytes)));
      expect(unzippedBefore.some((p) => p.includes("Accord_Reason_Code"))).toBe(false);
      await note.getByRole("link", { name: "Reason codes" }).click();

      const heading = page.getByRole("heading", { level: 2, name: "CRM rule Reason codes" });
      await heading.waitFor();
      expect(await page.getByRole("button", { name: "○ Open", exact: true }).getAttribute("aria-pressed")).toBe("true");
      await page.getByRole("application", { name: /Vote pad for Reason codes/ }).click();
      await page.keyboard.type("44");
      await projectorScreens(page, "agree-crm-rule");
      await page.getByRole("button", { name: "● Agreed", exact: true }).click();
      const log = page.getByRole("region", { name: "Decision log" });
      await expect.poll(() => log.innerText()).toContain("Agreed the reason-code list: Misrouted");

      await openPhase(page, /Export/);
      await expect.poll(() => card.innerText()).toContain("Every stage is mapped and every check passes");
      expect(await card.getByRole("note").count()).toBe(0);
      const charter = await download(page, "Export charter as JSON…");
      const file = expectOk(await parseCharterFile(new Uint8Array(charter.bytes))).file;
      expect(file.charter.crmAgreement?.reasonCodes.status).toBe("agreed");
      expect(buildCrmPack(file).ok).toBe(true);
    } finally {
      await context.close();
    }
  });
});
