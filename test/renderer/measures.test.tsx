import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addTeam } from "../../shared/workshop/teams";
import { expectOk } from "../builders";
import { storedWorkshop } from "../stored";
import { aWorkshopWithLead, openView } from "./workshop-fixtures";

describe("shared measures", () => {
  it("adds the MQL acceptance rate in one click, sets its owner, and writes the feedback loop", async () => {
    const user = userEvent.setup();
    const app = await openView("measures");
    await user.click(await screen.findByRole("button", { name: "+ MQL acceptance rate" }));
    expect(screen.getByLabelText("Measure name")).toHaveValue("MQL acceptance rate");
    expect(screen.getByLabelText("Target")).toHaveValue("90% or more");
    expect(screen.getByRole("button", { name: "+ MQL acceptance rate" })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText("Owner team"), "Sales");
    await user.click(screen.getByRole("button", { name: "+ Sales reports to Marketing" }));
    await user.type(screen.getByLabelText("What is shared"), "Rejected leads with a reason code");
    await user.type(screen.getByLabelText("How often"), "weekly");
    await waitFor(async () => {
      const w = await storedWorkshop(app.db, app.workshop.id);
      expect(w?.kpis[0]).toMatchObject({ name: "MQL acceptance rate", ownerTeamId: w?.teams[1]?.id });
      expect(w?.feedbackLoop[0]).toMatchObject({ what: "Rejected leads with a reason code", cadence: "weekly" });
    });
    app.unmountAll();
  });

  it("keeps the spaces typed in a measure's name, and trims it only when it is kept", async () => {
    const user = userEvent.setup();
    const app = await openView("measures");
    await user.click(await screen.findByRole("button", { name: "+ Blank measure" }));
    const name = screen.getByLabelText("Measure name");
    await user.clear(name);
    await user.type(name, "Meeting show rate ");
    // While typed, every space is there (it used to be trimmed away key by key: "Meetingshowrate").
    expect(name).toHaveValue("Meeting show rate ");
    await user.keyboard("{Enter}");
    await waitFor(async () =>
      expect((await storedWorkshop(app.db, app.workshop.id))?.kpis[0]?.name).toBe("Meeting show rate"),
    );
    app.unmountAll();
  });

  it("words the measures and the feedback loop for the real teams when there are three", async () => {
    const user = userEvent.setup();
    const app = await openView(
      "measures",
      expectOk(addTeam(aWorkshopWithLead(), { name: "Customer success" })).workshop,
    );
    await user.click(await screen.findByRole("button", { name: "+ Blank measure" }));
    expect(screen.getByRole("option", { name: "All teams together" })).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "Both teams together" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Sales reports to Marketing/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "+ A report from one team to another" }));
    await user.selectOptions(screen.getByLabelText("From"), "Customer success");
    await waitFor(async () => {
      const w = await storedWorkshop(app.db, app.workshop.id);
      expect(w?.feedbackLoop[0]?.fromTeamId).toBe(w?.teams[2]?.id);
    });
    app.unmountAll();
  });
});
