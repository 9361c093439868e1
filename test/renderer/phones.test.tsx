import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { usePhones } from "../../renderer/features/phones/phones-store";
import { useUiStore } from "../../renderer/store/ui-store";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import type { FromHost } from "../../shared/room/control";
import type { FromPhone } from "../../shared/room/phone";
import { freshCrmAgreement } from "../../shared/workshop/rule-subject";
import { aWorkshopInSession } from "../browser/room-workshop";
import { storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

const CHOICE: Extract<FromHost, { type: "addresses" }>["choice"] = {
  chosen: { adapter: "Wi-Fi", address: "192.168.1.20" },
  candidates: [
    { adapter: "Wi-Fi", address: "192.168.1.20" },
    { adapter: "This computer only (to try the room)", address: "127.0.0.1" },
  ],
  advice: null,
};
const OPENED: FromHost = {
  type: "opened",
  address: "http://192.168.1.20:50123/",
  joinUrl: "http://192.168.1.20:50123/#s3cr3t-s3cr3t-s3cr3t",
  pin: "123456",
};

/** The facilitator on Agree with the room opened to phones, and the room host played by the test. */
async function withTheRoomOpen(workshop = aWorkshopInSession()) {
  useUiStore.setState({ presenting: false, overlay: "none" });
  usePhones.setState({ anonymous: false, proposals: [] });
  const recording = recordingHost();
  const app = renderApp({ host: recording.host });
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/agreement/t-s-1`;
  await screen.findByRole("region", { name: "Consensus check for Marketing Qualified Lead" });
  const user = userEvent.setup();
  await waitFor(() => expect(recording.toHost).toContainEqual({ type: "addresses" }));
  act(() => recording.fromHost({ type: "addresses", choice: CHOICE }));
  await user.click(screen.getByRole("button", { name: "Phones" }));
  await user.click(screen.getByRole("button", { name: "Open the room to phones" }));
  expect(recording.toHost).toContainEqual({ type: "open", address: "192.168.1.20" });
  act(() => recording.fromHost(OPENED));
  let request = 0;
  /** A phone's message through the host; resolves with what the window answered that phone. */
  const phone = async (deviceId: string, message: FromPhone) => {
    const requestId = ++request;
    act(() => recording.fromHost({ type: "phones", requests: [{ requestId, deviceId, message }] }));
    const reply = await waitFor(() => {
      const found = recording.toHost
        .flatMap((m) => (m.type === "replies" ? m.replies : []))
        .find((r) => r.requestId === requestId);
      if (!found) throw new Error(`no reply to request ${requestId}`);
      return found;
    });
    return reply.message;
  };
  const views = () => recording.toHost.filter((m) => m.type === "view");
  return { app, user, recording, phone, views, workshop };
}

const votesOn = (termId: string) =>
  useWorkshopStore.getState().workshop?.terms.find((t) => t.id === termId)?.consensus.votes ?? [];

describe("phones in the room, as the facilitator's window answers them", () => {
  it("shows how to join, and every phone is sent what the room sees", async () => {
    const { app, views } = await withTheRoomOpen();
    const panel = screen.getByRole("region", { name: "Phones in the room" });
    expect(panel).toHaveTextContent("Open 192.168.1.20:50123 and type PIN 123 456");
    expect(within(panel).getByRole("img", { name: "QR code to join the room from a phone" })).toBeInTheDocument();
    const view = views().at(-1);
    expect(view?.type === "view" && view.view.step).toMatchObject({ kind: "vote", termId: "t-s-1" });
    expect(JSON.stringify(views())).not.toContain("s3cr3t");
    app.unmountAll();
  });

  it("a phone's vote goes through the contract as the room's: stored, outside the facilitator's undo", async () => {
    const { app, phone } = await withTheRoomOpen();
    expect(await phone("d-1", { type: "join", participantId: "p-5", teamId: null })).toEqual({
      type: "joined",
      participantId: "p-5",
      teamId: "w-2",
      name: "Kwame Mensah",
    });
    expect(await phone("d-1", { type: "vote", termId: "t-s-1", value: 4, replaces: null })).toMatchObject({
      type: "accepted",
    });
    expect(votesOn("t-s-1")).toContainEqual({ id: "vote:p-5", teamId: "w-2", participantId: "p-5", value: 4 });
    expect(useWorkshopStore.getState().history.past).toHaveLength(0);
    expect(await screen.findByRole("button", { name: "Reveal the votes (6)" })).toBeInTheDocument();
    app.unmountAll();
  });

  it("a phone votes on the CRM rule the room is on; after Clear votes an anonymous phone votes again", async () => {
    const session = aWorkshopInSession();
    const { app, user, phone, views } = await withTheRoomOpen({ ...session, crmAgreement: freshCrmAgreement() });
    act(() => usePhones.setState({ anonymous: true }));
    window.location.hash = `#/workshop/${session.id}/agreement/crm-rule%3AreasonCodes`;
    await screen.findByRole("region", { name: "Consensus check for Reason codes" });
    await waitFor(() => {
      const view = views().at(-1);
      expect(view?.type === "view" && view.view.step).toMatchObject({ kind: "vote", termId: "crm-rule:reasonCodes" });
    });
    await phone("d-3", { type: "join", participantId: null, teamId: "w-2" });
    const vote = { type: "vote", termId: "crm-rule:reasonCodes", value: 2, replaces: null } as const;
    expect(await phone("d-3", vote)).toMatchObject({ type: "accepted" });
    expect(await phone("d-3", vote)).toMatchObject({ type: "refused" });
    await user.click(screen.getByRole("button", { name: "Clear votes" }));
    expect(await phone("d-3", { ...vote, value: 4 })).toMatchObject({ type: "accepted" });
    const votes = useWorkshopStore.getState().workshop?.crmAgreement.reasonCodes.consensus.votes ?? [];
    expect(votes.map((v) => v.value)).toEqual([4]);
    app.unmountAll();
  });

  it("refuses on the phone, not on the facilitator's screen, and changes nothing", async () => {
    const { app, phone } = await withTheRoomOpen();
    await phone("d-1", { type: "join", participantId: "p-5", teamId: null });
    const before = useWorkshopStore.getState().workshop;
    expect(await phone("d-1", { type: "vote", termId: "t-s-2", value: 4, replaces: null })).toEqual({
      type: "refused",
      message: "The room has moved on: this check is no longer open.",
    });
    expect(await phone("d-2", { type: "park", text: "Sneaky" })).toEqual({
      type: "refused",
      message: "Join the room first: pick your name.",
    });
    // Refused by the contract itself, after the request was read.
    act(() => usePhones.setState({ anonymous: true }));
    await phone("d-3", { type: "join", participantId: null, teamId: "w-2" });
    expect(await phone("d-3", { type: "vote", termId: "t-s-1", value: 1, replaces: "not-my-vote" })).toEqual({
      type: "refused",
      message: "That vote is no longer in this check: vote again.",
      voteGone: true,
    });
    expect(useWorkshopStore.getState().workshop).toBe(before);
    expect(useWorkshopStore.getState().refusal).toBeNull();
    app.unmountAll();
  });

  it("lists who joined, removes a device, and takes a proposal into the team's column as its own edit", async () => {
    const { app, user, recording, phone } = await withTheRoomOpen();
    act(() =>
      recording.fromHost({
        type: "devices",
        devices: [
          { id: "d-1", connectedAt: "2026-12-02T10:00:00Z", joinedWith: "pin", label: "Android phone, Chrome" },
        ],
      }),
    );
    await phone("d-1", { type: "join", participantId: "p-5", teamId: null });
    const panel = screen.getByRole("region", { name: "Phones in the room" });
    expect(await within(panel).findByText("Kwame Mensah · Sales")).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Remove Kwame Mensah from the room" }));
    expect(recording.toHost).toContainEqual({ type: "remove", deviceId: "d-1" });

    await user.keyboard("{PageUp}");
    await waitFor(() => expect(window.location.hash).toContain("/definitions"));
    expect(await phone("d-1", { type: "propose", termId: "t-s-1", text: "Asked for a call." })).toEqual({
      type: "accepted",
      what: "Sent to the facilitator as Sales's wording.",
    });
    await user.click(await screen.findByRole("button", { name: "Put in Sales's column" }));
    const term = useWorkshopStore.getState().workshop?.terms.find((t) => t.id === "t-s-1");
    expect(term?.teamDefinitions["w-2"]).toBe("Asked for a call.");
    expect(useWorkshopStore.getState().history.past).toHaveLength(1);
    app.unmountAll();
  });

  it("locking joining hides how to join from the room screen; leaving the workshop closes the room", async () => {
    const { app, user, recording } = await withTheRoomOpen();
    await user.click(screen.getByRole("button", { name: "Lock joining" }));
    expect(recording.toHost).toContainEqual({ type: "lock", locked: true });
    await user.keyboard("{F5}");
    expect(document.querySelector(".room-join-line")).toBeNull();
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Joining locked: unlock" }));
    await user.keyboard("{F5}");
    expect(document.querySelector(".room-join-line")).toHaveTextContent("Join: 192.168.1.20:50123 · PIN 123 456");
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("link", { name: "← Workshops" }));
    await waitFor(() => expect(recording.toHost.at(-1)).toEqual({ type: "close" }));
    app.unmountAll();
  });
});
