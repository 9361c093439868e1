// The little of pdfkit that Accord touches itself (react-pdf drives the rest).
declare module "pdfkit" {
  interface PdfFont {
    name?: string;
  }
  class PDFDocument {
    constructor(options?: Record<string, unknown>);
    font(src: unknown, family?: unknown, size?: number): this;
    fontSize(size: number): this;
    _font: PdfFont | null;
    _fontSource: unknown;
    _fontFamily: unknown;
    _fontCount: number;
    _fontSize: number;
  }
  export default PDFDocument;
}
