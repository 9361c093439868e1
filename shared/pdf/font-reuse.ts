import PDFDocument from "pdfkit";

type FontOf = InstanceType<typeof PDFDocument>["_font"];

/** Marks pdfkit's font() as already wrapped: the module may be evaluated more than once (tests, hot reload). */
const WRAPPED = Symbol.for("accord.pdfkit.fontReuse");

/** A font object as react-pdf passes it: a parsed fontkit font, which lays out text itself. */
const isFontkitFont = (src: unknown): src is object =>
  typeof src === "object" && src !== null && typeof (src as { layout?: unknown }).layout === "function";

/**
 * react-pdf hands pdfkit the fontkit font of every run of text it draws.
 * Given a font object rather than a name, pdfkit's font() builds a new
 * embedded font for each call (a subset, its widths, its metrics), and only
 * then finds the one it already has, by comparing the two fonts' name
 * tables as JSON. A 32-page charter draws a few thousand runs: that work
 * was about a tenth of its render. Here the embedded font pdfkit settled on
 * for a fontkit font is remembered per document and handed back directly,
 * which is what that comparison would conclude.
 */
export function reuseEmbeddedFonts(): void {
  const proto = PDFDocument.prototype as PDFDocument & { [WRAPPED]?: true };
  if (proto[WRAPPED]) return;
  const original = proto.font;
  const madeFor = new WeakMap<PDFDocument, WeakMap<object, FontOf>>();
  proto.font = function font(this: PDFDocument, src: unknown, family?: unknown, size?: number) {
    // pdfkit takes font(src, size) as well as font(src, family, size); only the unnamed form is remembered.
    const named = family !== undefined && family !== null && typeof family !== "number";
    if (!isFontkitFont(src) || named) return original.call(this, src, family, size);
    const fontSize = typeof family === "number" ? family : size;
    let fonts = madeFor.get(this);
    if (!fonts) {
      fonts = new WeakMap();
      madeFor.set(this, fonts);
    }
    const known = fonts.get(src);
    if (!known) {
      original.call(this, src, fontSize);
      fonts.set(src, this._font);
      return this;
    }
    this._fontSource = src;
    this._fontFamily = null;
    if (fontSize !== undefined && fontSize !== null) this.fontSize(fontSize);
    this._font = known;
    return this;
  };
  proto[WRAPPED] = true;
}
