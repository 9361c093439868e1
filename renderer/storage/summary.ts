import { openDocument } from "../../shared/contract";
import type { Problem } from "../../shared/workshop/result";
import { formatProblems } from "../../shared/workshop/validate";
import type { WorkshopSummary } from "./db";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Why a workshop cannot be opened, as one sentence: its first problem, and how many more there are. */
export function unreadableReason(problems: readonly Problem[], subject = "The stored workshop"): string {
  const [first, ...rest] = problems;
  if (!first) return `${subject} cannot be read.`;
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? "problem" : "problems"})` : "";
  return `${formatProblems([first], subject)}${more}.`;
}

/** Why a stored document cannot be opened, or null when it can. */
export function readProblem(stored: unknown): string | null {
  let opened: ReturnType<typeof openDocument>;
  try {
    opened = openDocument(stored);
  } catch (error) {
    // A bug in an upgrade step must not stop the database from opening: the workshop is listed with it.
    return `The stored workshop could not be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
  return opened.ok ? null : unreadableReason(opened.problems);
}

/**
 * What the home screen shows of a document, read defensively: it may be one
 * that cannot be opened, which is listed all the same.
 */
export function summaryOf(id: string, stored: unknown, updatedAt: string): Omit<WorkshopSummary, "problem"> {
  const doc = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const details =
    typeof doc.details === "object" && doc.details !== null ? (doc.details as Record<string, unknown>) : {};
  const signOff =
    typeof doc.signOff === "object" && doc.signOff !== null ? (doc.signOff as Record<string, unknown>) : {};
  const version = typeof signOff.version === "number" && signOff.version >= 1 ? signOff.version : 1;
  return {
    id,
    title: text(details.title),
    organization: text(details.organization),
    date: text(details.date),
    updatedAt,
    deletedAt: null,
    version,
    signatures: Array.isArray(signOff.signatures) ? signOff.signatures.length : 0,
  };
}
