import { useCallback, useEffect, useRef, useState } from "react";
import type { PhoneMember } from "../../shared/room/from-phone";
import type { FromPhone } from "../../shared/room/phone";
import type { PhoneRoster, PhoneView } from "../../shared/room/phone-view";
import type { ToPhone } from "../../shared/room/to-phone";
import type { VoteValue } from "../../shared/workshop/model";
import { connectToRoom, forgetSecret, type LinkState, type Proof, type RoomLink } from "./connection";

/** This phone's own vote in a check: only this phone keeps it (and, anonymous, the vote's id). */
export interface MyVote {
  termId: string;
  value: string;
  voteId: string | null;
}

export interface PhoneRoom {
  link: LinkState | null;
  view: PhoneView | null;
  roster: PhoneRoster;
  member: PhoneMember | null;
  myVote: MyVote | null;
  /** The room's last answer, read out by screen readers; `to` says which request it answers, `seq` tells answers apart. */
  said: { kind: "accepted" | "refused"; text: string; to: FromPhone["type"]; seq: number } | null;
  join(participantId: string | null, teamId: string | null): void;
  vote(termId: string, value: string): void;
  /** False when it could not be sent (the phone is reconnecting). */
  send(message: FromPhone, vote?: Omit<MyVote, "voteId">): boolean;
  leaveName(): void;
}

const VOTE_KEY = "accord-room-my-vote";

/**
 * This phone's vote, kept for this tab alone, so that a reload still changes
 * the vote it cast instead of casting another: in an anonymous room nothing
 * else knows which vote was this phone's.
 */
function useKeptVote() {
  const [vote, setVote] = useState<MyVote | null>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(VOTE_KEY) ?? "null") as MyVote | null;
    } catch {
      return null;
    }
  });
  useEffect(() => {
    if (vote) sessionStorage.setItem(VOTE_KEY, JSON.stringify(vote));
    else sessionStorage.removeItem(VOTE_KEY);
  }, [vote]);
  return [vote, setVote] as const;
}

const asVote = (value: string): VoteValue => (/^\d$/.test(value) ? Number(value) : (value as VoteValue));

export function usePhoneRoom(proof: Proof | null): PhoneRoom {
  const [link, setLink] = useState<LinkState | null>(null);
  const [view, setView] = useState<PhoneView | null>(null);
  const [roster, setRoster] = useState<PhoneRoster>({ people: [] });
  const [member, setMember] = useState<PhoneMember | null>(null);
  const [myVote, setMyVote] = useKeptVote();
  const [said, setSaid] = useState<PhoneRoom["said"]>(null);
  const socket = useRef<RoomLink | null>(null);
  const joinedAs = useRef<{ participantId: string | null; teamId: string | null } | null>(null);
  // The room answers one phone's messages in the order sent, so each answer is for the oldest request not yet answered.
  const asked = useRef<{ to: FromPhone["type"]; vote?: Omit<MyVote, "voteId"> }[]>([]);
  const seq = useRef(0);

  const onMessage = useCallback(
    (message: ToPhone) => {
      switch (message.type) {
        case "view":
          setView(message.view);
          // A new check (or another term) starts without this phone's vote.
          setMyVote((mine) =>
            mine && message.view.step.kind === "vote" && message.view.step.termId === mine.termId ? mine : null,
          );
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
          if (voted) setMyVote((mine) => ({ ...voted, voteId: message.voteId ?? mine?.voteId ?? null }));
          setSaid({ kind: "accepted", text: message.what, to: request?.to ?? "park", seq: ++seq.current });
          return;
        }
        case "refused": {
          const request = asked.current.shift();
          if (request?.to === "join") joinedAs.current = null;
          // A refused vote is not this phone's vote (a new round may have cleared the one it named): the next tap votes afresh.
          if (request?.to === "vote") setMyVote(null);
          setSaid({ kind: "refused", text: message.message, to: request?.to ?? "park", seq: ++seq.current });
          return;
        }
        case "welcome":
          return;
      }
    },
    [setMyVote],
  );

  useEffect(() => {
    if (!proof) return;
    const connection = connectToRoom(
      proof,
      onMessage,
      (state) => {
        setLink(state);
        if (state.state === "out" && state.canRetry) forgetSecret();
      },
      // A phone that slept joins again as the same person; the room keeps no device, so it must say so again.
      () => {
        asked.current = [];
        const as = joinedAs.current;
        if (as) {
          asked.current.push({ to: "join" });
          connection.send({ type: "join", ...as });
        }
      },
    );
    socket.current = connection;
    return () => connection.close();
  }, [proof, onMessage]);

  const send = useCallback((message: FromPhone, vote?: Omit<MyVote, "voteId">) => {
    const sent = socket.current?.send(message) ?? false;
    if (sent) asked.current.push({ to: message.type, vote });
    return sent;
  }, []);
  return {
    link,
    view,
    roster,
    member,
    myVote,
    said,
    send,
    join: (participantId, teamId) => {
      joinedAs.current = { participantId, teamId };
      send({ type: "join", participantId, teamId });
    },
    vote: (termId, value) => {
      const replaces = myVote && myVote.termId === termId ? myVote.voteId : null;
      send({ type: "vote", termId, value: asVote(value), replaces }, { termId, value });
    },
    leaveName: () => {
      joinedAs.current = null;
      setMember(null);
    },
  };
}
