import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/** Names a value's kind the way a facilitator would: "a number", "a list", "nothing". */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return Number.isInteger(value) ? "a number" : "a decimal number";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

const FORMATS: Record<string, string> = {
  date: "a date like 2026-11-22",
  datetime: "a time like 2026-11-22T14:05:00Z",
};

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** Our own schemas' messages already read "must ..."; zod's defaults do not. */
const isOwnMessage = (message: string) => message.startsWith("must");

function sizeLimit(issue: { origin: string }, bound: number | bigint, word: "least" | "most"): string {
  if (issue.origin === "string") {
    return bound === 1 && word === "least" ? "must not be empty" : `must be at ${word} ${bound} characters long`;
  }
  if (issue.origin === "array" || issue.origin === "set") return `must have at ${word} ${bound} items`;
  return `must be at ${word} ${bound}`;
}

/**
 * Rewrites a zod issue as the end of a sentence that starts with its path
 * ("$.teams[0].name" + "must be a string, got a number"), because the raw
 * zod text ("Invalid input: expected string, received number") reads as
 * jargon on a projector.
 */
export function issueMessage(issue: Issue): string {
  if (isOwnMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is missing";
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected}, got ${describeValue(issue.input)}`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${quoteAll(issue.values)}`
        : `must be one of ${quoteAll(issue.values)}`;
    case "too_small":
      return issue.inclusive === false
        ? `must be more than ${issue.minimum}`
        : sizeLimit(issue, issue.minimum, "least");
    case "too_big":
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : sizeLimit(issue, issue.maximum, "most");
    case "invalid_format":
      if (issue.format === "starts_with" && "prefix" in issue) return `must start with ${JSON.stringify(issue.prefix)}`;
      return `must be ${FORMATS[issue.format] ?? `in ${issue.format} format`}`;
    case "invalid_union": {
      // Only the alternatives' own complaints say what was expected here.
      const options = issue.errors.flatMap((branch) => branch.filter((b) => b.path.length === 0).map(issueMessage));
      const unique = [...new Set(options)];
      return unique.length > 0 ? unique.join(", or ") : "is not a value Accord accepts here";
    }
    case "invalid_key":
      return `is not an acceptable key: ${issue.issues.map(issueMessage).join("; ")}`;
    case "unrecognized_keys":
      return `has fields Accord does not know: ${quoteAll(issue.keys)}`;
    default:
      return `is not acceptable (${issue.message})`;
  }
}
