import { byId, replaceAt } from "./locate";
import type { Term, Workshop } from "./model";

/** The document with the term at `index` replaced. */
export function withTerm(w: Workshop, index: number, term: Term): Workshop {
  return { ...w, terms: replaceAt(w.terms, index, term) };
}

/** A term as it starts: open, nothing typed, nobody has voted. */
export function blankTerm(id: string, term: string, stageId: string | null): Term {
  return {
    id,
    term,
    stageId,
    status: "open",
    teamDefinitions: {},
    teamSignals: {},
    agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
    agreedAt: null,
    consensus: { method: "fist-of-five", votes: [], override: null },
  };
}

const filled = (text: string) => text.trim() !== "";

/**
 * Whether the room has put anything into a term: a definition, agreed text,
 * a ticked signal, a vote or an override reason. Such a term is never dropped
 * silently.
 */
export function termHasContent(term: Term): boolean {
  return (
    Object.values(term.teamDefinitions).some(filled) ||
    Object.values(term.teamSignals).some((signals) => signals.length > 0) ||
    filled(term.agreed.definition) ||
    term.agreed.entryCriteria.some(filled) ||
    term.agreed.exitCriteria.some(filled) ||
    term.consensus.votes.length > 0 ||
    term.consensus.override !== null
  );
}

/** The term a link names: the term with that id, or the term of the stage with that id (a stage and its term are one word). */
export function termNamedBy(w: Pick<Workshop, "terms">, id: string): Term | undefined {
  return byId(w.terms, id) ?? w.terms.find((t) => t.stageId === id);
}

/** The term Agree opens on when none is picked: the first not agreed yet, else the first. */
export function nextToAgree<T extends Pick<Term, "status">>(terms: readonly T[]): T | null {
  return terms.find((t) => t.status !== "agreed") ?? terms[0] ?? null;
}
