import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { edit } from "../../renderer/store/workshop-store";
import type { Workshop } from "../../shared/workshop/model";
import { aWorkshop } from "../builders";
import { aMappedWorkshop } from "../crm/pack-builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

async function open(workshop: Workshop, view: "measures" | "export") {
  const app = renderApp();
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/${view}`;
  const name = view === "measures" ? "Rules for the CRM" : "CRM set-up for HubSpot and Salesforce";
  return { app, section: await screen.findByRole("region", { name }) };
}

describe("the rules for the CRM, on Measures", () => {
  it("keeps a list typed one item a line as it is typed, and stores only the lines with words", async () => {
    const w = aWorkshop({ title: "Rules" });
    const { app, section } = await open(w, "measures");
    const exclusions = within(section).getByLabelText("Not a fit, whatever the score (one a line)");
    fireEvent.change(exclusions, { target: { value: "Students\n" } });
    expect(exclusions).toHaveValue("Students\n");
    fireEvent.change(exclusions, { target: { value: "Students\nCompetitors" } });
    await waitFor(async () =>
      expect((await storedWorkshop(app.db, w.id)).crmRules?.qualification.exclusions).toEqual([
        "Students",
        "Competitors",
      ]),
    );
    app.unmountAll();
  });

  it("adds a reason code with the keyboard in its label, its API name following the label", async () => {
    const user = userEvent.setup();
    const w = aWorkshop({ title: "Reasons" });
    const { app, section } = await open(w, "measures");
    await user.click(within(section).getByRole("button", { name: "Add a reason: recycled to nurture" }));
    await user.keyboard("Budget next year");
    const row = (document.activeElement as HTMLElement).closest("li") as HTMLElement;
    expect(within(row).getByLabelText("API name")).toHaveValue("budget_next_year");
    expect(within(row).getByLabelText("Look again after (days)")).toHaveValue(90);
    app.unmountAll();
  });

  it("offers the rules to a workshop from before them", async () => {
    const user = userEvent.setup();
    const w = { ...aWorkshop({ title: "Older" }), crmRules: null };
    const { app, section } = await open(w, "measures");
    await user.click(within(section).getByRole("button", { name: "Agree CRM rules" }));
    expect(within(section).getByRole("heading", { name: "Reason codes" })).toBeInTheDocument();
    app.unmountAll();
  });
});

describe("the CRM set-up, on Export", () => {
  it("says what is left to fix, and opens the export only when nothing is", async () => {
    const user = userEvent.setup();
    const w = aMappedWorkshop("demand-waterfall");
    const { app, section } = await open(w, "export");
    const exportButton = within(section).getByRole("button", { name: "Export CRM set-up pack…" });
    expect(exportButton).toBeEnabled();
    const sqlRow = within(section).getByText("SQL").closest("li") as HTMLElement;
    await user.click(within(sqlRow).getByRole("checkbox", { name: "Converted" }));
    // The mapping the room agreed changed: it is the room's to agree again, and the card links there.
    expect(section).toHaveTextContent("2 things to fix");
    expect(section).toHaveTextContent("No lead stage is marked converted");
    expect(exportButton).toBeDisabled();
    await user.click(within(sqlRow).getByRole("checkbox", { name: "Converted" }));
    expect(section).toHaveTextContent("1 thing to fix");
    const agree = within(section).getByRole("link", { name: /The CRM stage mapping is discussing, not agreed/ });
    expect(agree).toHaveAttribute("href", `#/workshop/${w.id}/agreement/crm-rule%3AstageMappings`);
    expect(exportButton).toBeDisabled();
    app.unmountAll();
  });

  it("follows where the room stands on the mapping, undo included, with nothing else changed", async () => {
    const user = userEvent.setup();
    const w = aMappedWorkshop("demand-waterfall");
    const { app, section } = await open(w, "export");
    const exportButton = within(section).getByRole("button", { name: "Export CRM set-up pack…" });
    expect(exportButton).toBeEnabled();
    act(() => {
      edit("setRuleStatus", "stageMappings", "parked", "2026-11-22T15:30:00Z");
    });
    expect(section).toHaveTextContent("The CRM stage mapping is parked, not agreed");
    expect(exportButton).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(exportButton).toBeEnabled());
    expect(section).toHaveTextContent("Every stage is mapped and every check passes");
    app.unmountAll();
  });
});
