import type { Workshop } from "../workshop/model";

declare const CHECKED: unique symbol;

/**
 * A document that passed the write contract: read through openDocument, or
 * the result of commit. Storage and the store accept nothing else, so the
 * type system and a runtime check both stand between a document that skipped
 * the rules and the disk.
 */
export type Checked = Workshop & { readonly [CHECKED]: true };

const passed = new WeakSet<object>();

export function isChecked(value: unknown): value is Checked {
  return typeof value === "object" && value !== null && passed.has(value);
}

/**
 * Freezes what is new in a document (parts it shares with a checked one are
 * frozen already) so that nothing can change it in place after the check.
 */
function freezeNew(value: object): void {
  Object.freeze(value);
  // Not through Object.values: walking a large document then allocates nothing.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeChild(value[i]);
  } else {
    for (const key in value) freezeChild((value as Record<string, unknown>)[key]);
  }
}

function freezeChild(child: unknown): void {
  if (typeof child === "object" && child !== null && !Object.isFrozen(child)) freezeNew(child);
}

/** Only the contract's own modules call this (a test holds them to it). */
export function markChecked(doc: Workshop): Checked {
  if (!Object.isFrozen(doc)) freezeNew(doc);
  passed.add(doc);
  return doc as Checked;
}
