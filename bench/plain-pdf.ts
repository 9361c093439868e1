// The reference for the charter PDF: the same engine and fonts, the same
// number of A4 pages, and nothing on them but plain paragraphs of the
// charter's own text. What the charter costs beyond it is its layout: tables,
// the journey map, signatures, the fallback fonts.
import { Document, Page, Text } from "@react-pdf/renderer";
import { createElement } from "react";
import { pdfBytes } from "../shared/pdf/engine";
import { type CharterFonts, registerCharterFonts } from "../shared/pdf/fonts";
import { FONT } from "../shared/pdf/styles";

/** About what an A4 page holds at 10 pt with the charter's margins. */
const CHARACTERS_PER_PAGE = 3000;

/** The number of pages in a PDF pdfkit wrote (its page objects are never compressed). */
export function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

export async function renderPlainPdf(pages: number, text: string, fonts: CharterFonts): Promise<Uint8Array> {
  registerCharterFonts(fonts);
  const per = Math.min(CHARACTERS_PER_PAGE, Math.ceil(text.length / pages));
  const page = (i: number) =>
    createElement(
      Page,
      { key: i, size: "A4", wrap: false, style: { padding: 48, fontFamily: FONT, fontSize: 10 } },
      createElement(Text, null, text.slice(i * per, (i + 1) * per)),
    );
  const document = createElement(
    Document,
    null,
    Array.from({ length: pages }, (_, i) => page(i)),
  );
  // The charter's engine as the charter runs it.
  return pdfBytes(document);
}
