import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccordDatabase } from "../../renderer/storage/db";
import { connectPersistence, type Persistence } from "../../renderer/storage/persistence";
import { saveWorkshop } from "../../renderer/storage/repository";
import { useSaveStatus } from "../../renderer/store/save-status";
import { edit, openWorkshop, resetWorkshopStore, undo } from "../../renderer/store/workshop-store";
import { aReadyWorkshop } from "../charter/charter-builders";
import { aJourney } from "../shared/journey-builders";
import { checked, storedWorkshop, storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

/** One window with the ready workshop open, on a database of its own name, so another "window" can connect to it. */
async function aWindow() {
  resetWorkshopStore();
  const name = `accord-crash-${Math.random()}`;
  const db = new AccordDatabase(name);
  const workshop = checked(aReadyWorkshop());
  const revision = await saveWorkshop(db, workshop, "2026-12-02T10:00:00Z");
  const persistence = connectPersistence(db);
  openWorkshop(workshop);
  persistence.follow(workshop, revision);
  const term = workshop.terms[0]?.id as string;
  const team = workshop.teams[0]?.id as string;
  return { name, db, persistence, workshop, term, team };
}

/** The window dies: it writes nothing more, its lock goes (as a crashed tab's does); nothing is cleaned up. */
function crash(window: { db: AccordDatabase; persistence: Persistence }) {
  window.persistence.disconnect();
  window.db.close();
}

// Dexie's promises carry more than a Promise; a test's stand-in needs only to never settle, or to fail.
const neverSettles = (() => new Promise<never>(() => undefined)) as never;
const quota = (() => Promise.reject(Object.assign(new Error("quota"), { name: "QuotaExceededError" }))) as never;
/** An IndexedDB connection on a full disk: every transaction aborts, as a quota error does. */
function fullDisk() {
  return {
    transaction() {
      const tx = {
        onabort: null as null | (() => void),
        oncomplete: null as null | (() => void),
        objectStore: () => ({ put() {}, delete() {} }),
        commit: () => queueMicrotask(() => tx.onabort?.()),
      };
      return tx;
    },
  };
}

const definitionIn = async (db: AccordDatabase, id: string, term: string, team: string) =>
  (await storedWorkshop(db, id)).terms.find((t) => t.id === term)?.teamDefinitions[team];

describe("a crash between a keystroke and its document's write loses nothing", () => {
  it("writes each change ahead, in its own small record, and the document's write takes the record away", async () => {
    const w = await aWindow();
    edit("recordDefinition", w.term, w.team, "Typed and stored");
    await w.persistence.queue.settled();
    expect(await definitionIn(w.db, w.workshop.id, w.term, w.team)).toBe("Typed and stored");
    await waitFor(async () => expect(await w.db.unstored.count()).toBe(0));
    crash(w);
  });

  it("brings back, in the next window, a change whose document write never landed", async () => {
    const w = await aWindow();
    // The crash comes before the document's transaction commits: nothing of it lands, as IndexedDB promises.
    const stuck = vi.spyOn(w.db, "transaction").mockImplementation(neverSettles);
    edit("recordDefinition", w.term, w.team, "Typed a moment before the crash");
    await waitFor(async () => expect(await w.db.unstored.count()).toBe(1));
    crash(w);
    stuck.mockRestore();

    const next = new AccordDatabase(w.name);
    const window2 = connectPersistence(next);
    const recovered = await window2.recover(w.workshop.id);
    expect(recovered.restored).toBe(true);
    expect(await definitionIn(next, w.workshop.id, w.term, w.team)).toBe("Typed a moment before the crash");
    expect(await next.unstored.count()).toBe(0);
    window2.disconnect();
    next.close();
  });

  it("calls a change stored once its record is on disk, before the document's write, and it survives a crash then", async () => {
    const w = await aWindow();
    const stuck = vi.spyOn(w.db, "transaction").mockImplementation(neverSettles);
    edit("recordDefinition", w.term, w.team, "Shown as stored");
    expect(useSaveStatus.getState().status.state).toBe("saving");
    await waitFor(() => expect(useSaveStatus.getState().status.state).toBe("saved"));
    expect(w.persistence.queue.unsaved).not.toBeNull();
    expect(w.persistence.queue.hasUnsaved).toBe(false);
    crash(w);
    stuck.mockRestore();

    const next = new AccordDatabase(w.name);
    const window2 = connectPersistence(next);
    expect((await window2.recover(w.workshop.id)).restored).toBe(true);
    expect(await definitionIn(next, w.workshop.id, w.term, w.team)).toBe("Shown as stored");
    window2.disconnect();
    next.close();
  });

  it("records an edit made during a document's write again over that document, and only then calls it stored", async () => {
    const w = await aWindow();
    // The first document write is held in flight; every later one never lands (the window dies first).
    let release: () => void = () => undefined;
    const landed = new Promise<void>((r) => {
      release = r;
    });
    const transaction = w.db.transaction.bind(w.db) as (...args: unknown[]) => unknown;
    let writes = 0;
    vi.spyOn(w.db, "transaction").mockImplementation(((...args: unknown[]) => {
      writes += 1;
      if (writes > 1) return new Promise(() => undefined);
      return landed.then(() => transaction(...args));
    }) as never);
    try {
      edit("updateDetails", { facilitator: "Sam" });
      await waitFor(() => expect(writes).toBe(1));
      // Undone while "Sam" is being written: over the document stored before, nothing changed at all.
      undo();
      await new Promise((r) => setTimeout(r, 50));
      expect(useSaveStatus.getState().status.state).toBe("saving");
      release();
      await waitFor(() => expect(useSaveStatus.getState().status.state).toBe("saved"));
    } finally {
      crash(w);
      vi.restoreAllMocks();
    }

    const next = new AccordDatabase(w.name);
    const window2 = connectPersistence(next);
    await window2.recover(w.workshop.id);
    expect((await storedWorkshop(next, w.workshop.id)).details.facilitator).toBe(w.workshop.details.facilitator);
    window2.disconnect();
    next.close();
  });

  it("does not call a change stored while its record only reached localStorage", async () => {
    const w = await aWindow();
    vi.spyOn(w.db, "transaction").mockImplementation(neverSettles);
    vi.spyOn(w.db, "backendDB").mockReturnValue(fullDisk() as never);
    edit("recordDefinition", w.term, w.team, "Typed on a full disk");
    await waitFor(() => expect(Object.keys(localStorage).some((k) => k.startsWith("accord-unstored|"))).toBe(true));
    expect(useSaveStatus.getState().status.state).toBe("saving");
    expect(w.persistence.queue.hasUnsaved).toBe(true);
    crash(w);
    localStorage.clear();
  });

  it("leaves a running window's records alone: that window stores them itself", async () => {
    const w = await aWindow();
    vi.spyOn(w.db, "transaction").mockImplementation(neverSettles);
    edit("recordDefinition", w.term, w.team, "Still being stored by a live window");
    await waitFor(async () => expect(await w.db.unstored.count()).toBe(1));

    const other = new AccordDatabase(w.name);
    const window2 = connectPersistence(other);
    expect((await window2.recover(w.workshop.id)).restored).toBe(false);
    expect(await other.unstored.count()).toBe(1);
    window2.disconnect();
    other.close();
    crash(w);
  });

  it("keeps the changes in localStorage when the disk takes nothing at all, and brings them back from there", async () => {
    const w = await aWindow();
    vi.spyOn(w.db.documents, "put").mockImplementation(quota);
    vi.spyOn(w.db, "backendDB").mockReturnValue(fullDisk() as never);
    edit("recordDefinition", w.term, w.team, "Typed on a full disk");
    await waitFor(() => expect(Object.keys(localStorage).some((k) => k.startsWith("accord-unstored|"))).toBe(true));
    crash(w);

    const next = new AccordDatabase(w.name);
    const window2 = connectPersistence(next);
    await window2.recover(w.workshop.id);
    expect(await definitionIn(next, w.workshop.id, w.term, w.team)).toBe("Typed on a full disk");
    expect(Object.keys(localStorage).filter((k) => k.startsWith("accord-unstored|"))).toEqual([]);
    window2.disconnect();
    next.close();
  });
});

describe("a name typed and never kept with Enter survives a crash", () => {
  async function typeANameAndCrash(typed: string) {
    const user = userEvent.setup();
    const name = `accord-crash-app-${Math.random()}`;
    const app = renderApp({ db: new AccordDatabase(name) });
    const { w } = aJourney();
    await storeWorkshop(app.db, w);
    window.location.hash = `#/workshop/${w.id}/journey`;
    await screen.findByRole("toolbar", { name: "Journey" });
    const node = await waitFor(() => {
      const found = document.querySelector('.react-flow__node [data-stage="SAL"] .stage-node-name');
      if (!found) throw new Error("no SAL on the map");
      return found as HTMLElement;
    });
    node.click();
    const inspector = await screen.findByRole("region", { name: "Stage SAL" });
    const field = within(inspector).getByLabelText("Stage name");
    await user.clear(field);
    await user.type(field, typed);
    await waitFor(async () => expect((await app.db.unstored.toArray()).map((r) => r.kind)).toContain("draft"));
    crash(app);
    app.unmount();
    const again = renderApp({ db: new AccordDatabase(name), hash: `#/workshop/${w.id}/journey` });
    return { again, w };
  }

  it("offers it back on opening the workshop, and keeps it on Keep", async () => {
    const user = userEvent.setup();
    const { again, w } = await typeANameAndCrash("Sales accepted");
    const offer = await screen.findByText(/never kept with Enter/);
    const banner = offer.closest(".banner") as HTMLElement;
    expect(banner.textContent).toContain("The name of stage “SAL”: “Sales accepted”");
    await user.click(within(banner).getByRole("button", { name: "Keep" }));
    await waitFor(async () =>
      expect((await storedWorkshop(again.db, w.id)).stages.map((s) => s.name)).toContain("Sales accepted"),
    );
    await waitFor(async () => expect(await again.db.unstored.count()).toBe(0));
    expect(screen.queryByText(/never kept with Enter/)).toBeNull();
    again.unmountAll();
  });

  it("lets the facilitator discard it, and then it is gone for good", async () => {
    const user = userEvent.setup();
    const { again, w } = await typeANameAndCrash("A name I did not want");
    const banner = (await screen.findByText(/never kept with Enter/)).closest(".banner") as HTMLElement;
    await user.click(within(banner).getByRole("button", { name: "Discard" }));
    await waitFor(async () => expect(await again.db.unstored.count()).toBe(0));
    expect((await storedWorkshop(again.db, w.id)).stages.map((s) => s.name)).toContain("SAL");
    again.unmountAll();
  });
});

describe("closing Accord while the disk is full", () => {
  it("brings the unstored text back on the next start, and stores it once the disk allows", async () => {
    const user = userEvent.setup();
    const name = `accord-full-${Math.random()}`;
    const app = renderApp({ db: new AccordDatabase(name) });
    const workshop = aReadyWorkshop();
    await storeWorkshop(app.db, workshop);
    window.location.hash = `#/workshop/${workshop.id}`;
    vi.spyOn(app.db.documents, "put").mockImplementation(quota);
    await user.type(await screen.findByLabelText("Facilitator"), " and Jo");
    await screen.findByText(/The disk is full/);
    vi.spyOn(window, "confirm").mockReturnValue(true);
    app.unmountAll();
    app.db.close();

    const again = renderApp({ db: new AccordDatabase(name), hash: `#/workshop/${workshop.id}` });
    expect(await screen.findByLabelText("Facilitator")).toHaveValue("Zoë Müller and Jo");
    expect(screen.getByText(/was not stored yet: it is back in place/)).toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedWorkshop(again.db, workshop.id)).details.facilitator).toBe("Zoë Müller and Jo"),
    );
    again.unmountAll();
  });
});

describe("when bringing back fails", () => {
  it("opens the workshop all the same and says the typed text could not be brought back yet", async () => {
    const app = renderApp();
    const workshop = aReadyWorkshop();
    await storeWorkshop(app.db, workshop);
    vi.spyOn(app.persistence, "recover").mockRejectedValue(new Error("the database is busy"));
    window.location.hash = `#/workshop/${workshop.id}`;
    expect(await screen.findByLabelText("Facilitator")).toHaveValue("Zoë Müller");
    expect(screen.getByText(/could not be brought back yet: Error: the database is busy/)).toBeInTheDocument();
    app.unmountAll();
  });
});
