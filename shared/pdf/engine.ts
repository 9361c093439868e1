import { pdf } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { reuseEmbeddedFonts } from "./font-reuse";
import { shapingOnce } from "./shaping";

/**
 * A react-pdf document as PDF bytes, with the engine as Accord runs it: each
 * fontkit font embedded once per document (font-reuse.ts) and each distinct
 * run of text shaped once per render (shaping.ts). The charter and the
 * benchmark's plain reference both go through here.
 */
export async function pdfBytes(document: ReactElement): Promise<Uint8Array> {
  reuseEmbeddedFonts();
  return shapingOnce(async () => {
    // toBlob exists in both of react-pdf's builds; toBuffer only in Node's.
    // biome-ignore lint/suspicious/noExplicitAny: react-pdf types pdf() as taking Document props, which the element carries
    const blob = await pdf(document as any).toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  });
}
