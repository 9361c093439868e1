import type { Charter } from "../charter/format";

/**
 * A decision as the PDF's log prints it. Agreeing a term logs its whole
 * definition ("Agreed MQL: …"); when that is the definition the glossary
 * holds, the log points there instead of printing it again. A definition
 * agreed and later changed is printed in full: it is history the glossary
 * no longer shows.
 */
export function decisionShown(c: Charter, decision: Charter["decisions"][number]): string {
  const term = decision.termId === null ? undefined : c.terms.find((t) => t.id === decision.termId);
  if (term?.status !== "agreed" || term.definition.trim() === "") return decision.text;
  const logged = `Agreed ${term.term}: ${term.definition.trim()}`;
  // The log cuts a very long definition with an ellipsis; that is still the glossary's.
  const same =
    decision.text === logged || (decision.text.endsWith("…") && logged.startsWith(decision.text.slice(0, -1)));
  return same ? `Agreed ${term.term} (the definition is in the glossary)` : decision.text;
}
