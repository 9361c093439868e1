import { useCallback, useEffect, useRef, useState } from "react";
import type { PhoneMember } from "../../shared/room/from-phone";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoster, PhoneView } from "../../shared/room/phone-view";
import type { ToPhone } from "../../shared/room/to-phone";
import type { VoteValue } from "../../shared/workshop/model";
import { connectToRoom, forgetSecret, type LinkState, type Proof, type RoomLink } from "./connection";

/** This phone's own vote in a check: only this phone keeps it (and, in an anonymous room, the vote's id). */
export interface MyVote {
  value: string;
  voteId: string | null;
}

export interface Said {
  kind: "accepted" | "refused";
  text: string;
  /** Which request it answers: the id send() returned. */
  answers: number;
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
  vote?: { termId: string; value: string };
}

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
  const votesNow = useRef(votes);
  votesNow.current = votes;

  const post = useCallback((message: FromPhone, vote?: Asked["vote"]): number | null => {
    if (!socket.current?.send(message)) return null;
    const id = ++nextId.current;
    asked.current.push({ id, to: message.type, vote });
    return id;
  }, []);

  const castVote = useCallback(
    (termId: string, value: string) => {
      if (asked.current.some((a) => a.vote?.termId === termId)) {
        wanted.current = { termId, value };
        return;
      }
      const replaces = votesNow.current[termId]?.voteId ?? null;
      post({ type: "vote", termId, value: asVote(value), replaces }, { termId, value });
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
          setMember({ participantId: message.participantId, teamId: message.teamId, name: message.name });
          return;
        case "accepted": {
          const request = asked.current.shift();
          const voted = request?.vote;
          if (voted) {
            const voteId = message.voteId ?? votesNow.current[voted.termId]?.voteId ?? null;
            const next = { ...votesNow.current, [voted.termId]: { value: voted.value, voteId } };
            votesNow.current = next;
            setVotes(next);
          }
          setSaid({ kind: "accepted", text: message.what, answers: request?.id ?? 0 });
          break;
        }
        case "refused": {
          const request = asked.current.shift();
          if (request?.to === "join") joinedAs.current = null;
          // The vote it named is gone (a new round, or taken back): the next tap votes afresh.
          if (request?.vote && message.voteGone) {
            const { [request.vote.termId]: _gone, ...rest } = votesNow.current;
            votesNow.current = rest;
            setVotes(rest);
          }
          setSaid({ kind: "refused", text: message.message, answers: request?.id ?? 0 });
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
    [setVotes, castVote],
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
      // A phone that slept joins again as the same person; the room keeps no device, so it must say so again.
      () => {
        asked.current = [];
        wanted.current = null;
        const as = joinedAs.current;
        if (as && connection.send({ type: "join", ...as })) asked.current.push({ id: ++nextId.current, to: "join" });
      },
    );
    socket.current = connection;
    return () => connection.close();
  }, [proof, onMessage]);

  const step = view?.step;
  return {
    link,
    view,
    roster,
    member,
    myVote: step?.kind === "vote" ? (votes[step.termId] ?? null) : null,
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
