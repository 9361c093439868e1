import { useEffect } from "react";
import type { RoomHostLink } from "../../../shared/host";
import type { FromHost } from "../../../shared/room/control";
import { changeReply, readPhoneRequest } from "../../../shared/room/from-phone";
import { type PhoneView, phoneRoster, phoneView } from "../../../shared/room/phone-view";
import type { ToPhone } from "../../../shared/room/to-phone";
import { newId } from "../../../shared/workshop/ids";
import { byId } from "../../../shared/workshop/locate";
import { useServices } from "../../storage/StorageContext";
import { change, useWorkshopStore } from "../../store/workshop-store";
import { currentFrame, subscribeFrame } from "../room/frame-source";
import { roomClosed, usePhones } from "./phones-store";
import { forgetAll, forgetTerm, hasVoted, markVoted } from "./voted";

let link: RoomHostLink | null = null;

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
  return frame && phoneView(frame, { anonymous: usePhones.getState().anonymous });
}

/** One phone's message, answered through the write contract with origin "room". */
function answer(message: Extract<FromHost, { type: "phone" }>): ToPhone {
  const workshop = useWorkshopStore.getState().workshop;
  const view = viewNow();
  if (!workshop || !view) return { type: "refused", message: "No workshop is open on the facilitator's screen." };
  const { deviceId } = message;
  const member = usePhones.getState().members[deviceId] ?? null;
  const termId = message.message.type === "vote" ? message.message.termId : null;
  const request = readPhoneRequest(
    workshop,
    view,
    member,
    message.message,
    termId ? hasVoted(termId, deviceId) : false,
  );
  switch (request.kind) {
    case "refuse":
      return { type: "refused", message: request.message };
    case "join":
      usePhones.setState((s) => ({ members: { ...s.members, [deviceId]: request.member } }));
      return { type: "joined", ...request.member };
    case "propose": {
      const proposal = { id: newId(), ...request.proposal };
      usePhones.setState((s) => ({ proposals: [...s.proposals, proposal] }));
      const team = byId(workshop.teams, proposal.teamId)?.name ?? "your team";
      return { type: "accepted", what: `Sent to the facilitator as ${team}'s wording.` };
    }
    case "change": {
      const result = change(request.call, { origin: "room" });
      const reply = changeReply(request, result);
      if (reply.type === "accepted" && reply.voteId && termId) markVoted(termId, deviceId);
      return reply;
    }
  }
}

function onHost(message: FromHost): void {
  switch (message.type) {
    case "addresses":
      usePhones.setState({ choice: message.choice });
      break;
    case "opened":
      forgetAll();
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
    case "phone": {
      const reply = answer(message);
      link?.send({ type: "reply", requestId: message.requestId, deviceId: message.deviceId, message: reply });
      break;
    }
  }
}

const sent = { view: "", roster: "" };
let flushing: ReturnType<typeof setTimeout> | null = null;
/** Votes arriving together reach the phones as one view, not one each (a room of 200 votes within a second). */
const COALESCE_MS = 30;

/** Sends the phones what changed since they were last told: the view, and the names to join as. */
function flushToPhones(): void {
  flushing = null;
  const workshop = useWorkshopStore.getState().workshop;
  const view = viewNow();
  if (usePhones.getState().status !== "open" || !workshop || !view) return;
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
    const offAnonymous = usePhones.subscribe((s, before) => s.anonymous !== before.anonymous && sendView());
    // A new round of a check: the phones that voted in it without a name may vote again.
    const offRounds = useWorkshopStore.subscribe((s, before) => {
      for (const term of before.workshop?.terms ?? []) {
        const now = s.workshop && byId(s.workshop.terms, term.id);
        if (term.consensus.votes.length > 0 && (!now || now.consensus.votes.length === 0)) forgetTerm(term.id);
      }
    });
    return () => {
      off();
      offFrame();
      offAnonymous();
      offRounds();
      if (usePhones.getState().status !== "closed") own.send({ type: "close" });
      if (flushing) clearTimeout(flushing);
      flushing = null;
      forgetAll();
      roomClosed();
      usePhones.setState({ proposals: [], panelOpen: false });
      link = null;
    };
  }, [host, workshopId]);
}
