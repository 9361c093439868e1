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

/**
 * What an operation that makes something returns: the next document and what
 * it made (the new stage's id, say), so the caller never has to guess it from
 * the end of a list.
 */
export interface Produced<T> {
  workshop: Workshop;
  value: T;
}

export const produced = <T>(workshop: Workshop, value: T): Result<Produced<T>> => ok({ workshop, value });
