import { useEffect } from "react";
import type { RoomHostLink } from "../../../shared/host";
import type { FromHost, PhoneAsked } from "../../../shared/room/control";
import { changeReply, type PhoneRequest, readPhoneRequest } from "../../../shared/room/from-phone";
import { type PhoneView, phoneRoster, phoneSigning, phoneView } from "../../../shared/room/phone-view";
import type { ToPhone } from "../../../shared/room/to-phone";
import { currentHash } from "../../../shared/signoff/lock";
import { newId } from "../../../shared/workshop/ids";
import { byId } from "../../../shared/workshop/locate";
import { CRM_RULE_TOPICS } from "../../../shared/workshop/model";
import { ruleSubjectId } from "../../../shared/workshop/rule-subject";
import { useServices } from "../../storage/StorageContext";
import { changeFromRoom, useWorkshopStore } from "../../store/workshop-store";
import { currentFrame, subscribeFrame } from "../room/frame-source";
import { roomClosed, usePhones } from "./phones-store";
import { forgetAll, forgetTerm, hasVoted, markVoted, roundsNow } from "./voted";

let link: RoomHostLink | null = null;

type ChangeRequest = Extract<PhoneRequest, { kind: "change" }>;

/** The facilitator's asks of the room host, from the phones panel. */
export const phonesRoom = {
  open: () => {
    const { address, choice } = usePhones.getState();
    const chosen = address ?? choice?.chosen?.address ?? null;
    if (!link || chosen === null) return;
    usePhones.setState({ status: "opening", problem: null });
    link.send({ type: "open", address: chosen });
  },
  close: () => link?.send({ type: "close" }),
  lock: (locked: boolean) => {
    usePhones.setState({ locked });
    link?.send({ type: "lock", locked });
  },
  remove: (deviceId: string) => link?.send({ type: "remove", deviceId }),
  refreshAddresses: () => link?.send({ type: "addresses" }),
};

function viewNow(): PhoneView | null {
  const frame = currentFrame();
  const workshop = useWorkshopStore.getState().workshop;
  if (!frame || !workshop) return null;
  const { anonymous, signing } = usePhones.getState();
  // The hash costs a pass over the whole charter: only while phones may sign.
  const signingNow = signing && frame.screen === "signoff" ? phoneSigning(workshop, currentHash(workshop)) : null;
  return phoneView(frame, { anonymous, signing: signingNow, rounds: roundsNow() });
}

/** Questions each phone has parked in this room, by device: a bound, not a record of what. */
const parkedBy = new Map<string, number>();

/** The people the other phones in the room have joined as. */
function heldElsewhere(deviceId: string): Set<string> {
  const held = new Set<string>();
  for (const [other, member] of Object.entries(usePhones.getState().members)) {
    if (other !== deviceId && member.participantId) held.add(member.participantId);
  }
  return held;
}

const voteKey = (termId: string, deviceId: string) => `${termId}\u0000${deviceId}`;

/**
 * Phones' messages that came in together, answered together: each read
 * against the room as it is, their changes made through the contract with
 * origin "room" in one go (a room voting at once is one change, not two hundred).
 */
function answer(messages: readonly PhoneAsked[]): void {
  const workshop = useWorkshopStore.getState().workshop;
  const view = viewNow();
  const replies = new Map<number, ToPhone>();
  const changes: { requestId: number; deviceId: string; termId: string | null; request: ChangeRequest }[] = [];
  // An anonymous phone's second new vote in one batch is refused like one in the next batch.
  const votingNow = new Set<string>();
  for (const { requestId, deviceId, message } of messages) {
    if (!workshop || !view) {
      replies.set(requestId, { type: "refused", message: "No workshop is open on the facilitator's screen." });
      continue;
    }
    const member = usePhones.getState().members[deviceId] ?? null;
    const termId = message.type === "vote" ? message.termId : null;
    const voted = termId !== null && (hasVoted(termId, deviceId) || votingNow.has(voteKey(termId, deviceId)));
    const device = usePhones.getState().devices.find((d) => d.id === deviceId)?.label ?? "A device";
    const request = readPhoneRequest(workshop, view, member, message, {
      votedHere: voted,
      device,
      now: new Date().toISOString(),
      heldElsewhere: heldElsewhere(deviceId),
      parked: parkedBy.get(deviceId) ?? 0,
    });
    switch (request.kind) {
      case "refuse":
        replies.set(requestId, { type: "refused", message: request.message });
        break;
      case "join":
        usePhones.setState((s) => ({ members: { ...s.members, [deviceId]: request.member } }));
        replies.set(requestId, { type: "joined", ...request.member });
        break;
      case "propose": {
        // One wording per phone and term: sending again replaces what it sent, so a phone cannot flood the list.
        const proposal = { id: newId(), deviceId, ...request.proposal };
        usePhones.setState((s) => ({
          proposals: [
            ...s.proposals.filter((p) => !(p.deviceId === deviceId && p.termId === proposal.termId)),
            proposal,
          ],
        }));
        const team = byId(workshop.teams, proposal.teamId)?.name ?? "your team";
        replies.set(requestId, { type: "accepted", what: `Sent to the facilitator as ${team}'s wording.` });
        break;
      }
      case "change":
        if (termId !== null && message.type === "vote" && message.replaces === null) {
          votingNow.add(voteKey(termId, deviceId));
        }
        changes.push({ requestId, deviceId, termId, request });
    }
  }
  const outcomes = changeFromRoom(changes.map((c) => c.request.call));
  changes.forEach(({ requestId, deviceId, termId, request }, i) => {
    const outcome = outcomes[i] ?? { ok: false as const, problems: [] };
    const reply = changeReply(request, outcome);
    if (reply.type === "accepted" && reply.voteId && termId) markVoted(termId, deviceId);
    // A vote named that is gone does not free the phone to vote again: a made-up id would, and so vote twice.
    if (reply.type === "accepted" && request.call.name === "addParkingLotItem") {
      parkedBy.set(deviceId, (parkedBy.get(deviceId) ?? 0) + 1);
    }
    replies.set(requestId, reply);
  });
  link?.send({
    type: "replies",
    replies: messages.map(({ requestId, deviceId }) => ({
      requestId,
      deviceId,
      message: replies.get(requestId) ?? { type: "refused" as const, message: "The room could not take this." },
    })),
  });
}

function onHost(message: FromHost): void {
  switch (message.type) {
    case "addresses":
      usePhones.setState({ choice: message.choice });
      break;
    case "opened":
      forgetAll();
      parkedBy.clear();
      usePhones.setState({
        status: "open",
        join: { address: message.address, joinUrl: message.joinUrl, pin: message.pin },
        locked: false,
        problem: null,
      });
      sendView(true);
      break;
    case "open-failed":
      roomClosed();
      usePhones.setState({ problem: message.message });
      break;
    case "closed": {
      const wasOpening = usePhones.getState().status === "opening";
      forgetAll();
      roomClosed();
      // The server that served this page is not Accord's (or it stopped): say so rather than nothing.
      if (wasOpening) {
        usePhones.setState({ problem: "Accord's room server did not answer: start Accord again and retry." });
      }
      break;
    }
    case "devices":
      usePhones.setState((s) => ({
        devices: message.devices,
        members: Object.fromEntries(
          message.devices.flatMap((d) => {
            const member = s.members[d.id];
            return member ? [[d.id, member] as const] : [];
          }),
        ),
      }));
      break;
    case "phones":
      answer(message.requests);
      break;
  }
}

const sent = { view: "", roster: "" };
let flushing: ReturnType<typeof setTimeout> | null = null;
/** Votes arriving together reach the phones as one view, not one each (a room of 200 votes within a second). */
const COALESCE_MS = 30;

/** Sends the phones what changed since they were last told: the view, and the names to join as. */
function flushToPhones(): void {
  flushing = null;
  // The room's view of a large workshop costs tens of milliseconds: only an open room pays it.
  if (usePhones.getState().status !== "open") return;
  const workshop = useWorkshopStore.getState().workshop;
  const view = viewNow();
  if (!workshop || !view) return;
  const viewText = JSON.stringify(view);
  if (viewText !== sent.view) link?.send({ type: "view", view });
  sent.view = viewText;
  const roster = phoneRoster(workshop);
  const rosterText = JSON.stringify(roster);
  if (rosterText !== sent.roster) link?.send({ type: "roster", roster });
  sent.roster = rosterText;
}

function sendView(now = false): void {
  if (now) {
    sent.view = "";
    sent.roster = "";
    if (flushing) clearTimeout(flushing);
    flushToPhones();
    return;
  }
  flushing ??= setTimeout(flushToPhones, COALESCE_MS);
}

/**
 * Connects the facilitator's window to its room host while a workshop is
 * open: phones' messages become contract calls, and every change the room
 * may see goes to the phones. Closing the workshop closes the room.
 */
export function usePhoneRoomHost(workshopId: string): void {
  const { host } = useServices();
  // biome-ignore lint/correctness/useExhaustiveDependencies: another workshop is another room: the phones of this one are let go.
  useEffect(() => {
    const own = host.roomHost();
    link = own;
    usePhones.setState({ available: own !== null });
    if (!own) return;
    const off = own.onMessage(onHost);
    own.send({ type: "addresses" });
    const offFrame = subscribeFrame(() => sendView());
    const offSettings = usePhones.subscribe(
      (s, before) => (s.anonymous !== before.anonymous || s.signing !== before.signing) && sendView(),
    );
    // A new round of a check: the phones that voted in it without a name may vote again.
    const offRounds = useWorkshopStore.subscribe((s, before) => {
      for (const term of before.workshop?.terms ?? []) {
        const now = s.workshop && byId(s.workshop.terms, term.id);
        if (term.consensus.votes.length > 0 && (!now || now.consensus.votes.length === 0)) forgetTerm(term.id);
      }
      // The CRM rules are voted on the same way, by their subject ids.
      for (const topic of CRM_RULE_TOPICS) {
        const then = before.workshop?.crmAgreement[topic].consensus.votes.length ?? 0;
        const now = s.workshop?.crmAgreement[topic].consensus.votes.length ?? 0;
        if (then > 0 && now === 0) forgetTerm(ruleSubjectId(topic));
      }
    });
    return () => {
      off();
      offFrame();
      offSettings();
      offRounds();
      if (usePhones.getState().status !== "closed") own.send({ type: "close" });
      if (flushing) clearTimeout(flushing);
      flushing = null;
      forgetAll();
      roomClosed();
      usePhones.setState({ proposals: [], panelOpen: false, signing: false });
      link = null;
    };
  }, [host, workshopId]);
}
