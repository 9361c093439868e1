export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}
export function parseCsv(text: string): string[][];
export const BLOCKING: Set<string>;
/** Throws when a row is not a finding: a damaged report must not pass the gate. */
export function readFindings(csvText: string): Finding[];
export function blockingFindings(findings: Finding[]): Finding[];
export function formatFindings(findings: Finding[], fileLabel?: (file: string) => string): string;
