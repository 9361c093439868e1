import { signOffStatus } from "../signoff/status";
import { type ConsensusMethod, FIST_OF_FIVE_BLOCKS_AT, voteValues } from "../workshop/consensus";
import type { Workshop } from "../workshop/model";
import { ROOM_SCREEN_LABELS } from "./cue";
import type { RoomFrame, RoomVotes } from "./frame";

/**
 * What every phone in the room is shown: the room screen's frame, narrowed
 * to what a phone can act on, and the names a person picks theirs from.
 * It is made from the frame alone, so a phone never learns more than the
 * room screen shows (blind votes stay a count), and it is the same for
 * every phone: nothing in it says who anyone voted for.
 */
export interface PhoneView {
  workshopId: string;
  title: string;
  teams: { id: string; name: string; colour: string }[];
  /** People may join without a name, and no vote then says whose it is. */
  anonymous: boolean;
  step: PhoneStep;
}

export type PhoneStep =
  /** Nothing to do on a phone here: it says what the room screen shows. */
  | { kind: "follow"; label: string }
  | {
      kind: "vote";
      termId: string;
      term: string;
      wording: string;
      method: ConsensusMethod;
      values: string[];
      /** The values that hold the term back (a block, a fist of 2 or less): the phone then asks why. */
      holdsBack: string[];
      /** Which round of this check: a new round (the votes cleared) starts without anyone's earlier vote. */
      round: number;
      votes: RoomVotes;
    }
  | { kind: "propose"; termId: string; term: string }
  | {
      kind: "sign";
      version: number;
      /** What a signature approves; a phone signs only the hash it was shown. */
      contentHash: string;
      /** What still keeps the charter from being signed, as the room screen lists it. */
      gaps: string[];
      signatories: { participantId: string; name: string; signed: boolean }[];
    };

export interface PhoneRoomSettings {
  anonymous: boolean;
  /** Signatories may sign on their phones (the facilitator opened it): see phoneSigning. */
  signing: PhoneSigning | null;
  /** Rounds of each check this session, by term (absent: the first). */
  rounds?: Readonly<Record<string, number>>;
}

/** What a phone signing needs beyond the room screen: the hash approved, and who may sign as whom. */
export interface PhoneSigning {
  contentHash: string;
  signatories: { participantId: string; name: string; signed: boolean }[];
}

/** Kept out of the room frame, which names nobody by id: the projector has no use for who is who. */
export function phoneSigning(w: Workshop, contentHash: string): PhoneSigning {
  const status = signOffStatus(w);
  return {
    contentHash,
    signatories: status.signatories.map(({ participant, signature, stale }) => ({
      participantId: participant.id,
      name: participant.name,
      signed: signature !== null && !stale,
    })),
  };
}

function stepOf(frame: RoomFrame, settings: PhoneRoomSettings): PhoneStep {
  if (frame.screen === "blank") return { kind: "follow", label: "The facilitator has paused the room screen." };
  if (frame.screen === "agreement" && frame.term && frame.term.status !== "agreed") {
    const { termId, name, wording, votes } = frame.term;
    return {
      kind: "vote",
      termId,
      term: name,
      wording,
      method: votes.method,
      values: voteValues(votes.method).map(String),
      holdsBack: voteValues(votes.method)
        .filter((v) => (typeof v === "number" ? v <= FIST_OF_FIVE_BLOCKS_AT : v === "block"))
        .map(String),
      votes,
      round: settings.rounds?.[termId] ?? 0,
    };
  }
  if (frame.screen === "agreement" && frame.term) {
    return { kind: "follow", label: `${frame.term.name} is agreed.` };
  }
  if (frame.screen === "signoff" && settings.signing) {
    return {
      kind: "sign",
      version: frame.version,
      contentHash: settings.signing.contentHash,
      gaps: frame.gaps,
      signatories: settings.signing.signatories,
    };
  }
  if (frame.screen === "definitions" && frame.term) {
    return { kind: "propose", termId: frame.term.termId, term: frame.term.name };
  }
  return { kind: "follow", label: ROOM_SCREEN_LABELS[frame.screen] };
}

/**
 * The names a person picks theirs from. Apart from the view, which changes
 * with every vote, since a room of 200 phones would otherwise be sent the
 * whole list 200 times over for each vote cast.
 */
export interface PhoneRoster {
  people: { id: string; name: string; teamId: string }[];
}

export function phoneRoster(w: Workshop): PhoneRoster {
  return { people: w.participants.map((p) => ({ id: p.id, name: p.name, teamId: p.teamId })) };
}

export function phoneView(frame: RoomFrame, settings: PhoneRoomSettings): PhoneView {
  return {
    workshopId: frame.workshopId,
    title: frame.title,
    teams: frame.teams,
    anonymous: settings.anonymous,
    step: stepOf(frame, settings),
  };
}
