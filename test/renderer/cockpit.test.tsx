import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useUiStore } from "../../renderer/store/ui-store";
import { addTerm } from "../../shared/workshop/terms";
import { aWorkshop, expectOk } from "../builders";
import { aJourney } from "../shared/journey-builders";
import { storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

async function openWorkshop(options: Parameters<typeof renderApp>[0] = {}, workshop = aWorkshop({ title: "Cockpit" })) {
  useUiStore.setState({ presenting: false, overlay: "none", theme: "system", highContrast: false });
  const app = renderApp(options);
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}`;
  await screen.findByLabelText("Workshop title");
  return { ...app, workshop };
}

describe("the facilitator's cockpit", () => {
  it("shows every phase with its progress, and marks the current one", async () => {
    const app = await openWorkshop();
    const phases = screen.getByRole("navigation", { name: "Workshop phases" });
    const current = phases.querySelector('[aria-current="step"]');
    expect(current?.textContent).toMatch(/Set up/);
    expect(current?.textContent).toMatch(/0 people/);
    app.unmountAll();
  });

  it("finds an action in the command palette with Ctrl+K and runs it with Enter", async () => {
    const user = userEvent.setup();
    const { host, saved } = recordingHost();
    const app = await openWorkshop({ host });
    await user.keyboard("{Control>}k{/Control}");
    const search = await screen.findByRole("combobox", { name: /Find an action/ });
    await user.type(search, "exp back");
    const matches = within(screen.getByRole("listbox", { name: "Matches" })).getAllByRole("option");
    expect(matches.map((o) => o.textContent)).toEqual(["ActionExport a backup of this workshopCtrl/⌘+S"]);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(screen.queryByRole("dialog", { name: "Command palette" })).toBeNull();
    app.unmountAll();
  });

  async function pick(user: ReturnType<typeof userEvent.setup>, query: string) {
    await user.keyboard("{Control>}k{/Control}");
    await user.type(await screen.findByRole("combobox", { name: /Find an action/ }), query);
    await user.keyboard("{Enter}");
  }

  it("lands a stage picked in the palette selected on the map, its inspector open, even when picked again", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop({}, aJourney().w);
    await pick(user, "stage sal");
    expect(await screen.findByRole("region", { name: "Stage SAL" })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/workshop/${app.workshop.id}/journey/sal`);

    // The room moves on to another stage; the same palette entry (same URL, no hashchange) still goes back.
    const mql = document.querySelector('.react-flow__node [data-stage="MQL"] .stage-node-name') as HTMLElement;
    fireEvent.click(mql);
    expect(await screen.findByRole("region", { name: "Stage MQL" })).toBeInTheDocument();
    await pick(user, "stage sal");
    expect(await screen.findByRole("region", { name: "Stage SAL" })).toBeInTheDocument();
    app.unmountAll();
  });

  it("opens a term picked in the palette on the Agree view", async () => {
    const user = userEvent.setup();
    const lead = expectOk(addTerm(aWorkshop(), { term: "Lead" }, () => "lead")).workshop;
    const workshop = expectOk(addTerm(lead, { term: "Fit" }, () => "fit")).workshop;
    const app = await openWorkshop({}, workshop);
    await pick(user, "term fit");
    expect(await screen.findByRole("heading", { level: 2, name: "Fit" })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/workshop/${app.workshop.id}/agreement/fit`);
    app.unmountAll();
  });

  it("finds a stage's term too, on Agree and on the Definitions board, not only its node on the map", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop({}, aJourney().w);
    await pick(user, "term sal");
    expect(await screen.findByRole("heading", { level: 2, name: "SAL" })).toBeInTheDocument();
    expect(window.location.hash).toBe(
      `#/workshop/${app.workshop.id}/agreement/${app.workshop.terms.find((t) => t.term === "SAL")?.id}`,
    );
    await pick(user, "definitions sal");
    const row = await screen.findByRole("region", { name: "SAL" });
    await waitFor(() => expect(row.contains(document.activeElement)).toBe(true));
    app.unmountAll();
  });

  it("puts a term in the spotlight from the palette, from any phase", async () => {
    const user = userEvent.setup();
    const lead = expectOk(addTerm(aWorkshop(), { term: "Lead" }, () => "lead")).workshop;
    const workshop = expectOk(addTerm(lead, { term: "Fit" }, () => "fit")).workshop;
    const app = await openWorkshop({}, workshop);
    await pick(user, "spotlight fit");
    expect(await screen.findByRole("dialog", { name: "Spotlight: Fit" })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/workshop/${app.workshop.id}/definitions/fit/spotlight`);
    app.unmountAll();
  });

  it("words the theme action by what it will do to the screen, and finds it by light or dark", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    // A light computer on "system": switching to light would change nothing, so the action offers dark.
    await pick(user, "dark");
    expect(useUiStore.getState().theme).toBe("dark");
    await user.keyboard("{Control>}k{/Control}");
    // From dark, the next look is light: the computer's own theme here.
    await user.type(await screen.findByRole("combobox", { name: /Find an action/ }), "light");
    expect(await screen.findByText("Switch to the computer's theme (light) · now dark")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    app.unmountAll();
  });

  it("lists the shortcuts on ?, but not while typing in a field, and closes on Esc", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    await user.type(screen.getByLabelText("Facilitator"), "Who?");
    expect(screen.queryByRole("dialog", { name: "Keyboard shortcuts" })).toBeNull();
    expect(screen.getByLabelText("Facilitator")).toHaveValue("Who?");
    await user.click(document.body);
    await user.keyboard("?");
    expect(await screen.findByRole("dialog", { name: "Keyboard shortcuts" })).toHaveTextContent("F5");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog", { name: "Keyboard shortcuts" })).toBeNull();
    app.unmountAll();
  });

  it("presents with F5, hiding the editing chrome, and returns with Esc", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    await user.keyboard("{F5}");
    await waitFor(() => expect(document.documentElement.dataset.presenting).toBe("true"));
    expect(useUiStore.getState().presenting).toBe(true);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(document.documentElement.dataset.presenting).toBe("false"));
    app.unmountAll();
  });

  it("answers the native menu's Present and Command palette items", async () => {
    const { host, press } = recordingHost();
    const app = await openWorkshop({ host });
    act(() => press("view.palette"));
    expect(await screen.findByRole("dialog", { name: "Command palette" })).toBeInTheDocument();
    act(() => useUiStore.getState().openOverlay("none"));
    act(() => press("view.present"));
    await waitFor(() => expect(document.documentElement.dataset.presenting).toBe("true"));
    act(() => press("view.present"));
    await waitFor(() => expect(document.documentElement.dataset.presenting).toBe("false"));
    app.unmountAll();
  });

  it("exports a backup with Ctrl+S even while typing in a field, in a browser as in Electron", async () => {
    const user = userEvent.setup();
    const { host, saved } = recordingHost();
    const app = await openWorkshop({ host });
    await user.click(screen.getByLabelText("Workshop title"));
    await user.keyboard("{Control>}s{/Control}");
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toMatch(/^Cockpit backup/);
    app.unmountAll();
  });

  it("tells the native menu what can run, so the rest are greyed out", async () => {
    const recording = recordingHost();
    const app = await openWorkshop({ host: recording.host });
    await waitFor(() => expect(recording.available).toContain("file.export-backup"));
    expect(recording.available).toEqual(expect.arrayContaining(["edit.undo", "go.journey", "view.present"]));
    expect(recording.available).not.toContain("agreement.timer");
    expect(recording.available).not.toContain("workshop.new");
    window.location.hash = `#/workshop/${app.workshop.id}/agreement`;
    await waitFor(() => expect(recording.available).toContain("agreement.timer"));
    window.location.hash = "#/";
    await waitFor(() => expect(recording.available).toEqual(expect.arrayContaining(["workshop.new", "file.import"])));
    expect(recording.available).not.toContain("edit.undo");
    app.unmountAll();
  });

  it("switches to the high-contrast theme and remembers the choice", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    await user.click(screen.getByRole("link", { name: "← Workshops" }));
    await user.click(await screen.findByRole("button", { name: "High contrast" }));
    expect(document.documentElement.dataset.contrast).toBe("high");
    expect(JSON.parse(localStorage.getItem("accord.ui") ?? "{}").state.highContrast).toBe(true);
    await user.selectOptions(screen.getByLabelText("Theme"), "dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    act(() => useUiStore.setState({ highContrast: false, theme: "system" }));
    app.unmountAll();
  });
});
