/**
 * Half of a surrogate pair ("\ud800" in JSON) is no character at all: it
 * cannot be hashed canonically, drawn in a PDF, or shown. Every document and
 * charter reader refuses it; String.prototype.isWellFormed says the same but
 * is not in our ES2023 lib.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasBrokenText = (text: string): boolean => LONE_SURROGATE.test(text);
