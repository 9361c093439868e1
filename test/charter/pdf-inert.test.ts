import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { nodeFonts } from "../../cli/fonts";
import { buildCharterFile } from "../../shared/charter/build";
import { renderCharterPdf } from "../../shared/pdf/render";
import { updateDetails } from "../../shared/workshop/details";
import { expectOk } from "../builders";
import { aReadyWorkshop, INFO } from "./charter-builders";

const SCRIPT = '<script>app.alert(1)</script><img src=x onerror="alert(1)">';
const JS = "javascript:app.launchURL('http://example.invalid')";

/** Every stream of the PDF, inflated where compressed, so hidden objects cannot slip past a text search. */
function allObjects(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      parts.push(inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1"));
    } catch {
      // not a deflated stream: already in raw
    }
  }
  return parts.join("\n");
}

describe("adversarial text in the PDF", { timeout: 60_000 }, () => {
  it("comes out as plain printed text, with no script, action or link created from it", async () => {
    const w = aReadyWorkshop();
    const hostile = expectOk(updateDetails(w, { title: SCRIPT, organization: JS, facilitator: "Ana <b>bold</b>" }));
    const file = expectOk(await buildCharterFile(hostile, INFO));
    const pdf = Buffer.from(await renderCharterPdf(file, nodeFonts));
    mkdirSync("test-artifacts/pdf", { recursive: true });
    writeFileSync("test-artifacts/pdf/hostile.pdf", pdf);

    const text = execFileSync("pdftotext", ["test-artifacts/pdf/hostile.pdf", "-"], { encoding: "utf8" });
    expect(text.replace(/\s+/g, "")).toContain(SCRIPT.replace(/\s+/g, ""));
    const objects = allObjects(pdf);
    for (const active of ["/JavaScript", "/JS ", "/JS(", "/OpenAction", "/Launch", "/URI", "/SubmitForm", "/AA "]) {
      expect(objects).not.toContain(active);
    }
  });
});
