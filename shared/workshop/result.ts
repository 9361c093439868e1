import type { Workshop } from "./model";

/** Where a problem is: a JSON path like `$.teams[2].name`, or a field name in a form. */
export interface Problem {
  path: string;
  message: string;
}

/** Operations refuse user errors with reasons; exceptions are kept for bugs. */
export type Result<T = Workshop> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = (path: string, message: string): Result<never> => ({
  ok: false,
  problems: [{ path, message }],
});

/** An operation: the document and its arguments in, the next document or a refusal out. */
export type Operation<A extends unknown[] = unknown[]> = (workshop: Workshop, ...args: A) => Result;
