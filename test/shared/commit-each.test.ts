import { type Call, type Checked, call, commit, commitEach, openDocument } from "../../shared/contract";
import { LIMITS } from "../../shared/workshop/model";
import { aWorkshopInSession } from "../browser/room-workshop";
import { expectOk } from "../builders";

const w = aWorkshopInSession();
const [mkt, sales] = w.teams.map((t) => t.id) as [string, string];
const people = Array.from({ length: 40 }, (_, i) => ({
  id: `px-${i}`,
  name: `Person ${i}`,
  role: "",
  teamId: i % 2 ? sales : mkt,
  signatory: false,
}));
const doc = expectOk(openDocument({ ...w, participants: [...w.participants, ...people] })) as Checked;
const votes: Call[] = people.map((p, i) => call("castVote", "t-s-1", { teamId: p.teamId, participantId: p.id }, i % 6));
const ROOM = { origin: "room" } as const;

function oneByOne(calls: readonly Call[], start: Checked = doc) {
  let d = start;
  const outcomes = calls.map((c) => {
    const r = commit(d, c, ROOM);
    if (r.ok) d = r.document;
    return r.ok;
  });
  return { document: d, outcomes };
}

describe("the room's changes committed together", () => {
  it("end where committing them one by one ends, each with its own outcome", () => {
    const batch = commitEach(doc, votes, ROOM);
    expect(batch.document).toEqual(oneByOne(votes).document);
    expect(batch.outcomes.map((o) => o.ok && o.value)).toEqual(people.map((p) => `vote:${p.id}`));
    expect(batch.history).toEqual({ kind: "none" });
  });

  it("refuse one change and still take the rest", () => {
    const wrong = call("castVote", "t-s-1", { teamId: mkt, participantId: "px-1" }, 3); // px-1 is in Sales
    const batch = commitEach(doc, [votes[0] as Call, wrong, votes[2] as Call], ROOM);
    expect(batch.outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const refused = batch.outcomes[1];
    expect(refused?.ok === false && refused.problems[0]?.message).toBe(
      "Person 1 votes with their own team, not another.",
    );
    expect(batch.document.terms.find((t) => t.id === "t-s-1")?.consensus.votes).toHaveLength(7);
  });

  it("refuse what only the facilitator may do", () => {
    const batch = commitEach(doc, [call("renameTerm", "t-s-1", "Hijacked")], ROOM);
    expect(batch.outcomes[0]).toMatchObject({
      ok: false,
      problems: [{ message: "The room cannot renameTerm: only the facilitator can." }],
    });
    expect(batch.document).toBe(doc);
  });

  it("when the result breaks a rule, commit one by one, so the refusal falls on the change that broke it", () => {
    const nearlyFull = expectOk(
      openDocument({
        ...doc,
        parkingLot: Array.from({ length: LIMITS.parkingLot - 1 }, (_, i) => ({
          id: `parked-${i}`,
          text: `Item ${i}`,
          owner: null,
          due: null,
        })),
      }),
    ) as Checked;
    const parks = ["Last one in", "One too many"].map((text) => call("addParkingLotItem", { text, owner: null }));
    const batch = commitEach(nearlyFull, parks, ROOM);
    expect(batch.outcomes.map((o) => o.ok)).toEqual([true, false]);
    // New items get random ids, so compare what they say.
    const texts = (d: Checked) => d.parkingLot.map((p) => p.text);
    expect(texts(batch.document)).toEqual(texts(oneByOne(parks, nearlyFull).document));
    expect(batch.document.parkingLot.at(-1)?.text).toBe("Last one in");
  });
});

describe("a signature among the room's changes", () => {
  it("locks what follows it, as one by one would: a question parked after the last signature is refused", async () => {
    const { aReadyWorkshop } = await import("../charter/charter-builders");
    const { currentHash } = await import("../../shared/signoff/lock");
    const ready = expectOk(openDocument(aReadyWorkshop())) as Checked;
    const hash = currentHash(ready);
    const signatories = ready.participants.filter((p) => p.signatory);
    const [first, last] = signatories as [(typeof signatories)[0], (typeof signatories)[0]];
    const sign = (p: typeof first) =>
      call("signCharter", {
        participantId: p.id,
        name: p.name,
        method: "typed" as const,
        image: null,
        at: "2026-12-02T11:00:00Z",
        contentHash: hash,
      });
    const once = commit(ready, sign(first), ROOM);
    if (!once.ok) throw new Error(JSON.stringify(once.problems));
    const batch = commitEach(
      once.document,
      [sign(last), call("addParkingLotItem", { text: "Late", owner: null })],
      ROOM,
    );
    expect(batch.outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(batch.history).toEqual({ kind: "seal" });
    expect(batch.document.parkingLot.map((p) => p.text)).not.toContain("Late");
  });
});
