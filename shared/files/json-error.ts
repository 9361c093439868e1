/** Where a JSON text first goes wrong, and what was found there. */
export interface JsonError {
  /** Index into the text (UTF-16 code units). */
  index: number;
  /** "the end of the file", or the offending character quoted. */
  found: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Finds the first syntax error in a text JSON.parse rejected. Engines word
 * their errors differently and V8 often omits the position, so the position
 * is found by scanning rather than by reading the engine's message. Iterative
 * (a stack of open brackets), so deep nesting cannot overflow it.
 */
export function locateJsonError(text: string): JsonError | null {
  let i = 0;
  const closers: string[] = [];
  const fail = (at: number): JsonError => ({
    index: at,
    found: at >= text.length ? "the end of the file" : JSON.stringify(text[at]),
  });
  const skipSpace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  /** Reads a string starting at i; returns false at the first bad character. */
  const readString = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  const readValue = (): boolean => {
    const c = text[i];
    if (c === '"') return readString();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text) && NUMBER.lastIndex > i) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };

  // Each turn reads one value (opening brackets push), then any closers and separators after it.
  for (;;) {
    skipSpace();
    const c = text[i];
    if (c === "[" || c === "{") {
      i++;
      skipSpace();
      if (text[i] === (c === "[" ? "]" : "}")) i++;
      else {
        closers.push(c === "[" ? "]" : "}");
        if (c === "{" && !readKey()) return fail(i);
        continue;
      }
    } else if (!readValue()) return fail(i);
    for (;;) {
      skipSpace();
      if (closers.length === 0) return i < text.length ? fail(i) : null;
      const closer = closers[closers.length - 1];
      if (text[i] === closer) {
        closers.pop();
        i++;
      } else if (text[i] === ",") {
        i++;
        if (closer === "}" && !readKey()) return fail(i);
        break;
      } else return fail(i);
    }
  }

  /** Reads `"key" :` inside an object, leaving i after the colon. */
  function readKey(): boolean {
    skipSpace();
    if (text[i] !== '"' || !readString()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  }
}

/** 1-based line and column of an index, as an editor shows them. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}
