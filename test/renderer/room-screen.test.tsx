import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRoomCue } from "../../renderer/features/room/cue-store";
import { useUiStore } from "../../renderer/store/ui-store";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import type { Host } from "../../shared/host";
import { freshCrmAgreement } from "../../shared/workshop/rule-subject";
import { aWorkshopInSession } from "../browser/room-workshop";
import { storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

async function openOnAgree(host?: Host) {
  useUiStore.setState({ presenting: false, overlay: "none" });
  const app = renderApp(host ? { host } : {});
  const workshop = aWorkshopInSession();
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/agreement/t-s-1`;
  await screen.findByRole("region", { name: "Consensus check for Marketing Qualified Lead" });
  return { app, workshop };
}

/** The room screen F5 shows over the editor. */
const roomScreen = () => document.querySelector<HTMLElement>(".room");

describe("the room screen on the facilitator's own display (F5)", () => {
  it("shows the room screen instead of the editor, with nothing to click or type, and Esc brings the editor back", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    await user.keyboard("{F5}");
    const room = await waitFor(() => roomScreen() ?? Promise.reject(new Error("no room screen")));
    expect(within(room).getByRole("heading", { name: "Marketing Qualified Lead" })).toBeInTheDocument();
    expect(room.querySelectorAll("button, input, textarea, select, a, [contenteditable]")).toHaveLength(0);
    // The editor stays underneath, out of reach of the keyboard and of screen readers.
    expect(document.querySelector(".shell")).toHaveAttribute("inert");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(roomScreen()).toBeNull());
    expect(document.querySelector(".shell")).not.toHaveAttribute("inert");
    app.unmountAll();
  });

  it("keeps the votes blind until the facilitator reveals them, and a new round is blind again", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    await user.keyboard("{F5}");
    const room = await waitFor(() => roomScreen() ?? Promise.reject(new Error("no room screen")));
    const check = within(room).getByRole("region", { name: "Consensus check" });
    expect(check).toHaveTextContent("5 of 8 have voted");
    expect(within(check).queryByRole("table")).toBeNull();

    await user.keyboard("h");
    const tally = await within(check).findByRole("table");
    expect(within(tally).getByRole("row", { name: /Sales/ })).toHaveTextContent("·1");
    expect(check).toHaveTextContent("Held back by Sales");

    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Clear votes" }));
    await user.keyboard("{F5}");
    const again = await waitFor(() => roomScreen() ?? Promise.reject(new Error("no room screen")));
    expect(within(again).getByRole("region", { name: "Consensus check" })).toHaveTextContent("No votes yet");
    expect(useRoomCue.getState().revealed).toEqual([]);
    app.unmountAll();
  });

  it("shows a CRM rule the facilitator is on, keeps its revealed votes shown as more come in, and the strip says so", async () => {
    const user = userEvent.setup();
    useUiStore.setState({ presenting: false, overlay: "none" });
    const app = renderApp();
    const session = aWorkshopInSession();
    await storeWorkshop(app.db, { ...session, crmAgreement: freshCrmAgreement() }, "2026-11-20T10:00:00Z");
    window.location.hash = `#/workshop/${session.id}/agreement/crm-rule%3AreasonCodes`;
    await screen.findByRole("region", { name: "Consensus check for Reason codes" });
    expect(screen.getByText("Agreeing: CRM rule Reason codes (4 of 4)")).toBeInTheDocument();
    await user.keyboard("v3");
    await waitFor(() =>
      expect(useWorkshopStore.getState().workshop?.crmAgreement.reasonCodes.consensus.votes).toHaveLength(1),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard("h");
    expect(useRoomCue.getState().revealed).toEqual(["crm-rule:reasonCodes"]);
    // Another vote after the reveal: the room keeps seeing the tally.
    await user.keyboard("v4");
    await waitFor(() =>
      expect(useWorkshopStore.getState().workshop?.crmAgreement.reasonCodes.consensus.votes).toHaveLength(2),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    expect(useRoomCue.getState().revealed).toEqual(["crm-rule:reasonCodes"]);
    await user.keyboard("{F5}");
    const room = await waitFor(() => roomScreen() ?? Promise.reject(new Error("no room screen")));
    expect(within(room).getByRole("heading", { level: 1 })).toHaveTextContent("CRM rule: Reason codes");
    expect(within(room).getByRole("region", { name: "Consensus check" }).querySelector("table")).not.toBeNull();
    expect(within(room).getByRole("region", { name: "The rule" })).toHaveTextContent("Misrouted");
    app.unmountAll();
  });

  it("hides the votes again when the method changes, which starts a new round", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    await user.keyboard("h");
    expect(useRoomCue.getState().revealed).toEqual(["t-s-1"]);
    await user.click(screen.getByRole("button", { name: "Agree / disagree / block" }));
    await waitFor(() => expect(useRoomCue.getState().revealed).toEqual([]));
    await user.keyboard("{F5}");
    const room = await waitFor(() => roomScreen() ?? Promise.reject(new Error("no room screen")));
    expect(within(room).getByRole("region", { name: "Consensus check" })).toHaveTextContent("No votes yet");
    app.unmountAll();
  });

  it("follows the term the facilitator moves to, and blanks on '.'", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    await user.keyboard("{F5}");
    await user.keyboard("]");
    const room = await waitFor(() => {
      const r = roomScreen();
      return r && within(r).queryByRole("heading", { name: "Sales Accepted Lead" })
        ? r
        : Promise.reject(new Error("not yet"));
    });
    expect(room).toHaveTextContent("3 of 12");
    await user.keyboard(".");
    await waitFor(() => expect(roomScreen()?.dataset.screen).toBe("blank"));
    expect(roomScreen()).toHaveTextContent("Acme Revenue Alignment Charter");
    expect(roomScreen()).not.toHaveTextContent("Sales Accepted Lead");
    app.unmountAll();
  });
});

describe("the presenter strip", () => {
  it("says what the room sees and what is next, and reveals the votes from a button too", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    const strip = screen.getByRole("region", { name: "Room screen" });
    expect(strip).toHaveTextContent("Room sees Agreeing: Marketing Qualified Lead (2 of 12)");
    expect(strip).toHaveTextContent("Next Sales Accepted Lead");
    await user.click(within(strip).getByRole("button", { name: "Reveal the votes (5)" }));
    expect(within(strip).getByRole("button", { name: "Hide the votes" })).toHaveAttribute("aria-pressed", "true");
    expect(useRoomCue.getState().revealed).toEqual(["t-s-1"]);
    // The time-box shows on the strip while it runs, on every phase.
    expect(strip).not.toHaveTextContent("Time-box");
    await user.keyboard("t");
    expect(strip).toHaveTextContent(/Time-box 7:00 left|Time-box 6:59 left/);
    app.unmountAll();
  });

  it("opens the room screen through the host, and says so plainly when the browser blocks the window", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    const { app, workshop } = await openOnAgree(recording.host);
    await user.click(screen.getByRole("button", { name: "Open room screen" }));
    expect(recording.rooms).toEqual([workshop.id]);
    app.unmountAll();

    const blocking: Host = { ...recordingHost().host, openRoomScreen: async () => "blocked" };
    const second = await openOnAgree(blocking);
    await user.click(screen.getByRole("button", { name: "Open room screen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/did not open the room screen’s window: allow pop-ups/);
    second.app.unmountAll();
  });
});

describe("the time-box's extra minute", () => {
  it("adds a minute with '+' and the button, without an undo step", async () => {
    const user = userEvent.setup();
    const { app } = await openOnAgree();
    const box = screen.getByRole("region", { name: "Time-box" });
    expect(within(box).getByText("7:00")).toBeInTheDocument();
    await user.keyboard("+");
    expect(within(box).getByText("8:00")).toBeInTheDocument();
    await user.click(within(box).getByRole("button", { name: "+1 min" }));
    expect(within(box).getByText("9:00")).toBeInTheDocument();
    expect(useWorkshopStore.getState().workshop?.timer.durationSeconds).toBe(600);
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    app.unmountAll();
  });
});
