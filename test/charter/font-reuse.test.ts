import { createRequire } from "node:module";
import { dirname } from "node:path";
import PDFDocument from "pdfkit";
import { nodeFonts } from "../../cli/fonts";
import { reuseEmbeddedFonts } from "../../shared/pdf/font-reuse";

/** A parsed fontkit font, as react-pdf passes one for each run of text: pdfkit parses the file and keeps it. */
function fontkitFontOf(doc: PDFDocument): object {
  doc.font(nodeFonts.regular);
  return (doc._font as unknown as { font: object }).font;
}

describe("pdfkit's embedded font for a fontkit font, made once per document", () => {
  beforeAll(() => reuseEmbeddedFonts());

  it("makes one embedded font for a thousand runs of text, at the size each asks", () => {
    const doc = new PDFDocument();
    const font = fontkitFontOf(doc);
    const made = doc._fontCount;
    doc.font(font, 10);
    const embedded = doc._font;
    for (let i = 0; i < 1000; i++) doc.font(font, 10 + (i % 3));
    expect(doc._fontCount - made).toBe(1);
    expect(doc._font).toBe(embedded);
    expect(doc._fontSize).toBe(10 + (999 % 3));
    doc.font(font, "A family", 9);
    expect(doc._fontSize).toBe(9);
  });

  it("gives each document its own, since each embeds its own subset", () => {
    const first = new PDFDocument();
    const second = new PDFDocument();
    const font = fontkitFontOf(first);
    first.font(font, 10);
    second.font(font, 10);
    expect(second._font).not.toBe(first._font);
  });

  it("changes the pdfkit react-pdf draws with: there is one copy of it", () => {
    const ours = createRequire(import.meta.url).resolve("pdfkit");
    const reactPdf = createRequire(createRequire(import.meta.url).resolve("@react-pdf/renderer")).resolve("pdfkit");
    expect(dirname(reactPdf)).toBe(dirname(ours));
  });
});
