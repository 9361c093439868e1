import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { outReason } from "../../renderer/phone/connection";
import { PhoneApp } from "../../renderer/phone/PhoneApp";
import { blockReason } from "../../renderer/phone/VoteStep";
import type { PhoneView } from "../../shared/room/phone-view";
import { DEVICE_REMOVED, ROOM_CLOSED, type ToPhone } from "../../shared/room/to-phone";

/** The room server as the phone page meets it: what the page sent, and a way to answer. */
class FakeSocket {
  static last: FakeSocket | null = null;
  static OPEN = 1;
  readyState = 0;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    FakeSocket.last = this;
    queueMicrotask(() => {
      this.readyState = 1;
      this.onopen?.();
    });
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  say(message: ToPhone) {
    act(() => this.onmessage?.({ data: JSON.stringify(message) }));
  }
}

const VIEW: PhoneView = {
  workshopId: "w",
  title: "Lead definitions",
  teams: [{ id: "t-s", name: "Sales", colour: "#000" }],
  anonymous: true,
  step: {
    kind: "vote",
    termId: "t-1",
    term: "MQL",
    wording: "",
    method: "fist-of-five",
    values: ["0", "1", "2", "3", "4", "5"],
    holdsBack: ["0", "1", "2"],
    round: 0,
    votes: { method: "fist-of-five", cast: 0, of: 8, revealed: false },
  },
};

async function aJoinedPhone() {
  const view = render(<PhoneApp />);
  await waitFor(() => expect(FakeSocket.last?.readyState).toBe(1));
  const socket = FakeSocket.last as FakeSocket;
  socket.say({ type: "welcome", deviceId: "d-1" });
  socket.say({ type: "roster", roster: { people: [] } });
  socket.say({ type: "view", view: VIEW });
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Join without my name" }));
  await user.click(screen.getByRole("button", { name: "Sales" }));
  socket.say({ type: "joined", participantId: null, teamId: "t-s", name: null });
  return { view, socket, user };
}

describe("the participant page", () => {
  beforeEach(() => {
    vi.stubGlobal("WebSocket", FakeSocket);
    sessionStorage.clear();
    window.history.replaceState(null, "", "/#abcdefghijklmnopqrstuvwx");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("joins with the QR code's secret and takes it out of the address bar", async () => {
    const { view, socket } = await aJoinedPhone();
    expect(socket.protocols).toEqual(["accord-room", "secret.abcdefghijklmnopqrstuvwx"]);
    expect(window.location.hash).toBe("");
    view.unmount();
  });

  it("after a reload, changes the vote it cast instead of casting another (an anonymous room keeps no other record)", async () => {
    const first = await aJoinedPhone();
    await first.user.click(screen.getByRole("button", { name: "4 I support it" }));
    first.socket.say({ type: "accepted", what: "Your vote is in: 4.", voteId: "vote-secret-id" });
    first.view.unmount();

    const again = await aJoinedPhone();
    await again.user.click(screen.getByRole("button", { name: "5 Full support" }));
    expect(again.socket.sent.at(-1)).toEqual({ type: "vote", termId: "t-1", value: 5, replaces: "vote-secret-id" });
    again.view.unmount();
  });

  it("a second tap before the room answered the first changes that vote, once the room has answered", async () => {
    const { view, socket, user } = await aJoinedPhone();
    await user.click(screen.getByRole("button", { name: "2 Not yet" }));
    await user.click(screen.getByRole("button", { name: "3 I can live with it" }));
    expect(socket.sent.filter((m) => (m as { type: string }).type === "vote")).toHaveLength(1);
    socket.say({ type: "accepted", what: "Your vote is in: 2.", voteId: "v-mine" });
    expect(socket.sent.at(-1)).toEqual({ type: "vote", termId: "t-1", value: 3, replaces: "v-mine" });
    view.unmount();
  });

  it("keeps its vote through a blank screen, and votes afresh when the vote it named is gone", async () => {
    const { view, socket, user } = await aJoinedPhone();
    await user.click(screen.getByRole("button", { name: "4 I support it" }));
    socket.say({ type: "accepted", what: "Your vote is in: 4.", voteId: "v-mine" });
    socket.say({ type: "view", view: { ...VIEW, step: { kind: "follow", label: "Paused" } } });
    socket.say({ type: "view", view: VIEW });
    expect(screen.getByRole("button", { name: "4 I support it" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "5 Full support" }));
    expect(socket.sent.at(-1)).toMatchObject({ value: 5, replaces: "v-mine" });
    socket.say({ type: "refused", message: "That vote is no longer in this check: vote again.", voteGone: true });
    await user.click(screen.getByRole("button", { name: "5 Full support" }));
    expect(socket.sent.at(-1)).toMatchObject({ value: 5, replaces: null });
    view.unmount();
  });

  it("a new round of the check starts without the phone's earlier vote", async () => {
    const { view, socket, user } = await aJoinedPhone();
    await user.click(screen.getByRole("button", { name: "4 I support it" }));
    socket.say({ type: "accepted", what: "Your vote is in: 4.", voteId: "v-old" });
    if (VIEW.step.kind !== "vote") throw new Error("a vote step");
    socket.say({ type: "view", view: { ...VIEW, step: { ...VIEW.step, round: 1 } } });
    expect(screen.getByRole("button", { name: "4 I support it" })).toHaveAttribute("aria-pressed", "false");
    await user.click(screen.getByRole("button", { name: "2 Not yet" }));
    expect(socket.sent.at(-1)).toMatchObject({ value: 2, replaces: null });
    view.unmount();
  });

  it("says again who it is on every new socket, and asks again while its old one still holds the name", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { view, socket } = await aJoinedPhone();
      socket.say({ type: "joined", participantId: null, teamId: "t-s", name: null });
      const first = socket;
      act(() => first.onclose?.({ code: 1006 }));
      await act(() => vi.advanceTimersByTimeAsync(2100));
      const again = FakeSocket.last as FakeSocket;
      expect(again).not.toBe(first);
      await waitFor(() => expect(again.sent).toContainEqual({ type: "join", participantId: null, teamId: "t-s" }));
      again.say({ type: "refused", message: "Already joined on another phone." });
      await act(() => vi.advanceTimersByTimeAsync(4100));
      expect(again.sent.filter((m) => (m as { type: string }).type === "join")).toHaveLength(2);
      view.unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a removed phone forgets the room's secret: a reload asks for the PIN", async () => {
    const { view, socket } = await aJoinedPhone();
    act(() => socket.onclose?.({ code: DEVICE_REMOVED }));
    expect(await screen.findByText("The facilitator took this phone out of the room.")).toBeInTheDocument();
    view.unmount();
    render(<PhoneApp />);
    expect(await screen.findByLabelText("The PIN on the room screen")).toBeInTheDocument();
  });

  it("cuts a block's reason to what the parking lot holds, never inside a character", () => {
    const reason = blockReason("MQL", "😀".repeat(400));
    expect(reason.length).toBeLessThanOrEqual(500);
    expect(reason).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half of a pair left at the end
    expect(reason.startsWith("Held back on MQL: 😀")).toBe(true);
  });

  it("keeps a question typed until the room has it, and keeps it when the room refuses", async () => {
    const { view, socket, user } = await aJoinedPhone();
    const field = screen.getByLabelText("Park a question for later");
    await user.type(field, "What about partners?");
    await user.click(screen.getByRole("button", { name: "Park it" }));
    expect(socket.sent.at(-1)).toEqual({ type: "park", text: "What about partners?" });
    socket.say({ type: "refused", message: "Too long." });
    expect(field).toHaveValue("What about partners?");
    await user.click(screen.getByRole("button", { name: "Park it" }));
    socket.say({ type: "accepted", what: "Parked." });
    await waitFor(() => expect(field).toHaveValue(""));
    view.unmount();
  });

  it("tells its person why the room let it go", () => {
    expect(outReason(ROOM_CLOSED, true)).toEqual({
      reason: "The room is closed. Thank you for taking part.",
      canRetry: false,
    });
    expect(outReason(DEVICE_REMOVED, true).canRetry).toBe(false);
    expect(outReason(1006, false).reason).toMatch(/PIN may be wrong/);
  });
});
