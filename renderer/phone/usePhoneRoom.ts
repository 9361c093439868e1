import { useCallback, useEffect, useRef, useState } from "react";
import type { PhoneMember } from "../../shared/room/from-phone";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoster, PhoneView } from "../../shared/room/phone-view";
import type { ToPhone } from "../../shared/room/to-phone";
import type { VoteValue } from "../../shared/workshop/model";
import { connectToRoom, forgetSecret, type LinkState, type Proof, type RoomLink } from "./connection";
import { dropPending, settleDraft } from "./drafts";

/** This phone's own vote in a check: only this phone keeps it (and, in an anonymous room, the vote's id). */
export interface MyVote {
  value: string;
  voteId: string | null;
}

export interface Said {
  kind: "accepted" | "refused";
  text: string;
}

export interface PhoneRoom {
  link: LinkState | null;
  view: PhoneView | null;
  roster: PhoneRoster;
  member: PhoneMember | null;
  /** This phone's vote in the check on screen, if it has cast one. */
  myVote: MyVote | null;
  /** The room's last answer, read out by screen readers. */
  said: Said | null;
  join(participantId: string | null, teamId: string | null): void;
  vote(termId: string, value: string): void;
  /** The request's id, to match the room's answer; null when it could not be sent (the phone is reconnecting). */
  send(message: FromPhone): number | null;
  leaveName(): void;
}

const VOTES_KEY = "accord-room-my-votes";

/**
 * This phone's votes, by term, kept for this tab alone: a reload, a blank
 * screen or another term and back still changes the vote it cast instead of
 * casting another, since in an anonymous room nothing else knows which vote
 * was this phone's.
 */
function useKeptVotes() {
  const [votes, setVotes] = useState<Record<string, MyVote>>(() => {
    try {
      return (JSON.parse(sessionStorage.getItem(VOTES_KEY) ?? "{}") as Record<string, MyVote>) ?? {};
    } catch {
      return {};
    }
  });
  useEffect(() => sessionStorage.setItem(VOTES_KEY, JSON.stringify(votes)), [votes]);
  return [votes, setVotes] as const;
}

const asVote = (value: string): VoteValue => (/^\d$/.test(value) ? Number(value) : (value as VoteValue));

interface Asked {
  id: number;
  to: FromPhone["type"];
  vote?: { termId: string; value: string; round: number };
  /** A join the phone sent by itself on reconnecting, not one its person tapped. */
  auto?: boolean;
}

/** A check's votes are kept per round: a new round starts without this phone's earlier vote. */
const voteKey = (termId: string, round: number) => `${termId}#${round}`;
/** How often, and how many times, a phone that comes back tries again to be its person while its old socket lingers. */
const REJOIN_MS = 4000;
const REJOIN_TRIES = 5;

export function usePhoneRoom(proof: Proof | null): PhoneRoom {
  const [link, setLink] = useState<LinkState | null>(null);
  const [view, setView] = useState<PhoneView | null>(null);
  const [roster, setRoster] = useState<PhoneRoster>({ people: [] });
  const [member, setMember] = useState<PhoneMember | null>(null);
  const [votes, setVotes] = useKeptVotes();
  const [said, setSaid] = useState<Said | null>(null);
  const socket = useRef<RoomLink | null>(null);
  const joinedAs = useRef<{ participantId: string | null; teamId: string | null } | null>(null);
  // The room answers one phone's messages in the order sent, so each answer is for the oldest request not yet answered.
  const asked = useRef<Asked[]>([]);
  const nextId = useRef(0);
  /** A choice tapped while the last vote was still unanswered: sent, naming that vote, once it is answered. */
  const wanted = useRef<{ termId: string; value: string } | null>(null);
  const rejoins = useRef(0);
  const round = useRef(0);
  round.current = view?.step.kind === "vote" ? view.step.round : 0;
  const votesNow = useRef(votes);
  votesNow.current = votes;

  const post = useCallback((message: FromPhone, vote?: Asked["vote"], auto = false): number | null => {
    if (!socket.current?.send(message)) return null;
    const id = ++nextId.current;
    asked.current.push({ id, to: message.type, vote, auto });
    return id;
  }, []);

  const rejoin = useCallback(() => {
    const as = joinedAs.current;
    if (as) post({ type: "join", ...as }, undefined, true);
  }, [post]);

  const castVote = useCallback(
    (termId: string, value: string) => {
      if (asked.current.some((a) => a.vote?.termId === termId)) {
        wanted.current = { termId, value };
        return;
      }
      const key = voteKey(termId, round.current);
      const replaces = votesNow.current[key]?.voteId ?? null;
      post({ type: "vote", termId, value: asVote(value), replaces }, { termId, value, round: round.current });
    },
    [post],
  );

  const onMessage = useCallback(
    (message: ToPhone) => {
      switch (message.type) {
        case "view":
          setView(message.view);
          return;
        case "roster":
          setRoster(message.roster);
          return;
        case "joined":
          asked.current.shift();
          rejoins.current = 0;
          setMember({ participantId: message.participantId, teamId: message.teamId, name: message.name });
          return;
        case "accepted": {
          const request = asked.current.shift();
          const voted = request?.vote;
          if (voted) {
            const key = voteKey(voted.termId, voted.round);
            const voteId = message.voteId ?? votesNow.current[key]?.voteId ?? null;
            const next = { ...votesNow.current, [key]: { value: voted.value, voteId } };
            votesNow.current = next;
            setVotes(next);
          }
          if (request) settleDraft(request.id, true);
          setSaid({ kind: "accepted", text: message.what });
          break;
        }
        case "refused": {
          const request = asked.current.shift();
          if (request?.to === "join") {
            // Back from a dropped Wi-Fi, its old socket may still hold its name for a few seconds: try again.
            if (request.auto && rejoins.current < REJOIN_TRIES) {
              rejoins.current += 1;
              setTimeout(rejoin, REJOIN_MS);
              return;
            }
            joinedAs.current = null;
            setMember(null);
          }
          // The vote it named is gone (taken back): the next tap votes afresh.
          if (request?.vote && message.voteGone) {
            const { [voteKey(request.vote.termId, request.vote.round)]: _gone, ...rest } = votesNow.current;
            votesNow.current = rest;
            setVotes(rest);
          }
          if (request) settleDraft(request.id, false);
          setSaid({ kind: "refused", text: message.message });
          break;
        }
        case "welcome":
          return;
      }
      const later = wanted.current;
      if (later && !asked.current.some((a) => a.vote?.termId === later.termId)) {
        wanted.current = null;
        castVote(later.termId, later.value);
      }
    },
    [setVotes, castVote, rejoin],
  );

  useEffect(() => {
    if (!proof) return;
    const connection = connectToRoom(
      proof,
      onMessage,
      (state) => {
        setLink(state);
        // A closed room's or a removed phone's secret opens nothing any more; a dropped Wi-Fi's still does.
        if (state.state === "out" && !/lost the room's Wi-Fi/.test(state.reason)) forgetSecret();
      },
      // A new socket (after sleep, a dropped Wi-Fi or a PIN typed again) starts afresh: nothing asked
      // before it will be answered, and the room must be told again who this is.
      () => {
        asked.current = [];
        wanted.current = null;
        dropPending();
        rejoin();
      },
    );
    socket.current = connection;
    return () => connection.close();
  }, [proof, onMessage, rejoin]);

  const step = view?.step;
  return {
    link,
    view,
    roster,
    member,
    myVote: step?.kind === "vote" ? (votes[voteKey(step.termId, step.round)] ?? null) : null,
    said,
    send: post,
    join: (participantId, teamId) => {
      joinedAs.current = { participantId, teamId };
      post({ type: "join", participantId, teamId });
    },
    vote: castVote,
    leaveName: () => {
      joinedAs.current = null;
      setMember(null);
    },
  };
}
