import { safeFileStem } from "../../../shared/backup/file-name";
import type { Charter } from "../../../shared/charter/format";

/** "Acme Revenue Alignment Charter v2.charter.json": the title, the version, and what kind of file it is. */
export function charterFileName(charter: Charter, extension: "charter.json" | "pdf"): string {
  return `${safeFileStem(charter.title || "Charter")} v${charter.version}.${extension}`;
}
