import { Canvas, Font, Text } from "@react-pdf/renderer";
import { FONT, MUTED } from "./styles";

/**
 * "Page 3 of 32" on every page, without react-pdf's page-number text. That
 * text is a `render` node, and react-pdf lays out the whole page again for it
 * at every page break and once more per finished page: about a quarter of a
 * 32-page charter's time. Here the pages are counted as they are drawn (they
 * are drawn in order, the footer once on each), and the total comes from the
 * one `render` node left, on the cover, whose relayout costs a single page.
 * test/charter/pdf.test.ts reads "Page N of M" back from every page.
 */
export interface PageNumbering {
  /** Known once the cover's page count is laid out, before any page is drawn. */
  total: number | null;
  drawn: number;
}

export const pageNumbering = (): PageNumbering => ({ total: null, drawn: 0 });

/** The footer's text size: the number matches the lines beside it. */
const SIZE = 7.5;

/**
 * Draws nothing; react-pdf calls it with the page count once the document is
 * paginated, before drawing. One page carries it (the cover): each page with
 * a `render` node is laid out again, and an inherited lineHeight would drop
 * its text, so it sits in the footer and says nothing.
 */
export function PageTotal({ numbering }: { numbering: PageNumbering }) {
  return (
    <Text
      render={({ totalPages }) => {
        // Called first without the total (at the page's break), then with it.
        if (totalPages) numbering.total = totalPages;
        return null;
      }}
    />
  );
}

/** The footer's page number, drawn straight onto the page in the charter's own font. */
export function PageNumber({ numbering }: { numbering: PageNumbering }) {
  return (
    <Canvas
      style={{ width: 80, height: SIZE * 1.4 }}
      paint={(painter, width) => {
        // Its size is fixed, so react-pdf calls this only to draw, never to measure it.
        // Drawn again (a second layout of the same element), the count starts over past the last page.
        numbering.drawn = numbering.total ? (numbering.drawn % numbering.total) + 1 : numbering.drawn + 1;
        const font = Font.getFont({ fontFamily: FONT, fontWeight: 400, fontStyle: "normal" })?.data;
        const label = `Page ${numbering.drawn} of ${numbering.total ?? "?"}`;
        (font ? painter.font(font) : painter).fontSize(SIZE).fillColor(MUTED).text(label, 0, 0, {
          width,
          align: "right",
          lineBreak: false,
        });
        return null;
      }}
    />
  );
}
