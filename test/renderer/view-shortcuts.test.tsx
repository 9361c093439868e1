import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useBoundCommands } from "../../renderer/commands/bind";
import { useUiStore } from "../../renderer/store/ui-store";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import { COMMANDS } from "../../shared/commands/catalogue";
import type { Workshop } from "../../shared/workshop/model";
import { addTerm } from "../../shared/workshop/terms";
import { aWorkshop, expectOk } from "../builders";
import { aJourney } from "../shared/journey-builders";
import { storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

const VIEWS = ["journey", "definitions", "agreement", "measures", "signoff", "export"];

function withTerms(): Workshop {
  let w = aWorkshop({ title: "Keys" });
  for (const term of ["Lead", "Fit", "Intent"]) w = expectOk(addTerm(w, { term }, () => term.toLowerCase())).workshop;
  return w;
}

async function openView(view: string, workshop: Workshop = withTerms()) {
  useUiStore.setState({ presenting: false, overlay: "none" });
  const app = renderApp();
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/${view}`;
  await screen.findByRole("navigation", { name: "Workshop phases" });
  return app;
}

const doc = () => useWorkshopStore.getState().workshop as Workshop;
const picked = () => document.querySelector('.term-pick[aria-current="true"] .term-pick-name')?.textContent;

describe("each view's own shortcuts", () => {
  it.each(VIEWS)("the %s view implements every command the catalogue gives it", async (view) => {
    const app = await openView(view, view === "journey" ? aJourney().w : withTerms());
    const expected = COMMANDS.filter((c) => c.scope === view).map((c) => c.id);
    // The workshop screen's own commands (the backup, the room screen) are bound alongside.
    await waitFor(() =>
      expect(Object.keys(useBoundCommands.getState().runs).sort()).toEqual(
        [...expected, "file.export-backup", "workshop.home", "room.open"].sort(),
      ),
    );
    app.unmountAll();
    expect(useBoundCommands.getState().runs).toEqual({});
  });

  it("runs the time-box, steps through terms and sets a status from the keyboard on the Agree view", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await waitFor(() => expect(picked()).toBe("Lead"));
    await user.keyboard("t");
    await waitFor(() => expect(doc().timer.startedAt).not.toBeNull());
    await user.keyboard("t");
    await waitFor(() => expect(doc().timer.startedAt).toBeNull());
    await user.keyboard("]");
    await waitFor(() => expect(picked()).toBe("Fit"));
    await user.keyboard("]");
    await user.keyboard("]");
    // Past the last term come the CRM rules, agreed with the same keys.
    await waitFor(() => expect(picked()).toBe("Stage mapping"));
    await user.keyboard("]]]]");
    await waitFor(() => expect(picked()).toBe("Reason codes"));
    await user.keyboard("{Shift>}D{/Shift}");
    await waitFor(() => expect(doc().crmAgreement.reasonCodes.status).toBe("discussing"));
    // "[[" is one press of [ (userEvent's escape).
    await user.keyboard("[[".repeat(4));
    await waitFor(() => expect(picked()).toBe("Intent"));
    await user.keyboard("[[");
    await waitFor(() => expect(picked()).toBe("Fit"));
    await user.keyboard("{Shift>}D{/Shift}");
    await waitFor(() => expect(doc().terms.find((t) => t.id === "fit")?.status).toBe("discussing"));
    await user.keyboard("{Shift>}P{/Shift}");
    await waitFor(() => expect(doc().terms.find((t) => t.id === "fit")?.status).toBe("parked"));
    app.unmountAll();
  });

  it("goes to the vote pad with V, where letters are votes, and never fires while typing", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await user.keyboard("v");
    const pad = await screen.findByRole("application", { name: /Vote pad for Lead/ });
    expect(pad).toHaveFocus();
    // Fist-of-five by default: 3 is a vote for the chosen team.
    await user.keyboard("3");
    await waitFor(() => expect(doc().terms.find((t) => t.id === "lead")?.consensus.votes).toHaveLength(1));
    expect(doc().terms.find((t) => t.id === "lead")?.consensus.votes[0]?.value).toBe(3);

    await user.click(document.body);
    await user.keyboard("p");
    const parking = screen.getByLabelText("Park something");
    expect(parking).toHaveFocus();
    await user.keyboard("tr]");
    expect(parking).toHaveValue("tr]");
    expect(doc().timer.startedAt).toBeNull();
    expect(picked()).toBe("Lead");
    app.unmountAll();
  });

  it("types a new term with N and spotlights the term the keyboard is in with S", async () => {
    const user = userEvent.setup();
    const app = await openView("definitions");
    await screen.findByRole("region", { name: "Fit" });
    await user.keyboard("n");
    expect(screen.getByLabelText("New term")).toHaveFocus();
    await user.click(document.body);
    within(screen.getByRole("region", { name: "Fit" }))
      .getByRole("button", { name: "Spotlight Fit" })
      .focus();
    await user.keyboard("s");
    const spotlight = await screen.findByRole("dialog", { name: /Fit/ });
    // In the spotlight the board's keys rest: N does not move the focus behind it.
    await user.keyboard("n");
    expect(spotlight).toBeInTheDocument();
    expect(screen.getByLabelText("New term")).not.toHaveFocus();
    app.unmountAll();
  });

  it("adds a blank measure with N", async () => {
    const user = userEvent.setup();
    const app = await openView("measures");
    await screen.findByRole("heading", { name: "Shared measures" });
    await user.keyboard("n");
    await waitFor(() => expect(doc().kpis.map((k) => k.name)).toEqual(["New measure"]));
    app.unmountAll();
  });

  it("lists every view's keys on ?, and offers the open view's actions first in the palette with their keys", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await user.keyboard("?");
    const list = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    for (const group of ["Anywhere in a workshop", "Journey map", "Agree", "Vote pad (click it first)", "Export"]) {
      expect(within(list).getByRole("region", { name: group })).toBeInTheDocument();
    }
    expect(
      within(within(list).getByRole("region", { name: "Agree" })).getByRole("row", {
        name: /T Start or pause the time-box/,
      }),
    ).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await user.keyboard("{Control>}k{/Control}");
    const options = within(await screen.findByRole("listbox", { name: "Matches" })).getAllByRole("option");
    const timer = options.findIndex((o) => o.textContent?.includes("Start or pause the time-box"));
    expect(options[timer]?.querySelector("kbd")?.textContent).toBe("T");
    expect(timer).toBeLessThan(options.findIndex((o) => o.textContent?.includes("Export a backup")));
    app.unmountAll();
  });
});
