import { type Call, call } from "../contract/operations";
import { typedNameMatches } from "../signoff/typed-name";
import { byId } from "../workshop/locate";
import type { Workshop } from "../workshop/model";
import type { Problem } from "../workshop/result";
import type { FromPhone } from "./phone";
import type { PhoneView } from "./phone-view";
import type { ToPhone } from "./to-phone";

/** Who a phone speaks for once it has joined: a participant, or no one in particular in a team. */
export interface PhoneMember {
  participantId: string | null;
  teamId: string;
  name: string | null;
}

/** A team's wording for a term, sent from a phone, waiting for the facilitator to take it or not. */
export interface Proposal {
  id: string;
  /** The phone it came from, so that sending again replaces it; kept in the facilitator's window only. */
  deviceId: string;
  termId: string;
  teamId: string;
  text: string;
  /** The person's name; null in an anonymous room. */
  by: string | null;
}

/** What a phone's message asks of the room, decided before anything changes. */
export type PhoneRequest =
  | { kind: "join"; member: PhoneMember }
  | { kind: "change"; call: Call<"castVote"> | Call<"addParkingLotItem"> | Call<"signCharter">; accepted: string }
  | { kind: "propose"; proposal: Omit<Proposal, "id" | "deviceId"> }
  | { kind: "refuse"; message: string };

const refuse = (message: string): PhoneRequest => ({ kind: "refuse", message });

/** Questions one phone may park: plenty for a person, not enough to flood the parking lot. */
export const PARKS_PER_PHONE = 20;

function join(
  w: Workshop,
  view: PhoneView,
  member: PhoneMember | null,
  message: Extract<FromPhone, { type: "join" }>,
  { heldElsewhere }: PhoneContext,
): PhoneRequest {
  // One person per phone: a phone that has joined as someone stays them until the facilitator removes it.
  if (member?.participantId && member.participantId !== message.participantId) {
    return refuse(
      `This phone has joined as ${member.name ?? "someone else"}. To join as another person, ask the facilitator to remove this phone first.`,
    );
  }
  if (message.participantId !== null) {
    const person = byId(w.participants, message.participantId);
    if (!person) return refuse("That name is no longer on the list: pick yours again.");
    // And one phone per person: a second phone picking a name already in the room is refused, and the facilitator sees both.
    if (heldElsewhere.has(person.id)) {
      return refuse(
        `${person.name.trim() || "That person"} has already joined on another phone. If that is you, tell the facilitator.`,
      );
    }
    return {
      kind: "join",
      member: { participantId: person.id, teamId: person.teamId, name: person.name.trim() || null },
    };
  }
  if (!view.anonymous) return refuse("The facilitator asks everyone to pick their name.");
  if (message.teamId === null || !byId(w.teams, message.teamId)) return refuse("Pick your team to join.");
  return { kind: "join", member: { participantId: null, teamId: message.teamId, name: null } };
}

/** What the room knows of the phone asking, beside who it speaks for. */
export interface PhoneContext {
  /**
   * Whether this phone has already cast a vote in the check on screen
   * without a name: all the room keeps of an anonymous vote, not what it was.
   */
  votedHere: boolean;
  /** What the phone is (shared/room/device.ts), for a signature made on it. */
  device: string;
  /** The time now, for a signature. */
  now: string;
  /** The participants other phones in the room have joined as. */
  heldElsewhere: ReadonlySet<string>;
  /** How many questions this phone has parked. */
  parked: number;
}

/**
 * Reads one message from a phone against the room as it is: whether the
 * phone has joined, what the room is doing (a phone votes only in the check
 * on screen, signs only the version on screen), and whether the room is
 * anonymous.
 */
export function readPhoneRequest(
  w: Workshop,
  view: PhoneView,
  member: PhoneMember | null,
  message: FromPhone,
  context: PhoneContext,
): PhoneRequest {
  const { votedHere, device, now } = context;
  if (message.type === "join") return join(w, view, member, message, context);
  if (!member) return refuse("Join the room first: pick your name.");
  const step = view.step;
  switch (message.type) {
    case "vote": {
      if (step.kind !== "vote" || step.termId !== message.termId) {
        return refuse("The room has moved on: this check is no longer open.");
      }
      const anonymous = view.anonymous || member.participantId === null;
      if (anonymous && message.replaces === null && votedHere) {
        return refuse("You have voted in this check already: change your vote instead.");
      }
      const voter = anonymous
        ? { teamId: member.teamId, participantId: null, replaces: message.replaces }
        : { teamId: member.teamId, participantId: member.participantId };
      return {
        kind: "change",
        call: call("castVote", message.termId, voter, message.value),
        accepted: `Your vote is in: ${message.value}. You can change it until the check closes.`,
      };
    }
    case "park":
      // Open items are part of what is signed: a question parked now would void the signatures collected.
      if (step.kind === "sign") {
        return refuse("Signing is under way: a question parked now would change what is being signed. Ask it aloud.");
      }
      if (context.parked >= PARKS_PER_PHONE) {
        return refuse(`This phone has parked ${PARKS_PER_PHONE} questions: tell the facilitator the rest.`);
      }
      return {
        kind: "change",
        call: call("addParkingLotItem", { text: message.text, owner: null }),
        accepted: "Parked: the facilitator will come back to it.",
      };
    case "sign": {
      if (step.kind !== "sign") return refuse("Signing is not open: the facilitator opens it on Sign off.");
      if (member.participantId === null) return refuse("Join with your name to sign.");
      const signatory = step.signatories.find((s) => s.participantId === member.participantId);
      if (signatory && !typedNameMatches(message.name, signatory.name)) {
        return refuse(`On a phone, sign with your own name as the facilitator listed it: ${signatory.name}.`);
      }
      if (message.contentHash !== step.contentHash) {
        return refuse("The charter changed while you were signing: read it again, then sign.");
      }
      const signing = {
        participantId: member.participantId,
        name: message.name,
        method: message.image === null ? ("typed" as const) : ("drawn" as const),
        image: message.image,
        at: now,
        contentHash: message.contentHash,
        device,
      };
      return {
        kind: "change",
        call: call("signCharter", signing),
        accepted: `Signed version ${step.version}. Thank you.`,
      };
    }
    case "propose":
      if (step.kind !== "propose" || step.termId !== message.termId) {
        return refuse("The room has moved on to another term: propose for the one on screen.");
      }
      return {
        kind: "propose",
        proposal: {
          termId: message.termId,
          teamId: member.teamId,
          text: message.text,
          by: view.anonymous ? null : member.name,
        },
      };
  }
}

/** The phone's answer to a change the contract took or refused; a refusal names the first problem. */
export function changeReply(
  request: Extract<PhoneRequest, { kind: "change" }>,
  outcome: { ok: true; value: unknown } | { ok: false; problems: Problem[] },
): ToPhone {
  if (!outcome.ok) {
    const message = outcome.problems[0]?.message ?? "The room could not take this.";
    return outcome.problems.some((p) => p.path === "replaces")
      ? { type: "refused", message, voteGone: true }
      : { type: "refused", message };
  }
  const { call: asked } = request;
  const anonymousVote = asked.name === "castVote" && typeof asked.args[1] === "object" && !asked.args[1].participantId;
  if (anonymousVote && typeof outcome.value === "string") {
    return { type: "accepted", what: request.accepted, voteId: outcome.value };
  }
  return { type: "accepted", what: request.accepted };
}
