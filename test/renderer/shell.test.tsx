import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SaveStatusIndicator, STORING_SHOWN_AFTER_MS } from "../../renderer/features/shell/SaveStatus";
import type { AccordDatabase } from "../../renderer/storage/db";
import { setSaveStatus } from "../../renderer/store/save-status";
import { aWorkshop } from "../builders";
import { aSignedWorkshop } from "../charter/charter-builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

async function openWorkshop(title = "Acme alignment", options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp(options);
  const workshop = aWorkshop({ title, organization: "" });
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}`;
  await screen.findByLabelText("Workshop title");
  return { ...app, workshop };
}

/** Every document write fails as on a full disk, until the test puts `put` back. */
function fillTheDisk(app: { db: AccordDatabase }) {
  const put = app.db.documents.put.bind(app.db.documents);
  const full = vi
    .spyOn(app.db.documents, "put")
    .mockRejectedValue(Object.assign(new Error("quota"), { name: "QuotaExceededError" }));
  return { full, put };
}

const stored = async (app: Awaited<ReturnType<typeof openWorkshop>>) => storedWorkshop(app.db, app.workshop.id);

describe("the workshop shell", () => {
  it("stores every edit at once, with no save button", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    await user.type(screen.getByLabelText("Organisation"), "Müller GmbH");
    await waitFor(async () => expect((await stored(app))?.details.organization).toBe("Müller GmbH"));
    expect(screen.getByText("All changes stored")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^save$/i })).toBeNull();
    const summary = await app.db.workshops.get(app.workshop.id);
    expect(summary?.updatedAt ?? "").toMatch(/^\d{4}-/);
    expect((summary?.updatedAt ?? "") > "2026-11-20T10:00:00Z").toBe(true);
    app.unmountAll();
  });

  it("undoes a burst of typing in one step with Ctrl+Z, and redoes it with Ctrl+Shift+Z", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    const facilitator = screen.getByLabelText("Facilitator");
    await user.type(facilitator, "Jo Ærø");
    await user.keyboard("{Control>}z{/Control}");
    expect(facilitator).toHaveValue("");
    await waitFor(async () => expect((await stored(app))?.details.facilitator).toBe(""));
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(facilitator).toHaveValue("Jo Ærø");
    await waitFor(async () => expect((await stored(app))?.details.facilitator).toBe("Jo Ærø"));
    app.unmountAll();
  });

  it("keeps separate fields as separate undo steps, and the Edit menu undoes too", async () => {
    const user = userEvent.setup();
    const { host, press } = recordingHost();
    const app = await openWorkshop("Acme", { host });
    await user.type(screen.getByLabelText("Organisation"), "Acme");
    await user.type(screen.getByLabelText("Facilitator"), "Sam");
    press("edit.undo");
    await waitFor(() => expect(screen.getByLabelText("Facilitator")).toHaveValue(""));
    expect(screen.getByLabelText("Organisation")).toHaveValue("Acme");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByLabelText("Organisation")).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(screen.getByLabelText("Organisation")).toHaveValue("Acme");
    app.unmountAll();
  });

  it("shows why an edit was refused and changes nothing", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    await user.click(screen.getByRole("button", { name: "Remove Marketing" }));
    expect(await screen.findByText(/at least 2 teams, so Marketing cannot be removed/)).toBeInTheDocument();
    expect(screen.getByLabelText("Name of team 1")).toHaveValue("Marketing");
    app.unmountAll();
  });

  it("adds people from a pasted list and keeps the lines it could not read", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    const box = screen.getByLabelText(/Paste a list/);
    fireEvent.change(box, { target: { value: "Ana Müller, CMO, Marketing, yes\nCy, SDR, Slaes" } });
    await user.click(screen.getByRole("button", { name: "Add these people" }));
    expect(screen.getByLabelText("Name of Ana Müller")).toHaveValue("Ana Müller");
    expect(screen.getByLabelText("Ana Müller signs the charter")).toBeChecked();
    expect(screen.getByRole("alert").textContent).toMatch(/Line 2 \(Cy\) has team "Slaes"/);
    expect(box).toHaveValue("Cy, SDR, Slaes");
    await waitFor(async () => expect((await stored(app))?.participants).toHaveLength(1));
    app.unmountAll();
  });

  it("says Storing… only for a write that runs long, so a quick write does not flicker on every keystroke", () => {
    vi.useFakeTimers();
    try {
      render(<SaveStatusIndicator />);
      const indicator = screen.getByRole("status");
      act(() => setSaveStatus({ state: "saving" }));
      expect(indicator).toHaveAttribute("data-save-state", "saving");
      expect(indicator).toHaveTextContent("All changes stored");
      act(() => vi.advanceTimersByTime(STORING_SHOWN_AFTER_MS - 1));
      expect(indicator).toHaveTextContent("All changes stored");
      act(() => vi.advanceTimersByTime(1));
      expect(indicator).toHaveTextContent("Storing…");
      act(() => setSaveStatus({ state: "saved", at: "2026-12-04T10:00:00Z" }));
      expect(indicator).toHaveTextContent("All changes stored");
      expect(indicator).toHaveAttribute("data-saved-at", "2026-12-04T10:00:00Z");
      // A quick write after a slow one is calm again; a failure is said at once.
      act(() => setSaveStatus({ state: "saving" }));
      expect(indicator).toHaveTextContent("All changes stored");
      act(() => setSaveStatus({ state: "error", message: "The disk is full." }));
      expect(indicator).toHaveTextContent("Not stored");
    } finally {
      act(() => setSaveStatus({ state: "saved", at: null }));
      vi.useRealTimers();
    }
  });

  it("shows a full disk to the user, keeps the typed text, and stores it on retry", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    const { full, put } = fillTheDisk(app);
    await user.type(screen.getByLabelText("Organisation"), "Acme");
    expect(await screen.findByText(/The disk is full/)).toBeInTheDocument();
    expect(screen.getByText("Not stored")).toBeInTheDocument();
    expect(screen.getByLabelText("Organisation")).toHaveValue("Acme");
    expect((await stored(app))?.details.organization).toBe("");

    full.mockImplementation(put);
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(async () => expect((await stored(app))?.details.organization).toBe("Acme"));
    expect(screen.queryByText(/The disk is full/)).toBeNull();
    app.unmountAll();
  });

  it("asks before leaving while a change is not stored, keeps it in the window, and brings it back on return", async () => {
    const user = userEvent.setup();
    const app = await openWorkshop();
    const { full, put } = fillTheDisk(app);
    await user.type(screen.getByLabelText("Organisation"), "Typed while the disk was full");
    await screen.findByText(/The disk is full/);

    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    await user.click(screen.getByRole("link", { name: "← Workshops" }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/not stored yet/));
    expect(screen.getByLabelText("Organisation")).toHaveValue("Typed while the disk was full");
    const unload = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole("link", { name: "← Workshops" }));
    await screen.findByRole("heading", { name: "Workshops" });
    await user.click(await screen.findByRole("link", { name: "Acme alignment" }));
    expect(await screen.findByLabelText("Organisation")).toHaveValue("Typed while the disk was full");
    expect(screen.getByText(/Changes you made here earlier are not stored yet/)).toBeInTheDocument();
    expect((await stored(app)).details.organization).toBe("");

    // The next keystroke builds on the kept text, never on the older stored one.
    full.mockImplementation(put);
    await user.type(screen.getByLabelText("Organisation"), "!");
    await waitFor(async () => expect((await stored(app)).details.organization).toBe("Typed while the disk was full!"));
    await waitFor(() => expect(screen.queryByText(/Changes you made here earlier are not stored yet/)).toBeNull());
    // Gone for good: the next write's "storing" does not bring it back.
    const banners: string[] = [];
    const watching = new MutationObserver(() => {
      if (document.body.textContent?.includes("Changes you made here earlier")) banners.push("shown");
    });
    watching.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.type(screen.getByLabelText("Organisation"), "?");
    await waitFor(async () => expect((await stored(app)).details.organization).toBe("Typed while the disk was full!?"));
    watching.disconnect();
    expect(banners).toEqual([]);
    confirm.mockRestore();
    app.unmountAll();
  });

  it("exports a backup through the host with a readable file name", async () => {
    const user = userEvent.setup();
    const { host, saved } = recordingHost();
    const app = await openWorkshop("Łódź: Q1/Q2", { host });
    await user.click(screen.getByRole("button", { name: "Export backup…" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toMatch(/^Łódź Q1Q2 backup \d{4}-\d{2}-\d{2}\.accord\.json$/);
    expect(JSON.parse(String(saved[0]?.contents)).workshop.details.title).toBe("Łódź: Q1/Q2");
    app.unmountAll();
  });

  it("shows a signed, locked version as locked on every screen, with the way to the next version", async () => {
    const app = renderApp();
    const signed = await aSignedWorkshop();
    await storeWorkshop(app.db, signed, "2026-11-20T10:00:00Z");
    window.location.hash = `#/workshop/${signed.id}/setup`;
    expect(await screen.findByText("Version 1 is signed and locked.")).toBeInTheDocument();
    const line = screen.getByText("Version 1 is signed and locked.").closest("p") as HTMLElement;
    // One line of text with a link in it, not a banner with a button: it stays on every phase.
    expect(line).toHaveTextContent("Version 1 is signed and locked. To change it, start version 2 on Sign off.");
    expect(within(line).getByRole("link", { name: "Sign off" })).toHaveAttribute(
      "href",
      `#/workshop/${signed.id}/signoff`,
    );
    expect(within(line).queryByRole("button")).toBeNull();
    window.location.hash = `#/workshop/${signed.id}/signoff`;
    await waitFor(() => expect(line).toHaveTextContent("To change it, start version 2 below."));
    expect(within(line).queryByRole("link")).toBeNull();
    app.unmountAll();
  });

  it("does not call an unsigned workshop locked", async () => {
    const app = await openWorkshop();
    expect(screen.queryByText(/is signed and locked/)).toBeNull();
    app.unmountAll();
  });

  it("says so when the workshop is not on this computer", async () => {
    const app = renderApp();
    window.location.hash = "#/workshop/gone";
    expect(await screen.findByText(/not on this computer/)).toBeInTheDocument();
    app.unmountAll();
  });
});
