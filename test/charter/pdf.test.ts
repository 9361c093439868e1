import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nodeFonts } from "../../cli/fonts";
import { buildCharterFile } from "../../shared/charter/build";
import { sealCharterFile } from "../../shared/charter/seal";
import { renderCharterPdf } from "../../shared/pdf/render";
import { overview } from "../../shared/pdf/Summary";
import { setFollowUp, updateQualification } from "../../shared/workshop/crm-rules";
import { expectOk } from "../builders";
import { aDealsWorkshop } from "../crm/pack-builders";
import { aSignedWorkshop, INFO, PLACES } from "./charter-builders";
import { fixtureKeys } from "./fixture-cases";
import { keep, OUT, pdfinfo, pdftotext, pdftotextInOrder } from "./pdf-tools";
import { aRealisticWorkshop } from "./realistic-workshop";

describe("the charter PDF", { timeout: 60_000 }, () => {
  let path: string;
  let hash: string;

  beforeAll(async () => {
    const file = expectOk(await buildCharterFile(await aSignedWorkshop(aRealisticWorkshop({ longText: 14 })), INFO));
    hash = file.signOff.contentHash;
    path = keep("charter", await renderCharterPdf(file, nodeFonts));
  });

  it("is a PDF poppler reads without complaint, with several pages", () => {
    const info = pdfinfo(path);
    expect(info).toMatch(/^Title:\s+Acme Revenue Alignment Charter$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(6);
  });

  it("spells names from four languages right, as text that can be copied", () => {
    const text = pdftotext(path);
    for (const place of PLACES) expect(text).toContain(place);
    expect(text).toContain("Jürgen Müller");
    expect(text).toContain("Freja Ærøskøbing");
  });

  it("prints the content hash and the page number in every page's footer", () => {
    const pages = pdftotext(path)
      .split("\f")
      .filter((p) => p.trim() !== "");
    for (const [i, page] of pages.entries()) {
      expect(page).toContain(hash);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain("Not sealed");
    }
  });

  it("prints the sealing key's fingerprint on every page of a sealed charter", async () => {
    const keys = await fixtureKeys();
    const file = await sealCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO)), keys.A);
    const pages = pdftotext(keep("sealed", await renderCharterPdf(file, nodeFonts)))
      .split("\f")
      .filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page.replace(/\s+/g, " ")).toContain(`Sealed by the Accord installation with key ${keys.A.fingerprint}`);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    }
  });

  it("carries every section a VP expects", () => {
    const text = pdftotext(path);
    for (const heading of [
      "Summary",
      "The buyer journey",
      "Glossary",
      "Handoff rules",
      "Shared KPIs",
      "Feedback loop",
      "Decisions",
      "Open items",
      "Signatures",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("24 business hours");
  });

  it("renders its pages as images for a person to look at", () => {
    for (const f of readdirSync(OUT).filter((f) => f.startsWith("charter-") && f.endsWith(".png")))
      rmSync(join(OUT, f));
    execFileSync("pdftoppm", ["-png", "-r", "60", path, join(OUT, "charter")]);
    expect(
      readdirSync(OUT).filter((f) => f.startsWith("charter-") && f.endsWith(".png")).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("marks a charter that is not intact on every page", async () => {
    const file = expectOk(await buildCharterFile(aRealisticWorkshop(), INFO));
    const tampered = keep(
      "not-intact",
      await renderCharterPdf(file, nodeFonts, { intact: false, mismatch: "$.signOff.contentHash differs" }),
    );
    const pages = pdftotext(tampered)
      .split("\f")
      .filter((p) => p.trim() !== "");
    for (const [i, page] of pages.entries()) {
      expect(page).toContain("NOT INTACT");
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    }
  });
});

describe("the charter PDF's words", { timeout: 60_000 }, () => {
  it("says one item remains open, names all the teams past two, and says 'no criteria' once per stage", async () => {
    const w = aRealisticWorkshop();
    const bare = w.terms.find((t) => t.stageId !== null) as (typeof w.terms)[number];
    const one = {
      ...w,
      parkingLot: [{ id: "pl-1", text: "Lead scoring model", owner: null, due: null }],
      terms: w.terms.map((t) =>
        t.id === bare.id ? { ...t, agreed: { ...t.agreed, entryCriteria: [], exitCriteria: [] } } : t,
      ),
    };
    const file = expectOk(await buildCharterFile(one, INFO));
    expect(overview(file.charter)).toContain("1 item remains open.");
    expect(overview(file.charter)).toContain("Both sides will be measured");
    const three = { ...file.charter, teams: [...file.charter.teams, { id: "cs", name: "Customer success" }] };
    expect(overview(three)).toContain("All the teams will be measured");
    const text = pdftotext(keep("words", await renderCharterPdf(file, nodeFonts)));
    expect(text).toContain("No entry or exit criteria agreed");
    expect(text).not.toMatch(/None agreed\s+Exit criteria\s+None agreed/);
  });

  it("prints the CRM set-up the room agreed: who qualifies, the reason codes, the follow-ups and each stage's mapping", async () => {
    let w = aDealsWorkshop();
    w = expectOk(
      updateQualification(w, {
        idealCustomerProfile: "Manufacturers of 200 to 2,000 people in the DACH region",
        exclusions: ["Students"],
        buyingRoles: ["Head of operations"],
        fitThreshold: 60,
        engagementThreshold: 40,
        handRaise: "Asks for a demo or for pricing",
      }),
    );
    const handoff = w.transitions.find((t) => t.handoff) as (typeof w.transitions)[number];
    w = expectOk(setFollowUp(w, handoff.id, { attempts: 6, overDays: 10, escalateTo: "Head of sales" }));
    const file = expectOk(await buildCharterFile(w, INFO));
    // In the order drawn, lines joined: a table cell or a wrapped line must not split what is looked for.
    const text = pdftotextInOrder(keep("crm-rules", await renderCharterPdf(file, nodeFonts))).replace(/\s+/g, " ");
    expect(text).toContain("When a lead is marketing-qualified");
    expect(text).toContain("Manufacturers of 200 to 2,000 people in the DACH region");
    expect(text).toContain("Fit 60 and engagement 40, scored apart");
    expect(text).toContain("Asks for a demo or for pricing");
    for (const label of ["Misrouted", "No budget", "Back to nurture"]) expect(text).toContain(label);
    expect(text).toContain("Looked at again after 90 days");
    expect(text).toContain("6 attempts in 10 days; missed: Head of sales");
    expect(text).toContain(
      "opportunity, API name sql: HubSpot lifecycle stage “Opportunity”; opportunity stage, 20 %, forecast Pipeline, open",
    );
    expect(text).toContain(
      "API name closed_won: HubSpot lifecycle stage “Customer”; opportunity stage, 100 %, forecast Closed, closed, won",
    );
    // Format 1.4: which of these the room agreed, and which it has not yet.
    expect(text).toContain("CRM rules: where the room stands");
    expect(text).toContain("Stage mapping Agreed 22 November 2026, 15:00 UTC");
    expect(text).toContain("Follow-ups Not agreed: still open");
    expect(text).toContain("Who qualifies Not agreed: still open");
    expect(text).toContain("Reason codes Agreed 22 November 2026, 15:00 UTC");
  });
});
