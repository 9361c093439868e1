import type { CharterFile } from "../charter/format";

export interface PdfStatus {
  /** Short: "Signed", "Draft", "Not intact". */
  label: string;
  /** A sentence for the cover. */
  detail: string;
  tone: "signed" | "draft" | "warning";
}

/** What the cover says about the sign-off, from the file and from whether it verified. */
export function pdfStatus(file: CharterFile, intact: boolean): PdfStatus {
  const signatories = file.charter.participants.filter((p) => p.signatory);
  const signed = signatories.filter((p) => file.signOff.signatures.some((s) => s.participantId === p.id)).length;
  if (!intact) {
    return {
      label: "Not intact",
      detail: "Changed after it was signed: the signatures do not cover this content.",
      tone: "warning",
    };
  }
  if (signatories.length === 0)
    return { label: "Draft", detail: "Nobody is named to sign this charter.", tone: "draft" };
  if (file.signOff.status === "signed") {
    return { label: "Signed", detail: `Signed by all ${signatories.length} signatories.`, tone: "signed" };
  }
  return { label: "Draft", detail: `${signed} of ${signatories.length} signatories have signed.`, tone: "draft" };
}
