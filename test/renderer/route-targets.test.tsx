import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccordDatabase } from "../../renderer/storage/db";
import type { Workshop } from "../../shared/workshop/model";
import { addTerm } from "../../shared/workshop/terms";
import { expectOk } from "../builders";
import { aReadyWorkshop } from "../charter/charter-builders";
import { aJourney } from "../shared/journey-builders";
import { storeWorkshop } from "../stored";
import { renderApp } from "./render-app";
import { aWorkshopWithLead } from "./workshop-fixtures";

/** The app started afresh on a stored workshop at a URL, as after a reload. */
async function reloadAt(workshop: Workshop, path: string, db = new AccordDatabase(`accord-targets-${Math.random()}`)) {
  await storeWorkshop(db, workshop, "2026-11-20T10:00:00Z");
  return renderApp({ db, hash: `#/workshop/${encodeURIComponent(workshop.id)}/${path}` });
}

const withFit = () => expectOk(addTerm(aWorkshopWithLead(), { term: "Fit" }, () => "fit")).workshop;
const stageNode = (name: string) =>
  document.querySelector(`.react-flow__node [data-stage="${name}"]`)?.closest(".react-flow__node");

describe("links to one thing on a view", () => {
  it("lands a reload of a readiness link on the same term", async () => {
    const user = userEvent.setup();
    const ready = aReadyWorkshop();
    const intent = ready.terms.find((t) => t.stageId === null);
    const workshop = {
      ...ready,
      terms: [...ready.terms, { ...intent, id: "t-fit", term: "Fit", status: "open" as const }],
    };
    const first = await reloadAt(workshop as Workshop, "signoff");
    await user.click(await screen.findByRole("link", { name: "Term Fit is neither agreed nor parked." }));
    await screen.findByRole("heading", { level: 2, name: "Fit" });
    const url = window.location.hash;
    first.unmountAll();

    const again = renderApp({ db: first.db, hash: url });
    expect(await screen.findByRole("heading", { level: 2, name: "Fit" })).toBeInTheDocument();
    again.unmountAll();
  });

  it("takes the set-up gaps to their fields: the date, and the first Signs box (or the entry fields when nobody is listed)", async () => {
    const user = userEvent.setup();
    const ready = aReadyWorkshop();
    const undated = {
      ...ready,
      details: { ...ready.details, date: "" },
      participants: ready.participants.map((p) => ({ ...p, signatory: false })),
    };
    const app = await reloadAt(undated, "signoff");
    await user.click(await screen.findByRole("link", { name: "The workshop has no date." }));
    await waitFor(() => expect(screen.getByLabelText("Date")).toHaveFocus());
    await user.click(await screen.findByRole("link", { name: /^Sign off/ }));
    await user.click(await screen.findByRole("link", { name: "Nobody is named to sign the charter." }));
    const first = ready.participants[0]?.name ?? "";
    await waitFor(() => expect(screen.getByRole("checkbox", { name: new RegExp(first) })).toHaveFocus());
    app.unmountAll();

    const empty = await reloadAt({ ...undated, participants: [] }, "signoff");
    await user.click(await screen.findByRole("link", { name: "Nobody is named to sign the charter." }));
    await waitFor(() => expect(document.activeElement?.closest("section")).toHaveAccessibleName(/Participants/));
    empty.unmountAll();
  });

  it("opens the map on a stage: selected, its inspector open, the keyboard on it", async () => {
    const app = await reloadAt(aJourney().w, "journey/sal");
    expect(await screen.findByRole("region", { name: "Stage SAL" })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(stageNode("SAL")));
    expect(stageNode("SAL")).toHaveClass("selected");
    app.unmountAll();
  });

  it("opens the Agree view on a term, and on a stage's own term given the stage", async () => {
    const app = await reloadAt(withFit(), "agreement/fit");
    expect(await screen.findByRole("heading", { level: 2, name: "Fit" })).toBeInTheDocument();
    app.unmountAll();
    const stage = await reloadAt(aJourney().w, "agreement/sal");
    expect(await screen.findByRole("heading", { level: 2, name: "SAL" })).toBeInTheDocument();
    stage.unmountAll();
  });

  it("puts the keyboard in a term's first cell on the Definitions board", async () => {
    const app = await reloadAt(withFit(), "definitions/fit");
    const row = await screen.findByRole("region", { name: "Fit" });
    await waitFor(() => expect(document.activeElement).toBe(within(row).getAllByRole("textbox")[0]));
    app.unmountAll();
  });

  it("puts the keyboard on a participant's name in Set up", async () => {
    const app = await reloadAt(aReadyWorkshop(), "setup/p-bo");
    const name = await screen.findByLabelText("Name of Bo Ærøskøbing");
    await waitFor(() => expect(document.activeElement).toBe(name));
    app.unmountAll();
  });

  it("ignores a target that is gone, showing the view as usual", async () => {
    const journey = await reloadAt(aJourney().w, "journey/gone");
    await screen.findByRole("toolbar", { name: "Journey" });
    await waitFor(() => expect(stageNode("SAL")).toBeTruthy());
    expect(screen.queryByRole("region", { name: /^Stage / })).toBeNull();
    journey.unmountAll();
    const agree = await reloadAt(withFit(), "agreement/gone");
    expect(await screen.findByRole("heading", { level: 2, name: "Lead" })).toBeInTheDocument();
    agree.unmountAll();
  });
});
