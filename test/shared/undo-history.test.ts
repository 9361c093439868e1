import fc from "fast-check";
import {
  type Call,
  type Checked,
  call,
  commit,
  EMPTY_HISTORY,
  FROM_FACILITATOR,
  nextRedo,
  nextUndo,
  record,
  redone,
  type UndoHistory,
  undone,
} from "../../shared/contract";
import { COALESCE_MS } from "../../shared/contract/history";
import { applyPatch, compose, diff, invert } from "../../shared/contract/patch";
import { checkReferences } from "../../shared/workshop/references";
import { aRealisticWorkshop } from "../charter/realistic-workshop";
import { checked } from "../stored";

const AT = "2026-11-22T14:05:00Z";

/** A session of facilitator edits and room votes, decided by fast-check, played through the contract. */
type Move =
  | {
      by: "facilitator";
      pick: number;
      kind: "define" | "agree" | "add" | "rename" | "move" | "remove" | "stage";
      text: string;
    }
  | { by: "room"; pick: number; value: number };

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({
    by: fc.constant("facilitator" as const),
    pick: fc.nat(50),
    kind: fc.constantFrom("define", "agree", "add", "rename", "move", "remove", "stage"),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({ by: fc.constant("room" as const), pick: fc.nat(50), value: fc.integer({ min: 0, max: 5 }) }),
);

/** A workshop mid-session: every term still under discussion, so the room can vote on any of them. */
function start(): Checked {
  const w = aRealisticWorkshop({ stages: 6, terms: 8 });
  return checked({ ...w, terms: w.terms.map((t) => ({ ...t, status: "discussing" as const, agreedAt: null })) });
}
/** The room votes on the terms the session started with; the facilitator only removes terms it added. */
const startingTerms = new Set(start().terms.map((t) => t.id));

function facilitatorCall(w: Checked, m: Extract<Move, { by: "facilitator" }>, n: number): Call | null {
  const term = w.terms[m.pick % w.terms.length];
  const team = w.teams[m.pick % w.teams.length];
  const added = w.terms.filter((t) => !startingTerms.has(t.id));
  if (!term || !team) return null;
  switch (m.kind) {
    case "define":
      return call("recordDefinition", term.id, team.id, m.text);
    case "agree":
      return call("updateAgreement", term.id, { definition: `${term.agreed.definition}${m.text}` });
    case "add":
      return call("addTerm", { term: `Added ${n} ${m.text}` }, () => `added-${n}`);
    case "rename":
      return call("renameTerm", term.id, `Renamed ${n}`);
    case "move":
      return call("moveTerm", term.id, m.pick % 5);
    case "remove": {
      const free = added[m.pick % Math.max(1, added.length)];
      return free ? call("removeTerm", free.id) : null;
    }
    case "stage":
      return call("updateStage", w.stages[m.pick % w.stages.length]?.id ?? "", { buyerLabel: m.text });
  }
}

/** How often each kind of change went through, over all runs: a property that never removed a term proves nothing about removing. */
const seen = new Map<string, number>();

function play(moves: Move[]) {
  let w = start();
  let history: UndoHistory = EMPTY_HISTORY;
  const votes: string[] = [];
  /** The document before each of the facilitator's steps, as it stood then. */
  const before: Checked[] = [];
  for (const [n, m] of moves.entries()) {
    let change: Call | null;
    let origin: "facilitator" | "room" = "facilitator";
    if (m.by === "room") {
      const terms = w.terms.filter((t) => startingTerms.has(t.id));
      const term = terms[m.pick % terms.length];
      const team = w.teams[m.pick % w.teams.length];
      change = term && team ? call("castVote", term.id, team.id, m.value, () => `vote-${n}`) : null;
      origin = "room";
    } else change = facilitatorCall(w, m, n);
    if (!change) continue;
    const result = commit(w, change, { origin });
    if (!result.ok || !result.changed) continue;
    // The contract checked only what changed; the whole document must still keep every reference.
    expect(checkReferences(result.document)).toEqual([]);
    seen.set(change.name, (seen.get(change.name) ?? 0) + 1);
    if (origin === "room") votes.push(`vote-${n}`);
    // Each step apart: the session's clock moves on by more than the coalescing window.
    const next = record(history, result.before, result.document, result.history, n * (COALESCE_MS + 1));
    if (next.past.length > history.past.length) before.push(result.before);
    history = next;
    w = result.document;
  }
  return { w, history, votes, before };
}

const withoutVotes = (w: Checked) => ({
  ...w,
  terms: w.terms.map((t) => ({ ...t, consensus: { ...t.consensus, votes: [] } })),
});

/** Undoes every step; after each undo, all but the room's votes must be as it was before that step. */
function undoAll(w: Checked, history: UndoHistory, before: Checked[] = []) {
  let doc = w;
  let h = history;
  for (let changes = nextUndo(h); changes !== null; changes = nextUndo(h)) {
    const result = commit(doc, call("restoreChanges", changes), FROM_FACILITATOR);
    if (!result.ok) throw new Error(`undo was refused: ${JSON.stringify(result.problems)}`);
    doc = result.document;
    h = undone(h);
    const then = before[h.past.length];
    if (then) expect(withoutVotes(doc)).toEqual(withoutVotes(then));
  }
  return { doc, history: h };
}

describe("undo plays changes back, so what others did meanwhile stays", () => {
  it("a change and its inverse take a document there and back exactly", () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 25 }), (moves) => {
        const first = start();
        const { w } = play(moves);
        const changes = diff(first, w);
        expect(applyPatch(first, changes).value).toEqual(w);
        expect(applyPatch(w, invert(changes)).value).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it("undoing every facilitator step brings the session back to where it began, with the room's votes still cast", () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 30 }), (moves) => {
        const first = start();
        const { w, history, votes, before } = play(moves);
        const { doc } = undoAll(w, history, before);
        expect(withoutVotes(doc)).toEqual(withoutVotes(first));
        const kept = doc.terms.flatMap((t) => t.consensus.votes.map((v) => v.id));
        expect(kept.sort()).toEqual([...votes].sort());
      }),
      { numRuns: 60 },
    );
  });

  it("redoing every step after undoing them brings the end of the session back", () => {
    fc.assert(
      fc.property(
        fc.array(
          move.filter((m) => m.by === "facilitator"),
          { minLength: 1, maxLength: 20 },
        ),
        (moves) => {
          const { w, history } = play(moves);
          let { doc, history: h } = undoAll(w, history);
          for (let changes = nextRedo(h); changes !== null; changes = nextRedo(h)) {
            const result = commit(doc, call("restoreChanges", changes), FROM_FACILITATOR);
            if (!result.ok) throw new Error(JSON.stringify(result.problems));
            doc = result.document;
            h = redone(h);
          }
          expect(doc).toEqual(w);
        },
      ),
      { numRuns: 40 },
    );
  });
});

afterAll(() => {
  for (const name of [
    "recordDefinition",
    "updateAgreement",
    "addTerm",
    "renameTerm",
    "moveTerm",
    "removeTerm",
    "castVote",
  ]) {
    expect(seen.get(name) ?? 0, `${name} never went through`).toBeGreaterThan(10);
  }
});

describe("the facilitator's history", () => {
  const w = start();
  const team = w.teams[0]?.id as string;
  const term = w.terms[0]?.id as string;
  const typed = (doc: Checked, text: string) =>
    commit(doc, call("recordDefinition", term, team, text), FROM_FACILITATOR);

  function typeWord(word: string, gapMs: number) {
    let doc = w;
    let history = EMPTY_HISTORY;
    for (const [i, _] of [...word].entries()) {
      const result = typed(doc, word.slice(0, i + 1));
      if (!result.ok) throw new Error("refused");
      history = record(history, result.before, result.document, result.history, i * gapMs);
      doc = result.document;
    }
    return { doc, history };
  }

  it("keystrokes in one field close together are one undo step, and a pause starts the next", () => {
    expect(typeWord("Lead", 100).history.past).toHaveLength(1);
    expect(typeWord("Lead", COALESCE_MS + 1).history.past).toHaveLength(4);
  });

  it("typing a letter and taking it back within the window leaves no empty step to undo", () => {
    const typedBack = (() => {
      let doc = w;
      let history = EMPTY_HISTORY;
      for (const [i, text] of ["x", w.terms[0]?.teamDefinitions[team] ?? ""].entries()) {
        const result = typed(doc, text);
        if (!result.ok) throw new Error("refused");
        history = record(history, result.before, result.document, result.history, i * 100);
        doc = result.document;
      }
      return history;
    })();
    expect(typedBack.past).toHaveLength(0);
  });

  it("one undo takes a whole typed word back, to what the field held before it", () => {
    const { doc, history } = typeWord("Lead", 100);
    const back = commit(doc, call("restoreChanges", nextUndo(history) ?? []), FROM_FACILITATOR);
    expect(back.ok && back.document.terms[0]?.teamDefinitions[team]).toBe(w.terms[0]?.teamDefinitions[team]);
  });

  it("a signature seals history: nothing before it can be undone from under it", () => {
    const { doc, history } = typeWord("Lead", 100);
    expect(record(history, doc, doc, { kind: "seal" }, 0)).toBe(EMPTY_HISTORY);
  });

  it("a change outside history leaves the steps to undo as they were", () => {
    const { doc, history } = typeWord("Lead", 100);
    const timer = commit(doc, call("startTimer", AT), FROM_FACILITATOR);
    if (!timer.ok) throw new Error("refused");
    expect(record(history, timer.before, timer.document, timer.history, 5000)).toBe(history);
  });
});

describe("joining keystrokes into one step", () => {
  it("merges values set twice, keeping the first before and the last after", () => {
    const a = [{ kind: "set" as const, path: ["details", "title"], before: "A", after: "Ab" }];
    const b = [{ kind: "set" as const, path: ["details", "title"], before: "Ab", after: "Abc" }];
    expect(compose(a, b)).toEqual([{ kind: "set", path: ["details", "title"], before: "A", after: "Abc" }]);
  });

  it("keeps the order when one value lies inside another, so a replay sets the parent before the child", () => {
    const parent = { kind: "set" as const, path: ["timer"], before: { a: 1 }, after: { a: 2 } };
    const child = { kind: "set" as const, path: ["timer", "a"], before: 2, after: 3 };
    const composed = compose([child], [parent, child]);
    expect(composed).toEqual([child, parent, child]);
    expect(applyPatch({ timer: { a: 1 } }, composed).value).toEqual({ timer: { a: 3 } });
  });
});
