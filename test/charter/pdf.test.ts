import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nodeFonts } from "../../cli/fonts";
import { buildCharterFile } from "../../shared/charter/build";
import { sealCharterFile } from "../../shared/charter/seal";
import { renderCharterPdf } from "../../shared/pdf/render";
import { overview } from "../../shared/pdf/Summary";
import { expectOk } from "../builders";
import { aSignedWorkshop, INFO, PLACES } from "./charter-builders";
import { fixtureKeys } from "./fixture-cases";
import { keep, OUT, pdfinfo, pdftotext } from "./pdf-tools";
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
    for (const page of pages) {
      expect(page.replace(/\s+/g, " ")).toContain(`Sealed by the Accord installation with key ${keys.A.fingerprint}`);
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
    for (const page of pages) expect(page).toContain("NOT INTACT");
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
});
