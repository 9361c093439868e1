import { AccordDatabase } from "../../renderer/storage/db";
import { connectPersistence } from "../../renderer/storage/persistence";
import { loadWorkshop, saveWorkshop } from "../../renderer/storage/repository";
import { useSaveStatus } from "../../renderer/store/save-status";
import {
  closeWorkshop,
  edit,
  openWorkshop,
  redo,
  resetWorkshopStore,
  undo,
  useWorkshopStore,
} from "../../renderer/store/workshop-store";
import { call, commit, FROM_FACILITATOR } from "../../shared/contract";
import { aReadyWorkshop } from "../charter/charter-builders";
import { checked, storedWorkshop } from "../stored";

/** This window (the store and its persistence) and "another window": a second connection writing the same workshop. */
async function twoWindows() {
  resetWorkshopStore();
  const name = `accord-windows-${Math.random()}`;
  const db = new AccordDatabase(name);
  const other = new AccordDatabase(name);
  const first = checked(aReadyWorkshop());
  const revision = await saveWorkshop(db, first, "2026-11-22T10:00:00Z");
  const persistence = connectPersistence(db);
  openWorkshop(first);
  persistence.follow(first, revision);
  /** The other window edits what it last read and stores it, as its own persistence would. */
  const otherWindowEdits = async (change: Parameters<typeof commit>[1]) => {
    const loaded = await loadWorkshop(other, first.id);
    if (loaded.state !== "ready") throw new Error("the other window cannot read it");
    const result = commit(loaded.workshop, change, FROM_FACILITATOR);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    await saveWorkshop(other, result.document, "2026-11-22T10:05:00Z", loaded.revision);
  };
  const stored = () => storedWorkshop(db, first.id);
  const done = () => {
    persistence.disconnect();
    db.close();
    other.close();
  };
  return { db, persistence, first, otherWindowEdits, stored, done };
}

const doc = () => useWorkshopStore.getState().workshop;
const lead = () => doc()?.terms.find((t) => t.id === "t-lead");

describe("undo and redo before the document is written", () => {
  it("stores what is on screen after undoing back past the stored document and redoing to it", async () => {
    const w = await twoWindows();
    edit("updateDetails", { facilitator: "Zoë and Sam" });
    edit("updateDetails", { organization: "Müller & Søn Ltd" });
    await w.persistence.queue.settled();
    // Each of these is stored as a record at once; the document waits for an idle moment.
    undo();
    undo();
    redo();
    redo();
    await w.persistence.queue.settled();
    const stored = await w.stored();
    expect(stored.details.facilitator).toBe("Zoë and Sam");
    expect(stored.details.organization).toBe("Müller & Søn Ltd");
    w.done();
  });
});

describe("a window closing before an idle moment", () => {
  it("writes the document when the page is hidden, not at an idle moment it may never get", async () => {
    const w = await twoWindows();
    // No idle moment ever comes.
    vi.stubGlobal("requestIdleCallback", () => 0);
    try {
      edit("updateDetails", { facilitator: "Typed as the window closed" });
      await new Promise((r) => setTimeout(r, 50));
      expect((await w.stored()).details.facilitator).not.toBe("Typed as the window closed");
      window.dispatchEvent(new Event("pagehide"));
      await w.persistence.queue.settled();
      expect((await w.stored()).details.facilitator).toBe("Typed as the window closed");
    } finally {
      vi.unstubAllGlobals();
      w.done();
    }
  });
});

describe("two windows on one workshop never overwrite each other", () => {
  it("a window that is not editing follows what another window stores", async () => {
    const w = await twoWindows();
    await w.otherWindowEdits(call("updateDetails", { facilitator: "Written in the other window" }));
    await vi.waitFor(() => expect(doc()?.details.facilitator).toBe("Written in the other window"));
    w.done();
  });

  it("an edit here after another window stored keeps both: this window's change is joined onto theirs", async () => {
    const w = await twoWindows();
    const team = w.first.teams[0]?.id as string;
    // Both windows start from the same revision; the other one stores first.
    w.persistence.unfollow();
    await w.otherWindowEdits(call("updateDetails", { title: "Title from the other window" }));
    edit("recordDefinition", "t-lead", team, "Typed in this window");
    await w.persistence.queue.settled();
    const stored = await w.stored();
    expect(stored.details.title).toBe("Title from the other window");
    expect(stored.terms.find((t) => t.id === "t-lead")?.teamDefinitions[team]).toBe("Typed in this window");
    expect(doc()?.details.title).toBe("Title from the other window");
    expect(lead()?.teamDefinitions[team]).toBe("Typed in this window");
    expect(useSaveStatus.getState().status.state).toBe("saved");
    w.done();
  });

  it("an edit not yet written when the facilitator left the workshop is still joined onto another window's", async () => {
    const w = await twoWindows();
    const team = w.first.teams[0]?.id as string;
    w.persistence.unfollow();
    await w.otherWindowEdits(call("updateDetails", { title: "Title from the other window" }));
    edit("recordDefinition", "t-lead", team, "Typed just before going back to the list");
    closeWorkshop();
    await w.persistence.queue.settled();
    const stored = await w.stored();
    expect(stored.details.title).toBe("Title from the other window");
    expect(stored.terms.find((t) => t.id === "t-lead")?.teamDefinitions[team]).toBe(
      "Typed just before going back to the list",
    );
    expect(useSaveStatus.getState().status.state).toBe("saved");
    w.done();
  });

  it("changes that cannot both stand are not dropped: this window keeps its version until the facilitator decides", async () => {
    const w = await twoWindows();
    const team = w.first.teams[0]?.id as string;
    w.persistence.unfollow();
    // The other window removes the free term this window is typing into.
    await w.otherWindowEdits(call("removeTerm", "t-lead"));
    edit("recordDefinition", "t-lead", team, "Words that must not be lost");
    await w.persistence.queue.settled();
    const status = useSaveStatus.getState().status;
    expect(status).toMatchObject({ state: "error", otherWindow: true });
    expect(status.state === "error" && status.message).toMatch(/Another window changed this workshop too/);
    expect(lead()?.teamDefinitions[team]).toBe("Words that must not be lost");
    expect((await w.stored()).terms.some((t) => t.id === "t-lead")).toBe(false);

    await w.persistence.keepThisVersion();
    await w.persistence.queue.settled();
    expect((await w.stored()).terms.find((t) => t.id === "t-lead")?.teamDefinitions[team]).toBe(
      "Words that must not be lost",
    );
    expect(useSaveStatus.getState().status.state).toBe("saved");
    w.done();
  });

  it("a removal here of what another window changed meanwhile is not joined either: their words are not deleted unseen", async () => {
    const w = await twoWindows();
    const team = w.first.teams[0]?.id as string;
    w.persistence.unfollow();
    await w.otherWindowEdits(call("recordDefinition", "t-lead", team, "Words the other window typed"));
    edit("removeTerm", "t-lead");
    await w.persistence.queue.settled();
    expect(useSaveStatus.getState().status).toMatchObject({ state: "error", otherWindow: true });
    expect((await w.stored()).terms.find((t) => t.id === "t-lead")?.teamDefinitions[team]).toBe(
      "Words the other window typed",
    );
    w.done();
  });
});
