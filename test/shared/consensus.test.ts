import {
  castVote,
  clearVotes,
  consensusBlocks,
  overrideConsensus,
  removeVote,
  setConsensusMethod,
  tallyByTeam,
} from "../../shared/workshop/consensus";
import type { VoteValue, Workshop } from "../../shared/workshop/model";
import { addTerm, setTermStatus, updateAgreement } from "../../shared/workshop/terms";
import { expectOk } from "../builders";
import { aJourney, deepFreeze, expectRefusal, expectValid, idsOf, termNamed } from "./journey-builders";

const AT = "2026-11-22T14:05:00Z";
const LATER = "2026-11-22T14:20:00Z";

/** "Lead" (id "lead") with an agreed definition written, ready to be agreed. */
function leadReadyToAgree() {
  const { w, marketing, sales } = aJourney();
  let next = expectOk(addTerm(w, { term: "Lead" }, () => "lead")).workshop;
  next = expectOk(updateAgreement(next, "lead", { definition: "A person with a need who asked to talk" }));
  return { w: deepFreeze(next), marketing, sales };
}

function votes(w: Workshop, cast: [string, VoteValue][]): Workshop {
  let n = 0;
  return cast.reduce(
    (acc, [teamId, value]) => expectOk(castVote(acc, "lead", teamId, value, () => `v-${++n}`)).workshop,
    w,
  );
}

describe("the consensus check", () => {
  it("tallies fist-of-five votes per team, with each team's average", () => {
    const { w, marketing, sales } = leadReadyToAgree();
    const voted = votes(w, [
      [marketing, 5],
      [marketing, 4],
      [sales, 3],
    ]);
    const tally = tallyByTeam(termNamed(voted, "Lead"), voted.teams);
    expect(tally[0]).toMatchObject({ teamId: marketing, votes: 2, average: 4.5 });
    expect(tally[0]?.counts).toEqual({ "0": 0, "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 });
    expect(tally[1]).toMatchObject({ teamId: sales, votes: 1, average: 3 });
  });

  it("tallies agree / disagree / block per team, and a team that has not voted shows zeros", () => {
    const { w, marketing } = leadReadyToAgree();
    const switched = expectValid(setConsensusMethod(w, "lead", "agree-disagree-block"));
    const voted = expectOk(castVote(switched, "lead", marketing, "disagree", () => "v-1")).workshop;
    const tally = tallyByTeam(termNamed(voted, "Lead"), voted.teams);
    expect(tally.map((t) => t.counts)).toEqual([
      { agree: 0, disagree: 1, block: 0 },
      { agree: 0, disagree: 0, block: 0 },
    ]);
    expect(tally[0]?.average).toBeNull();
  });

  it("refuses a vote that does not fit the method, or from a team that is not in the room", () => {
    const { w, marketing } = leadReadyToAgree();
    expect(expectRefusal(w, (f) => castVote(f, "lead", marketing, "block")).message).toBe(
      "A fist-of-five vote is a whole number from 0 to 5.",
    );
    expect(expectRefusal(w, (f) => castVote(f, "lead", marketing, 6)).path).toBe("value");
    expect(expectRefusal(w, (f) => castVote(f, "lead", "finance", 3)).path).toBe("teamId");
  });

  it("switching the method starts the check again", () => {
    const { w, marketing } = leadReadyToAgree();
    const voted = votes(w, [[marketing, 1]]);
    const switched = expectValid(setConsensusMethod(voted, "lead", "agree-disagree-block"));
    expect(termNamed(switched, "Lead").consensus).toEqual({
      method: "agree-disagree-block",
      votes: [],
      override: null,
    });
  });

  it("a block vote, or a fist-of-five score of 2 or less, holds the term back; disagree does not", () => {
    const { w, marketing, sales } = leadReadyToAgree();
    expect(consensusBlocks(termNamed(votes(w, [[marketing, 3]]), "Lead"))).toEqual([]);
    const low = votes(w, [
      [marketing, 4],
      [sales, 2],
      [sales, 1],
    ]);
    expect(consensusBlocks(termNamed(low, "Lead"), low.teams)).toEqual(["Sales: 2 scores of 2 or less (lowest 1)"]);
    const adb = expectOk(setConsensusMethod(w, "lead", "agree-disagree-block"));
    const blocked = votes(adb, [
      [marketing, "disagree"],
      [sales, "block"],
    ]);
    expect(consensusBlocks(termNamed(blocked, "Lead"), blocked.teams)).toEqual(["Sales: 1 block"]);
  });

  it("agreeing a term with a block vote is refused until the block is resolved", () => {
    const { w, marketing, sales } = leadReadyToAgree();
    const adb = expectOk(setConsensusMethod(w, "lead", "agree-disagree-block"));
    const blocked = deepFreeze(
      votes(adb, [
        [marketing, "agree"],
        [sales, "block"],
      ]),
    );
    expect(expectRefusal(blocked, (f) => setTermStatus(f, "lead", "agreed", AT))).toEqual({
      path: "$.terms[3].consensus",
      message:
        "Lead cannot be agreed while the consensus check holds it back (Sales: 1 block): resolve it, or override it with a reason.",
    });
    const resolved = expectValid(removeVote(blocked, "lead", "v-2"));
    const revoted = expectOk(castVote(resolved, "lead", sales, "agree", () => "v-3")).workshop;
    const agreed = expectValid(setTermStatus(revoted, "lead", "agreed", LATER, () => "d-1"));
    expect(termNamed(agreed, "Lead")).toMatchObject({ status: "agreed", agreedAt: LATER });
    expect(agreed.decisions).toEqual([
      {
        id: "d-1",
        kind: "agreed",
        text: "Agreed Lead: A person with a need who asked to talk",
        at: LATER,
        termId: "lead",
      },
    ]);
  });

  it("agreeing a term with a block vote needs an override reason, which is logged", () => {
    const { w, sales } = leadReadyToAgree();
    const low = deepFreeze(votes(w, [[sales, 1]]));
    expect(expectRefusal(low, (f) => overrideConsensus(f, "lead", "  ", AT)).message).toBe(
      "Say why the room moves on despite the consensus check.",
    );
    const overridden = expectValid(
      overrideConsensus(low, "lead", "Sales will review it after the pilot", AT, idsOf("d-1")),
    );
    expect(termNamed(overridden, "Lead").consensus.override).toEqual({
      reason: "Sales will review it after the pilot",
      at: AT,
    });
    expect(overridden.decisions).toEqual([
      {
        id: "d-1",
        kind: "override",
        text: "Override for Lead despite Sales: 1 score of 2 or less (lowest 1): Sales will review it after the pilot",
        at: AT,
        termId: "lead",
      },
    ]);
    const agreed = expectValid(setTermStatus(overridden, "lead", "agreed", LATER, idsOf("d-2")));
    expect(agreed.decisions.map((d) => d.kind)).toEqual(["override", "agreed"]);
  });

  it("refuses an override when nothing blocks", () => {
    const { w, marketing } = leadReadyToAgree();
    const fine = votes(w, [[marketing, 4]]);
    expect(expectRefusal(fine, (f) => overrideConsensus(f, "lead", "Because", AT)).message).toBe(
      "Nothing blocks Lead: there is nothing to override.",
    );
  });

  it("clearing the votes starts a fresh round and drops the override", () => {
    const { w, sales } = leadReadyToAgree();
    const overridden = expectOk(overrideConsensus(votes(w, [[sales, 0]]), "lead", "Time is up", AT, idsOf("d-1")));
    const cleared = expectValid(clearVotes(overridden, "lead"));
    expect(termNamed(cleared, "Lead").consensus).toEqual({ method: "fist-of-five", votes: [], override: null });
    expect(cleared.decisions).toHaveLength(1);
    expect(expectValid(clearVotes(cleared, "lead"))).toBe(cleared);
  });

  it("refuses a vote on a term that is already agreed", () => {
    const { w, marketing } = leadReadyToAgree();
    const agreed = expectOk(setTermStatus(w, "lead", "agreed", AT, idsOf("d-1")));
    expect(expectRefusal(agreed, (f) => castVote(f, "lead", marketing, 4)).message).toBe(
      "Lead is already agreed: set it back to discussing to vote again.",
    );
  });
});
