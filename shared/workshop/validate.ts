import { issueMessage } from "./issue-messages";
import { jsonPath } from "./json-path";
import { type Workshop, WorkshopSchema } from "./model";
import { checkReferences } from "./references";
import { ok, type Problem, type Result } from "./result";
import { fitsWorkshop } from "./shape";
import { checkUntrusted } from "./untrusted";

/** Enough to fix a file by hand; a thoroughly broken file would otherwise flood the screen. */
export const MAX_PROBLEMS = 20;

/** Keeps the first problems and replaces the rest with one line saying how many were left out. */
export function capProblems(problems: Problem[], limit = MAX_PROBLEMS): Problem[] {
  if (problems.length <= limit) return problems;
  const shown = problems.slice(0, limit - 1);
  const more = problems.length - shown.length;
  return [...shown, { path: "$", message: `has ${more} more problems not shown` }];
}

const refused = (problems: Problem[]): Result<never> => ({ ok: false, problems: capProblems(problems) });

/**
 * Checks a workshop that came from outside the app (a file, storage written by
 * another version) before anything else touches it. Returns the parsed copy,
 * with fields Accord does not know dropped. `root` is where the workshop sits
 * in its file (`$.workshop` in a backup), so every path and message points there.
 * `owned`: the value is the caller's alone (just parsed, or read from
 * storage), so one that passes whole, with nothing to drop, is returned
 * itself rather than copied: the quick check (see shape.ts) then stands in
 * for zod, whose copy of a large document costs more than checking it.
 * `textsChecked`: as fitsWorkshop's.
 */
export function validateWorkshop(
  value: unknown,
  root = "$",
  { owned = false, textsChecked = false } = {},
): Result<Workshop> {
  const unsafe = checkUntrusted(value, root);
  if (unsafe.length > 0) return refused(unsafe);
  if (owned && fitsWorkshop(value, { textsChecked })) return referencesOf(value, root);
  const parsed = WorkshopSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return refused(
      parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path, root), message: issueMessage(issue) })),
    );
  }
  return referencesOf(parsed.data, root);
}

function referencesOf(workshop: Workshop, root: string): Result<Workshop> {
  const broken = checkReferences(workshop, root);
  return broken.length > 0 ? refused(broken) : ok(workshop);
}

/**
 * One line per problem, each naming the file and the place:
 * "backup.json: $.teams[0].name must be a string". A problem about the file
 * as a whole (path "$") reads as a sentence about the file: "backup.json is empty".
 */
export function formatProblems(problems: readonly Problem[], fileName?: string): string {
  return problems
    .map(({ path, message }) => {
      if (path === "$" || path === "") return `${fileName ?? "The file"} ${message}`;
      return fileName === undefined ? `${path} ${message}` : `${fileName}: ${path} ${message}`;
    })
    .join("\n");
}
