import fc from "fast-check";
import { type Checked, commit, openDocument } from "../../shared/contract";
import { FIRST_CUE, type RoomCue } from "../../shared/room/cue";
import { roomFrame } from "../../shared/room/frame";
import {
  changeReply,
  PARKS_PER_PHONE,
  type PhoneContext,
  type PhoneMember,
  type PhoneRequest,
  readPhoneRequest,
} from "../../shared/room/from-phone";
import { type FromPhone, readPhoneMessage } from "../../shared/room/phone";
import { type PhoneView, phoneRoster, phoneSigning, phoneView } from "../../shared/room/phone-view";
import { currentHash } from "../../shared/signoff/lock";
import type { Participant, Workshop } from "../../shared/workshop/model";
import { freshCrmAgreement } from "../../shared/workshop/rule-subject";
import { aWorkshopInSession } from "../browser/room-workshop";
import { expectOk } from "../builders";
import { aReadyWorkshop } from "../charter/charter-builders";

const cue = (patch: Partial<RoomCue>): RoomCue => ({ ...FIRST_CUE, ...patch });
const viewOf = (w: Workshop, patch: Partial<RoomCue>, anonymous = false) =>
  phoneView(roomFrame(w, cue(patch)), { anonymous, signing: null });
const onAgree = { phase: "agreement" as const, termId: "t-s-1" };

const w = aWorkshopInSession();
const doc = expectOk(openDocument(w)) as Checked;
const kwame: PhoneMember = { participantId: "p-5", teamId: w.teams[1]?.id as string, name: "Kwame Mensah" };
const salesId = w.teams[1]?.id as string;

/** A phone's message read and, if it asks for a change, run through the contract as the room. */
function fromPhone(view: PhoneView, member: PhoneMember | null, message: FromPhone, votedHere = false, on = doc) {
  const request = readPhoneRequest(on, view, member, message, context(votedHere));
  if (request.kind !== "change") return { request, document: on, reply: null };
  const result = commit(on, request.call, { origin: "room" });
  return { request, document: result.ok ? result.document : on, reply: changeReply(request, result) };
}

const context = (votedHere: boolean, more: Partial<PhoneContext> = {}): PhoneContext => ({
  votedHere,
  device: "iPhone, Safari",
  now: "2026-12-02T10:30:00.000Z",
  heldElsewhere: new Set(),
  parked: 0,
  ...more,
});
const refusal = (request: PhoneRequest) => (request.kind === "refuse" ? request.message : null);

describe("what a phone is shown", () => {
  it("is the room screen's check, blind: how many voted, never how, and no vote's id", () => {
    const view = viewOf(w, onAgree);
    if (view.step.kind !== "vote") throw new Error("expected a vote step");
    expect(view.step).toMatchObject({
      termId: "t-s-1",
      method: "fist-of-five",
      values: ["0", "1", "2", "3", "4", "5"],
    });
    expect(view.step.votes).toEqual({ method: "fist-of-five", cast: 5, of: 8, revealed: false });
    const sent = JSON.stringify(view);
    for (const vote of w.terms.find((t) => t.id === "t-s-1")?.consensus.votes ?? [])
      expect(sent).not.toContain(vote.id);
    expect(sent).not.toContain('"value"');
  });

  it("never carries the room's join secret, signatures or anything the room screen does not show", () => {
    const frame = roomFrame(w, cue({ phase: "signoff" }), {
      address: "http://a/",
      joinUrl: "http://a/#SECRET",
      pin: "123456",
    });
    const sent = JSON.stringify([phoneView(frame, { anonymous: false, signing: null }), phoneRoster(w)]);
    expect(sent).not.toContain("SECRET");
    expect(sent).not.toContain("123456");
    expect(sent).not.toContain("data:image");
    expect(sent).not.toContain("Account executive"); // a participant's role is not needed to pick a name
  });

  it("offers a proposal on Definitions, nothing to do on the journey or when the screen is blank", () => {
    expect(viewOf(w, { phase: "definitions", termId: "t-s-1" }).step).toMatchObject({
      kind: "propose",
      termId: "t-s-1",
    });
    expect(viewOf(w, { phase: "journey" }).step).toEqual({ kind: "follow", label: "The buyer journey" });
    expect(viewOf(w, { ...onAgree, blank: true }).step.kind).toBe("follow");
  });

  it("lists the people to pick a name from, by team, apart from the view that changes with every vote", () => {
    const { people } = phoneRoster(w);
    expect(people).toContainEqual({ id: "p-5", name: "Kwame Mensah", teamId: salesId });
    expect(people).toHaveLength(w.participants.length);
    expect(JSON.stringify(viewOf(w, onAgree))).not.toContain("Kwame");
  });
});

describe("what a phone may ask", () => {
  const view = viewOf(w, onAgree);

  it("joins as a participant, or without a name only when the room is anonymous", () => {
    expect(
      readPhoneRequest(doc, view, null, { type: "join", participantId: "p-5", teamId: null }, context(false)),
    ).toEqual({
      kind: "join",
      member: kwame,
    });
    const nameless: FromPhone = { type: "join", participantId: null, teamId: salesId };
    expect(refusal(readPhoneRequest(doc, view, null, nameless, context(false)))).toBe(
      "The facilitator asks everyone to pick their name.",
    );
    expect(readPhoneRequest(doc, viewOf(w, onAgree, true), null, nameless, context(false))).toEqual({
      kind: "join",
      member: { participantId: null, teamId: salesId, name: null },
    });
    expect(
      refusal(
        readPhoneRequest(doc, view, null, { type: "join", participantId: "p-nobody", teamId: null }, context(false)),
      ),
    ).toMatch(/no longer on the list/);
  });

  it("does nothing before it has joined", () => {
    const park: FromPhone = { type: "park", text: "What about partners?" };
    expect(refusal(readPhoneRequest(doc, view, null, park, context(false)))).toBe(
      "Join the room first: pick your name.",
    );
  });

  it("votes as its person, once: voting again changes the vote", () => {
    const vote = (value: number, on: Checked) =>
      fromPhone(view, kwame, { type: "vote", termId: "t-s-1", value, replaces: null }, false, on);
    const first = vote(1, doc);
    const second = vote(4, first.document);
    const votes = second.document.terms.find((t) => t.id === "t-s-1")?.consensus.votes ?? [];
    expect(votes.filter((v) => v.participantId === "p-5")).toEqual([
      { id: "vote:p-5", teamId: salesId, participantId: "p-5", value: 4 },
    ]);
    expect(votes).toHaveLength(6);
    expect(second.reply).toEqual({ type: "accepted", what: expect.stringMatching(/^Your vote is in: 4\./) });
  });

  it("votes on a CRM rule when the room is on one, as on a term", () => {
    const open = expectOk(openDocument({ ...w, crmAgreement: freshCrmAgreement() })) as Checked;
    const onRule = viewOf(open, { phase: "agreement", termId: "crm-rule:reasonCodes" });
    if (onRule.step.kind !== "vote") throw new Error("expected a vote step");
    expect(onRule.step).toMatchObject({ termId: "crm-rule:reasonCodes", term: "Reason codes" });
    expect(onRule.step.wording).toMatch(/^Rejected before contact: Misrouted; /);
    const message = { type: "vote", termId: "crm-rule:reasonCodes", value: 5, replaces: null } as const;
    const voted = fromPhone(onRule, kwame, message, false, open);
    expect(voted.document.crmAgreement.reasonCodes.consensus.votes).toEqual([
      { id: "vote:p-5", teamId: salesId, participantId: "p-5", value: 5 },
    ]);
    expect(voted.document.terms).toBe(open.terms);
    // Agreed, the rule takes no more votes from phones.
    const agreed = viewOf({ ...w }, { phase: "agreement", termId: "crm-rule:reasonCodes" });
    expect(agreed.step).toEqual({ kind: "follow", label: "Reason codes is agreed." });
  });

  it("votes only in the check the room sees", () => {
    const other = w.terms.find((t) => t.id !== "t-s-1")?.id as string;
    const asked = readPhoneRequest(
      doc,
      view,
      kwame,
      { type: "vote", termId: other, value: 3, replaces: null },
      context(false),
    );
    expect(refusal(asked)).toBe("The room has moved on: this check is no longer open.");
    const journey = viewOf(w, { phase: "journey" });
    expect(
      readPhoneRequest(doc, journey, kwame, { type: "vote", termId: "t-s-1", value: 3, replaces: null }, context(false))
        .kind,
    ).toBe("refuse");
  });

  it("in an anonymous room, keeps no name on the vote and hands the vote's id to the phone alone", () => {
    const anonymous = viewOf(w, onAgree, true);
    const first = fromPhone(anonymous, kwame, { type: "vote", termId: "t-s-1", value: 0, replaces: null });
    if (first.reply?.type !== "accepted" || !first.reply.voteId) throw new Error("expected the vote's id");
    const voteId = first.reply.voteId;
    const cast = first.document.terms.find((t) => t.id === "t-s-1")?.consensus.votes.find((v) => v.id === voteId);
    expect(cast).toMatchObject({ teamId: salesId, participantId: null, value: 0 });
    // The same phone again without naming its vote: refused, since the room keeps only that it voted.
    const again = readPhoneRequest(
      first.document,
      anonymous,
      kwame,
      { type: "vote", termId: "t-s-1", value: 5, replaces: null },
      context(true),
    );
    expect(refusal(again)).toBe("You have voted in this check already: change your vote instead.");
    // Naming it changes it, in place.
    const changed = fromPhone(
      anonymous,
      kwame,
      { type: "vote", termId: "t-s-1", value: 5, replaces: voteId },
      true,
      first.document,
    );
    const votes = changed.document.terms.find((t) => t.id === "t-s-1")?.consensus.votes ?? [];
    expect(votes.filter((v) => v.id === voteId)).toEqual([
      { id: voteId, teamId: salesId, participantId: null, value: 5 },
    ]);
    expect(votes).toHaveLength(6);
    expect(JSON.stringify(changed.document)).not.toContain('p-5","value');
  });

  // A vote's id is what lets a phone change it: random (newId), and never sent to any phone but the one that cast it.
  it("cannot move another team's vote, nor take over a named one", () => {
    const anonymous = viewOf(w, onAgree, true);
    const other = fromPhone(anonymous, kwame, { type: "vote", termId: "t-s-1", value: 2, replaces: "v1" });
    expect(other.reply).toEqual({ type: "refused", message: "A vote stays with the team it was cast for." });
    const marketing: PhoneMember = { participantId: null, teamId: w.teams[0]?.id as string, name: null };
    const named = commit(
      doc,
      { name: "castVote", args: ["t-s-1", { teamId: salesId, participantId: "p-5" }, 1] },
      { origin: "room" },
    );
    if (!named.ok) throw new Error("expected the named vote");
    const taken = fromPhone(
      anonymous,
      marketing,
      { type: "vote", termId: "t-s-1", value: 5, replaces: "vote:p-5" },
      true,
      named.document,
    );
    expect(taken.reply).toEqual({
      type: "refused",
      message: "That vote is no longer in this check: vote again.",
      voteGone: true,
    });
  });

  it("parks a question in the parking lot, through the contract", () => {
    const parked = fromPhone(view, kwame, { type: "park", text: "  Do partners count as leads?  " });
    expect(parked.document.parkingLot.at(-1)).toMatchObject({ text: "Do partners count as leads?", owner: null });
    expect(parked.reply).toEqual({ type: "accepted", what: "Parked: the facilitator will come back to it." });
  });

  it("proposes its team's wording for the term on Definitions, without a name when the room is anonymous", () => {
    const definitions = viewOf(w, { phase: "definitions", termId: "t-s-1" }, true);
    const asked = readPhoneRequest(
      doc,
      definitions,
      kwame,
      { type: "propose", termId: "t-s-1", text: "A hand-raiser." },
      context(false),
    );
    expect(asked).toEqual({
      kind: "propose",
      proposal: { termId: "t-s-1", teamId: salesId, text: "A hand-raiser.", by: null },
    });
    expect(
      refusal(readPhoneRequest(doc, view, kwame, { type: "propose", termId: "t-s-1", text: "x" }, context(false))),
    ).toMatch(/moved on/);
  });
});

describe("the write contract, for the room", () => {
  it("lets the room vote and park, and nothing else", () => {
    const rename = commit(doc, { name: "renameTerm", args: ["t-s-1", "Hijacked"] }, { origin: "room" });
    expect(rename).toMatchObject({
      ok: false,
      problems: [{ message: "The room cannot renameTerm: only the facilitator can." }],
    });
    const park = commit(doc, { name: "addParkingLotItem", args: [{ text: "Later", owner: null }] }, { origin: "room" });
    expect(park.ok && park.history).toEqual({ kind: "none" });
  });
});

describe("signing on a phone", () => {
  const ready = expectOk(openDocument(aReadyWorkshop())) as Checked;
  const hash = currentHash(ready);
  const signingView = (open: boolean) =>
    phoneView(roomFrame(ready, cue({ phase: "signoff" })), {
      anonymous: false,
      signing: open ? phoneSigning(ready, hash) : null,
    });
  const anna = ready.participants.find((p) => p.signatory) as Participant;
  const member: PhoneMember = { participantId: anna.id, teamId: anna.teamId, name: anna.name };
  const sign: FromPhone = { type: "sign", name: anna.name, image: null, contentHash: hash };

  it("shows the version, the hash it approves and who is still to sign, once the facilitator opens it", () => {
    expect(signingView(false).step.kind).toBe("follow");
    expect(signingView(true).step).toMatchObject({
      kind: "sign",
      version: 1,
      contentHash: hash,
      signatories: expect.arrayContaining([{ participantId: anna.id, name: anna.name, signed: false }]),
    });
  });

  it("signs through the contract, as the person, on the device it was made on; history is sealed", () => {
    const request = readPhoneRequest(ready, signingView(true), member, sign, context(false));
    if (request.kind !== "change") throw new Error(`expected a change, got ${JSON.stringify(request)}`);
    const result = commit(ready, request.call, { origin: "room" });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.history).toEqual({ kind: "seal" });
    expect(result.document.signOff.signatures).toEqual([
      expect.objectContaining({
        participantId: anna.id,
        name: anna.name,
        method: "typed",
        signedAt: "2026-12-02T10:30:00.000Z",
        device: "iPhone, Safari",
        contentHash: hash,
      }),
    ]);
    expect(changeReply(request, result)).toEqual({ type: "accepted", what: "Signed version 1. Thank you." });
  });

  it("refuses when signing is not open, for a phone without a name, or for a hash the phone was not shown", () => {
    expect(refusal(readPhoneRequest(ready, signingView(false), member, sign, context(false)))).toMatch(/not open/);
    const nameless = { ...member, participantId: null, name: null };
    expect(refusal(readPhoneRequest(ready, signingView(true), nameless, sign, context(false)))).toBe(
      "Join with your name to sign.",
    );
    const stale = { ...sign, contentHash: `sha256:${"0".repeat(64)}` };
    expect(refusal(readPhoneRequest(ready, signingView(true), member, stale, context(false)))).toMatch(/changed/);
  });

  it("leaves it to the contract to refuse someone not named to sign", () => {
    const other = ready.participants.find((p) => !p.signatory) as Participant;
    const request = readPhoneRequest(
      ready,
      signingView(true),
      { participantId: other.id, teamId: other.teamId, name: other.name },
      { ...sign, name: other.name },
      context(false),
    );
    if (request.kind !== "change") throw new Error("expected a change");
    const result = commit(ready, request.call, { origin: "room" });
    expect(result.ok).toBe(false);
  });
});

describe("whatever a phone sends", () => {
  it("is read without throwing, and before joining never asks for a change", () => {
    const view = viewOf(w, onAgree);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const read = readPhoneMessage(raw);
          if (!read.ok) {
            expect(read.problem).toMatch(/^The message (is not JSON|cannot be read)/);
          } else {
            expect(readPhoneRequest(doc, view, null, read.message, context(false)).kind).not.toBe("change");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("that reads as a message changes the document only through the contract, and only as the room may", () => {
    const view = viewOf(w, onAgree, true);
    const anyMessage = fc.oneof(
      fc.record({
        type: fc.constant("vote" as const),
        termId: fc.constantFrom("t-s-1", "t-s-2", "nope"),
        value: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constantFrom("agree", "block")),
        // The fixture's own vote ids, other teams' and named ones among them, as well as made-up ones.
        replaces: fc.option(
          fc.oneof(fc.constantFrom("v1", "v3", "v5", "vote:p-5"), fc.string({ minLength: 1, maxLength: 8 })),
        ),
      }),
      fc.record({ type: fc.constant("park" as const), text: fc.string({ minLength: 1, maxLength: 40 }) }),
      fc.record({
        type: fc.constant("propose" as const),
        termId: fc.constantFrom("t-s-1", "nope"),
        text: fc.string({ minLength: 1, maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(anyMessage, fc.boolean(), (raw, votedHere) => {
        const read = readPhoneMessage(JSON.stringify(raw));
        if (!read.ok) return;
        const request = readPhoneRequest(doc, view, kwame, read.message, context(votedHere));
        if (request.kind !== "change") return;
        const result = commit(doc, request.call, { origin: "room" });
        if (!result.ok) return;
        // Only the check on screen and the parking lot move; nothing the facilitator owns.
        const { terms: before, parkingLot: _p, ...restBefore } = doc;
        const { terms: after, parkingLot: _q, ...restAfter } = result.document;
        expect(restAfter).toEqual(restBefore);
        expect(after.filter((t) => t.id !== "t-s-1")).toEqual(before.filter((t) => t.id !== "t-s-1"));
        expect(result.history).toEqual({ kind: "none" });
        // Another team's votes, and anyone's named vote, are as they were.
        const othersOf = (terms: typeof before) =>
          terms
            .find((t) => t.id === "t-s-1")
            ?.consensus.votes.filter((v) => v.teamId !== kwame.teamId || v.participantId !== null);
        expect(othersOf(after)).toEqual(othersOf(before));
      }),
      { numRuns: 300 },
    );
  });
});

describe("who a phone may be", () => {
  const view = viewOf(w, onAgree);
  const joinAs = (participantId: string): FromPhone => ({ type: "join", participantId, teamId: null });

  it("one phone per person: a second phone picking a name already in the room is refused", () => {
    const taken = readPhoneRequest(doc, view, null, joinAs("p-5"), context(false, { heldElsewhere: new Set(["p-5"]) }));
    expect(refusal(taken)).toBe(
      "Kwame Mensah has already joined on another phone. If that is you, tell the facilitator.",
    );
  });

  it("one person per phone: a phone that joined as someone cannot become someone else", () => {
    const other = readPhoneRequest(doc, view, kwame, joinAs("p-7"), context(false));
    expect(refusal(other)).toMatch(/^This phone has joined as Kwame Mensah\. To join as another person/);
    expect(readPhoneRequest(doc, view, kwame, joinAs("p-5"), context(false)).kind).toBe("join");
  });

  it("parks up to a bound per phone, and not while signing is under way", () => {
    const park: FromPhone = { type: "park", text: "One more" };
    expect(refusal(readPhoneRequest(doc, view, kwame, park, context(false, { parked: PARKS_PER_PHONE })))).toMatch(
      /has parked 20 questions/,
    );
    const ready = expectOk(openDocument(aReadyWorkshop())) as Checked;
    const signing = phoneView(roomFrame(ready, cue({ phase: "signoff" })), {
      anonymous: false,
      signing: phoneSigning(ready, currentHash(ready)),
    });
    expect(refusal(readPhoneRequest(ready, signing, kwame, park, context(false)))).toMatch(/^Signing is under way/);
  });

  it("signs only with the signatory's own name, accents aside", () => {
    const ready = expectOk(openDocument(aReadyWorkshop())) as Checked;
    const hash = currentHash(ready);
    const signing = phoneView(roomFrame(ready, cue({ phase: "signoff" })), {
      anonymous: false,
      signing: phoneSigning(ready, hash),
    });
    const anna = ready.participants.find((p) => p.signatory) as Participant;
    const as = { participantId: anna.id, teamId: anna.teamId, name: anna.name };
    const sign = (name: string): FromPhone => ({ type: "sign", name, image: null, contentHash: hash });
    expect(refusal(readPhoneRequest(ready, signing, as, sign("Bo Berg"), context(false)))).toBe(
      `On a phone, sign with your own name as the facilitator listed it: ${anna.name}.`,
    );
    expect(readPhoneRequest(ready, signing, as, sign("anna lodz"), context(false)).kind).toBe("change");
  });

  it("tells a phone when the vote it named is gone, so it votes afresh", () => {
    const anonymous = viewOf(w, onAgree, true);
    const gone = fromPhone(
      anonymous,
      kwame,
      { type: "vote", termId: "t-s-1", value: 3, replaces: "cleared-long-ago" },
      true,
    );
    expect(gone.reply).toEqual({
      type: "refused",
      message: "That vote is no longer in this check: vote again.",
      voteGone: true,
    });
  });
});
