import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import { aWorkshop } from "../builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

async function openSetup() {
  const app = renderApp();
  const workshop = aWorkshop({ title: "Planned" });
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/setup`;
  const agenda = await screen.findByRole("region", { name: "Agenda" });
  return { app, workshop, agenda };
}

const rows = (agenda: HTMLElement) => within(agenda).queryAllByRole("listitem");

describe("planning the session's time", () => {
  it("starts from the half-day plan, edits minutes as typed, and keeps the plan stored", async () => {
    const user = userEvent.setup();
    const { app, workshop, agenda } = await openSetup();
    expect(agenda).toHaveTextContent("No time plan yet");
    await user.click(within(agenda).getByRole("button", { name: "Use the half-day plan" }));
    expect(rows(agenda)).toHaveLength(8);
    expect(agenda).toHaveTextContent("3 h 50 min in all");

    const journey = rows(agenda)[1] as HTMLElement;
    const minutes = within(journey).getByRole("spinbutton", { name: "Minutes" });
    await user.clear(minutes);
    // Half-typed: the field keeps what is typed, the plan keeps its last number.
    expect(minutes).toHaveValue(null);
    expect(useWorkshopStore.getState().workshop?.agenda[1]?.minutes).toBe(35);
    await user.type(minutes, "50");
    expect(agenda).toHaveTextContent("4 h 5 min in all");
    // Past the longest item: the field says the plan kept the last number.
    await user.type(minutes, "0");
    expect(within(journey).getByRole("status")).toHaveTextContent("from 1 to 480 whole minutes; the plan keeps 50");
    await user.type(minutes, "{Backspace}");
    await waitFor(async () => expect((await storedWorkshop(app.db, workshop.id)).agenda[1]?.minutes).toBe(50));
    app.unmountAll();
  });

  it("gives one term its own time, moves and removes items", async () => {
    const user = userEvent.setup();
    const { app, agenda } = await openSetup();
    await user.click(within(agenda).getByRole("button", { name: "+ Add time" }));
    expect(rows(agenda)).toHaveLength(1);
    expect(within(rows(agenda)[0] as HTMLElement).getByRole("combobox", { name: /^Term/ })).toHaveValue("");
    await user.selectOptions(within(agenda).getByRole("combobox", { name: /^Part of the session, item 1/ }), "Break");
    expect(within(agenda).queryByRole("combobox", { name: /^Term/ })).toBeNull();
    await user.click(within(agenda).getByRole("button", { name: "+ Add time" }));
    expect(useWorkshopStore.getState().workshop?.agenda.map((a) => a.part)).toEqual(["break", "agreement"]);
    await user.click(within(agenda).getByRole("button", { name: "Move Break later" }));
    expect(useWorkshopStore.getState().workshop?.agenda.map((a) => a.part)).toEqual(["agreement", "break"]);
    await user.click(within(agenda).getByRole("button", { name: "Remove Break from the agenda" }));
    expect(rows(agenda)).toHaveLength(1);
    app.unmountAll();
  });

  it("shows the facilitator how the session stands once its clock runs", async () => {
    const user = userEvent.setup();
    const { app, agenda } = await openSetup();
    await user.click(within(agenda).getByRole("button", { name: "Use the half-day plan" }));
    const strip = screen.getByRole("region", { name: "Room screen" });
    expect(strip).toHaveTextContent("Agenda of 3 h 50 min, not started");
    await user.click(within(agenda).getByRole("button", { name: "Start the session’s clock now" }));
    expect(strip).toHaveTextContent("Agenda Set up: on time, 15 min left");
    expect(agenda).toHaveTextContent("the session’s clock started at");
    app.unmountAll();
  });
});
