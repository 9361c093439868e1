import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { edit } from "../../renderer/store/workshop-store";
import { aJourney } from "../shared/journey-builders";
import { storedWorkshop } from "../stored";
import { MARKETING_LEAD, openView, SALES_LEAD } from "./workshop-fixtures";

const stored = async (app: Awaited<ReturnType<typeof openView>>) => storedWorkshop(app.db, app.workshop.id);

describe("the definitions board", () => {
  it("shows each team's definition of a term side by side, with the differing words marked", async () => {
    const app = await openView("definitions");
    const marketing = await screen.findByLabelText("Marketing's definition of Lead");
    expect(marketing).toHaveValue(MARKETING_LEAD);
    expect(screen.getByLabelText("Sales's definition of Lead")).toHaveValue(SALES_LEAD);
    const row = screen.getByRole("region", { name: "Lead" });
    await waitFor(() => {
      const marks = [...row.querySelectorAll("mark.diff-unique")].map((m) => m.textContent?.trim());
      // The words that carry meaning, phrases whole; not a leading "or", "a" or "and".
      expect(marks).toEqual(["Anyone", "downloads content", "person with budget", "asked for a demo"]);
    });
    app.unmountAll();
  });

  it("stores a definition as it is typed, word for word, and undoes the burst in one step", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    const cell = await screen.findByLabelText("Marketing's definition of Lead");
    await user.clear(cell);
    await user.type(cell, "Ein Kontakt, der Inhalte lädt");
    await waitFor(async () => {
      const w = await stored(app);
      expect(w?.terms[0]?.teamDefinitions[w.teams[0]?.id ?? ""]).toBe("Ein Kontakt, der Inhalte lädt");
    });
    // Clearing and retyping the same cell within a second is one burst.
    await user.keyboard("{Control>}z{/Control}");
    expect(cell).toHaveValue(MARKETING_LEAD);
    app.unmountAll();
  });

  it("shows a change made elsewhere in the cell, but never over words typed here and not yet committed", async () => {
    const app = await openView("definitions");
    const cell = await screen.findByLabelText("Marketing's definition of Lead");
    const [term, team] = [app.workshop.terms[0]?.id ?? "", app.workshop.teams[0]?.id ?? ""];
    act(() => void edit("recordDefinition", term, team, "Said from a phone"));
    expect(cell).toHaveValue("Said from a phone");
    // Typed here; before it reaches the store, another change arrives: the typed words stay, and win.
    fireEvent.change(cell, { target: { value: "Typed in the room" } });
    act(() => void edit("recordDefinition", term, team, "Said from a phone, again"));
    expect(cell).toHaveValue("Typed in the room");
    await waitFor(async () => expect((await stored(app))?.terms[0]?.teamDefinitions[team]).toBe("Typed in the room"));
    expect(cell).toHaveValue("Typed in the room");
    app.unmountAll();
  });

  it("adds a free term and ticks the signals each team counts, naming the disputed ones", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    await user.click(await screen.findByRole("button", { name: "+ Intent" }));
    expect(await screen.findByRole("region", { name: "Intent" })).toBeInTheDocument();
    const lead = screen.getByRole("region", { name: "Lead" });
    await user.click(within(lead).getByRole("button", { name: "Tick signals for Lead" }));
    await user.click(within(lead).getByLabelText("Marketing counts Content download for Lead"));
    await user.click(within(lead).getByLabelText("Sales counts Budget for Lead"));
    await user.click(within(lead).getByLabelText("Marketing counts Demo request for Lead"));
    await user.click(within(lead).getByLabelText("Sales counts Demo request for Lead"));
    const summary = within(lead).getByRole("list", { name: "Signals" });
    expect(summary.textContent).toContain("Demo request all teams");
    expect(summary.textContent).toContain("Content download only Marketing");
    expect(summary.textContent).toContain("Budget only Sales");
    await waitFor(async () => expect((await stored(app))?.terms.map((t) => t.term)).toEqual(["Lead", "Intent"]));
    app.unmountAll();
  });

  it("keeps a new term's name in the field when it is refused, so the room can fix it", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    const field = await screen.findByLabelText("New term");
    await user.type(field, "lead{Enter}");
    expect(await screen.findByText('There is already a term called "Lead".')).toBeInTheDocument();
    expect(field).toHaveValue("lead");
    await user.clear(field);
    await user.type(field, "Pipeline{Enter}");
    await waitFor(async () => expect((await stored(app)).terms.map((t) => t.term)).toContain("Pipeline"));
    expect(field).toHaveValue("");
    app.unmountAll();
  });

  it("puts one term in the spotlight, moves to the next with the arrow keys and closes with Escape", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    await user.click(await screen.findByRole("button", { name: "+ Fit" }));
    await user.click(screen.getByRole("button", { name: "Spotlight Lead" }));
    const spotlight = screen.getByRole("dialog", { name: "Spotlight: Lead" });
    expect(within(spotlight).getByText("1 of 2")).toBeInTheDocument();
    await waitFor(() => expect(spotlight.querySelectorAll(".spotlight-text mark.diff-unique").length).toBe(4));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("dialog", { name: "Spotlight: Fit" })).toBeInTheDocument();
    expect(screen.getAllByText("Not written yet.")).toHaveLength(2);
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("dialog", { name: "Spotlight: Lead" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    app.unmountAll();
  });

  it("renames, moves and removes a free term on the board, and undo brings it back whole", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    await user.click(await screen.findByRole("button", { name: "+ Fit" }));
    const lead = screen.getByRole("region", { name: "Lead" });
    await user.click(within(lead).getByRole("button", { name: "Edit term Lead" }));
    const name = within(lead).getByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Fit{Enter}");
    // A name another term has is refused, and what was typed stays in the field.
    expect(await screen.findByText(/already/i)).toBeInTheDocument();
    expect(name).toHaveValue("Fit");
    await user.clear(name);
    await user.type(name, "Raw lead{Enter}");
    const row = await screen.findByRole("region", { name: "Raw lead" });
    expect(within(row).getByRole("button", { name: "Move Raw lead up" })).toBeDisabled();
    await user.click(within(row).getByRole("button", { name: "Move Raw lead down" }));
    await waitFor(async () => expect((await stored(app))?.terms.map((t) => t.term)).toEqual(["Fit", "Raw lead"]));
    await user.click(within(row).getByRole("button", { name: "Remove Raw lead" }));
    await waitFor(async () => expect((await stored(app))?.terms.map((t) => t.term)).toEqual(["Fit"]));
    expect(screen.queryByRole("region", { name: "Raw lead" })).toBeNull();
    await user.keyboard("{Control>}z{/Control}");
    expect(await screen.findByLabelText("Sales's definition of Raw lead")).toHaveValue(SALES_LEAD);
    await waitFor(async () => expect((await stored(app))?.terms.map((t) => t.term)).toEqual(["Fit", "Raw lead"]));
    app.unmountAll();
  });

  it("renames a stage's term with its stage, but leaves removing it to the map", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions", aJourney().w);
    const sal = await screen.findByRole("region", { name: "SAL" });
    await user.click(within(sal).getByRole("button", { name: "Edit term SAL" }));
    expect(within(sal).queryByRole("button", { name: "Remove SAL" })).toBeNull();
    expect(within(sal).getByText(/goes with its stage/)).toBeInTheDocument();
    const name = within(sal).getByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Sales accepted{Enter}");
    await waitFor(async () => {
      const w = await stored(app);
      expect(w?.stages.find((s) => s.id === "sal")?.name).toBe("Sales accepted");
    });
    app.unmountAll();
  });
});
