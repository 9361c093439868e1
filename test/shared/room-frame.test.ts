import { journeyOrder } from "../../shared/journey/order";
import { FIRST_CUE, type RoomCue, revealedAfter } from "../../shared/room/cue";
import { type RoomFrame, roomFrame } from "../../shared/room/frame";
import { isFromRoom, isToRoom } from "../../shared/room/messages";
import { presenterLine } from "../../shared/room/presenter";
import type { Workshop } from "../../shared/workshop/model";
import { freshCrmAgreement } from "../../shared/workshop/rule-subject";
import { aWorkshopInSession } from "../browser/room-workshop";
import { aRealisticWorkshop } from "../charter/realistic-workshop";

const cue = (patch: Partial<RoomCue>): RoomCue => ({ ...FIRST_CUE, ...patch });
const onAgree = (w: Workshop, patch: Partial<RoomCue> = {}) =>
  roomFrame(w, cue({ phase: "agreement", termId: "t-s-1", ...patch })) as Extract<RoomFrame, { screen: "agreement" }>;

/** Whether a string occurs anywhere in what would be sent to a room screen. */
const sent = (frame: RoomFrame, text: string) => JSON.stringify(frame).includes(text);

describe("what the room screen is drawn from", () => {
  const w = aWorkshopInSession();

  it("follows the facilitator's phase: Set up opens with a welcome, Export closes with a summary", () => {
    expect(roomFrame(w, cue({ phase: "setup" })).screen).toBe("welcome");
    expect(roomFrame(w, cue({ phase: "export" })).screen).toBe("closing");
    expect(roomFrame(w, cue({ phase: "journey" })).screen).toBe("journey");
    expect(roomFrame(w, cue({ phase: "agreement", blank: true })).screen).toBe("blank");
  });

  it("keeps a consensus check blind until the facilitator reveals it: how many voted, never how", () => {
    const blind = onAgree(w);
    expect(blind.term?.votes).toEqual({ method: "fist-of-five", cast: 5, of: 8, revealed: false });
    expect(sent(blind, '"value"')).toBe(false);
    const shown = onAgree(w, { revealed: ["t-s-1"] });
    const votes = shown.term?.votes;
    if (!votes?.revealed) throw new Error("expected the votes shown");
    const sales = votes.tally.find((row) => row.teamId === w.teams[1]?.id);
    expect(sales?.counts.filter((c) => c.count > 0)).toEqual([
      { value: "2", count: 1 },
      { value: "3", count: 1 },
      { value: "4", count: 1 },
    ]);
    expect(votes.verdict).toEqual({
      kind: "held",
      teams: ["Sales"],
      reasons: ["Sales: 1 score of 2 or less (lowest 2)"],
    });
  });

  it("starts a new round blind: votes all gone, or the method changed, hides a revealed check again", () => {
    const revealed = ["t-s-1"];
    const withTerm = (patch: Partial<Workshop["terms"][number]["consensus"]>): Workshop => ({
      ...w,
      terms: w.terms.map((t) => (t.id === "t-s-1" ? { ...t, consensus: { ...t.consensus, ...patch } } : t)),
    });
    expect(revealedAfter(revealed, w, withTerm({ votes: [] }))).toEqual([]);
    expect(revealedAfter(revealed, w, withTerm({ method: "agree-disagree-block", votes: [] }))).toEqual([]);
    const oneLess = withTerm({ votes: w.terms[1]?.consensus.votes.slice(1) ?? [] });
    expect(revealedAfter(revealed, w, oneLess)).toBe(revealed);
    expect(revealedAfter(revealed, w, { ...w, terms: w.terms.filter((t) => t.id !== "t-s-1") })).toEqual([]);
  });

  it("reveals only the term revealed: the next term's check stays blind", () => {
    const next = onAgree(w, { termId: "t-s-2", revealed: ["t-s-1"] });
    expect(next.term?.name).toBe("Sales Accepted Lead");
    expect(next.term?.votes.revealed).toBe(false);
  });

  it("never carries who voted, a drawn signature, or anything of another workshop", () => {
    const withPeople: Workshop = {
      ...w,
      terms: w.terms.map((t) =>
        t.id === "t-s-1"
          ? {
              ...t,
              consensus: {
                ...t.consensus,
                votes: [{ id: "vote:p-2", teamId: w.teams[1]?.id ?? "", participantId: "p-2", value: 1 }],
              },
            }
          : t,
      ),
      signOff: {
        ...w.signOff,
        signatures: [
          {
            id: "sig",
            participantId: "p-1",
            name: "Anna Łódź",
            signedAt: "2026-11-22T16:00:00Z",
            method: "drawn",
            image: "data:image/png;base64,SECRETPIXELS",
            contentHash: `sha256:${"0".repeat(64)}`,
          },
        ],
      },
    };
    for (const phase of ["setup", "journey", "definitions", "agreement", "measures", "signoff", "export"] as const) {
      const frame = roomFrame(withPeople, cue({ phase, termId: "t-s-1", revealed: ["t-s-1"] }));
      expect(sent(frame, "p-2")).toBe(false);
      expect(sent(frame, "SECRETPIXELS")).toBe(false);
      expect(sent(frame, "contentHash")).toBe(false);
      expect(frame.workshopId).toBe(w.id);
    }
  });

  it("shows one term at a time on Definitions, with only the words that matter marked", () => {
    const frame = roomFrame(w, cue({ phase: "definitions", termId: "t-s-1" }));
    if (frame.screen !== "definitions" || !frame.term) throw new Error("expected a term");
    expect(frame.term).toMatchObject({ name: "Marketing Qualified Lead", place: 2, of: 12, compared: true });
    const marketing = frame.term.columns[0]?.segments ?? [];
    const marked = marketing.filter((s) => s.mark !== "common").map((s) => s.text);
    expect(marked.join(" ")).toContain("downloaded");
    expect(marked).not.toContain("a");
    expect(marked.some((m) => /^(and|with|a|the)$/i.test(m.trim()))).toBe(false);
    expect(marketing.map((s) => s.text).join("")).toBe(w.terms[1]?.teamDefinitions[w.teams[0]?.id ?? ""]);
  });

  it("shows a CRM rule in a term's place when the facilitator is on one: a line each, blind votes", () => {
    const open = { ...w, crmAgreement: freshCrmAgreement() };
    const rule = onAgree(open, { termId: "crm-rule:reasonCodes" });
    expect(rule.term).toMatchObject({
      termId: "crm-rule:reasonCodes",
      name: "Reason codes",
      status: "open",
      place: 4,
      of: 4,
      votes: { method: "fist-of-five", cast: 0, revealed: false },
    });
    expect(rule.term?.rule?.lines.slice(0, 2)).toEqual([
      { label: "Rejected before contact", text: "Misrouted" },
      { label: "Rejected before contact", text: "Incomplete record" },
    ]);
    expect(rule.term?.rule?.lines).toContainEqual({
      label: "Recycled to nurture",
      text: "Back to nurture, looked at again after 90 days",
    });
    const mapping = onAgree(w, { termId: "crm-rule:stageMappings" });
    expect(mapping.term?.rule?.lines.map((l) => l.label)).toEqual(
      journeyOrder(w.stages, w.transitions).map((s) => s.name),
    );
    // A term stays a term: no rule lines.
    expect(onAgree(w).term?.rule).toBeUndefined();
  });

  it("opens Agree on the first term not agreed when the facilitator has not picked one", () => {
    const frame = roomFrame(w, cue({ phase: "agreement" }));
    expect(frame.screen === "agreement" && frame.term?.name).toBe("Marketing Qualified Lead");
  });

  it("lists the journey's stages in map order, outcomes last, and every handoff with its SLA", () => {
    const frame = roomFrame(aRealisticWorkshop(), cue({ phase: "journey" }));
    if (frame.screen !== "journey") throw new Error("expected the journey");
    expect(frame.stages.map((s) => s.name)).toEqual([
      "Inquiry",
      "Marketing Qualified Lead",
      "Sales Accepted Lead",
      "Sales Qualified Lead",
      "Opportunity",
      "Closed Won",
      "Closed Lost",
      "Recycled to nurture",
    ]);
    expect(frame.handoffs[0]).toEqual({
      from: "Marketing Qualified Lead",
      to: "Sales Accepted Lead",
      trigger: "Lead score reaches 80 and the contact has a business email",
      sla: "within 24 business hours",
      owner: "Sales, SDR",
    });
  });

  it("shows on Sign off who has signed by name and what is still missing", () => {
    const frame = roomFrame(w, cue({ phase: "signoff" }));
    if (frame.screen !== "signoff") throw new Error("expected sign off");
    expect(frame.signatories.map((s) => [s.name, s.signed])).toEqual([
      ["Anna Łódź", false],
      ["Jürgen Müller", false],
      ["Freja Ærøskøbing", false],
    ]);
    expect(frame.gaps).toEqual(["Stage Marketing Qualified Lead has no agreed definition."]);
  });
});

describe("the presenter strip's line", () => {
  const w = aWorkshopInSession();

  it("says what the room sees and what comes next", () => {
    expect(presenterLine(w, cue({ phase: "agreement", termId: "t-s-1" }))).toEqual({
      now: "Agreeing: Marketing Qualified Lead (2 of 12)",
      next: "Sales Accepted Lead",
      votes: { termId: "t-s-1", cast: 5, revealed: false },
    });
    expect(presenterLine(w, cue({ phase: "journey" }))).toEqual({
      now: "The buyer journey",
      next: "Definitions side by side (Definitions)",
      votes: null,
    });
    expect(presenterLine(w, cue({ phase: "export" })).next).toBe("the end");
    expect(presenterLine(w, cue({ phase: "agreement", blank: true })).now).toBe("Blank");
  });
});

describe("the room channel's messages", () => {
  it("reads only the known shapes", () => {
    expect(isToRoom({ type: "closed", workshopId: "w" })).toBe(true);
    expect(isToRoom({ type: "frame", frame: { workshopId: "w", screen: "blank" } })).toBe(true);
    expect(isToRoom({ type: "frame", frame: null })).toBe(false);
    expect(isToRoom({ type: "roll-call" })).toBe(false);
    expect(isToRoom("frame")).toBe(false);
    expect(isFromRoom({ type: "hello", roomId: "r" })).toBe(true);
    expect(isFromRoom({ type: "hello" })).toBe(false);
    expect(isFromRoom({ type: "frame", roomId: "r" })).toBe(false);
  });
});

describe("the order the room reads the journey in", () => {
  it("follows the transitions, not the map's columns, when the map wraps onto rows", () => {
    const w = aRealisticWorkshop({ stages: 20, terms: 20 });
    const names = journeyOrder(w.stages, w.transitions).map((s) => s.name);
    expect(names.slice(0, 7)).toEqual([
      "Inquiry",
      "Marketing Qualified Lead",
      "Sales Accepted Lead",
      "Sales Qualified Lead",
      "Opportunity",
      "Stage 6",
      "Stage 7",
    ]);
    expect(names.slice(-3)).toEqual(["Closed Won", "Closed Lost", "Recycled to nurture"]);
  });

  it("places every stage once even around a loop", () => {
    const w = aRealisticWorkshop();
    const loop = { ...(w.transitions[0] as (typeof w.transitions)[number]), id: "back", from: "s-2", to: "s-0" };
    const ordered = journeyOrder(w.stages, [...w.transitions, loop]);
    expect(new Set(ordered.map((s) => s.id)).size).toBe(w.stages.length);
    expect(ordered[0]?.name).toBe("Inquiry");
  });
});
