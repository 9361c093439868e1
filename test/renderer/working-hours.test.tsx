import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import { aWorkshop } from "../builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

async function openSetup(charterFormatMinor: 0 | 1 = 1) {
  const app = renderApp();
  const made = aWorkshop({ title: "Calendared" });
  const workshop = { ...made, signOff: { ...made.signOff, charterFormatMinor } };
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/setup`;
  const section = await screen.findByRole("region", { name: "Working hours for SLAs" });
  return { app, workshop, section };
}

describe("the working hours SLAs count in", () => {
  it("starts from Monday to Friday, nine to five, in this computer's zone, and keeps each change", async () => {
    const user = userEvent.setup();
    const { app, workshop, section } = await openSetup();
    expect(section).toHaveTextContent("Not set");
    await user.click(within(section).getByRole("button", { name: "Set working hours" }));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(section).toHaveTextContent(`Monday–Friday, 09:00–17:00, ${zone}`);

    await user.click(within(section).getByRole("checkbox", { name: "Saturday" }));
    await user.selectOptions(within(section).getByRole("combobox", { name: "Time zone" }), "Asia/Tokyo");
    const ends = within(section).getByLabelText("Day ends");
    // Half-typed, the field keeps what is typed and the calendar its last good hours.
    fireEvent.change(ends, { target: { value: "01:00" } });
    expect(ends).toHaveValue("01:00");
    expect(within(section).queryByRole("alert")).toBeNull();
    fireEvent.change(ends, { target: { value: "18:30" } });
    fireEvent.blur(ends);
    expect(section).toHaveTextContent("Monday–Saturday, 09:00–18:30, Asia/Tokyo");
    await waitFor(async () =>
      expect((await storedWorkshop(app.db, workshop.id)).slaCalendar).toEqual({
        timeZone: "Asia/Tokyo",
        workingDays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
        hours: { start: "09:00", end: "18:30" },
      }),
    );
    app.unmountAll();
  });

  it("says why a day that ends before it starts is refused, and keeps the last good calendar", async () => {
    const user = userEvent.setup();
    const { app, section } = await openSetup();
    await user.click(within(section).getByRole("button", { name: "Set working hours" }));
    fireEvent.change(within(section).getByLabelText("Day ends"), { target: { value: "08:00" } });
    fireEvent.blur(within(section).getByLabelText("Day ends"));
    expect(within(section).getByRole("alert")).toHaveTextContent("The working day must end after it starts.");
    expect(useWorkshopStore.getState().workshop?.slaCalendar?.hours.end).toBe("17:00");
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday"]) {
      await user.click(within(section).getByRole("checkbox", { name: day }));
    }
    await user.click(within(section).getByRole("checkbox", { name: "Friday" }));
    expect(within(section).getByRole("alert")).toHaveTextContent("Pick at least one working day.");
    expect(within(section).getByRole("checkbox", { name: "Friday" })).toBeChecked();

    await user.click(within(section).getByRole("button", { name: "Remove working hours" }));
    expect(useWorkshopStore.getState().workshop?.slaCalendar).toBeNull();
    expect(within(section).queryByRole("alert")).toBeNull();
    app.unmountAll();
  });

  it("says when this version's charter cannot carry the calendar (format 1.0)", async () => {
    const { app, section } = await openSetup(0);
    expect(section).toHaveTextContent("written in format 1.0, which has no calendar");
    app.unmountAll();
  });
});
