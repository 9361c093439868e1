import { createWorkshop, type NewWorkshop } from "../shared/workshop/create";
import type { Workshop } from "../shared/workshop/model";
import type { Result } from "../shared/workshop/result";

/** A real 1×1 PNG as a data URL: a drawn signature the checks accept. */
export const TINY_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=";

/** Deterministic ids ("id-1", "id-2", ...) so fixtures and assertions stay readable. */
export function sequentialIds(prefix = "id"): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A new workshop with Marketing and Sales, built with readable ids. */
export function aWorkshop(init: NewWorkshop = {}): Workshop {
  return createWorkshop({ title: "Acme alignment", organization: "Acme", ...init }, sequentialIds("w"));
}

/** Unwraps a result a test expects to succeed, failing loudly with its problems otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got problems: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Unwraps the problems of a result a test expects to be refused. */
export function expectRefused<T>(result: Result<T>) {
  if (result.ok) throw new Error("expected a refusal, but the operation succeeded");
  return result.problems;
}
