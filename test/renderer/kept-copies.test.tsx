import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CopyKeeper, lostWorkshops } from "../../renderer/storage/kept-copies";
import { bringBackCopy } from "../../renderer/storage/repository";
import { whenIdle } from "../../renderer/storage/when-idle";
import type { KeptCopiesLink } from "../../shared/kept-copies";
import { aWorkshop } from "../builders";
import { checked, storeWorkshop } from "../stored";
import { createAndGoHome, storedNow } from "./home-steps";
import { recordingHost, renderApp } from "./render-app";

/** A host that only notes which revision each copy it is sent carries. */
function revisionsWritten(): { link: KeptCopiesLink; written: number[] } {
  const written: number[] = [];
  const link: KeptCopiesLink = {
    put: async (copy) => void written.push(copy.revision),
    list: async () => [],
    read: async () => null,
    remove: async () => undefined,
  };
  return { link, written };
}

const textOf = (copies: Map<string, { text: string }>) => [...copies.values()].map((c) => c.text).join("");

describe("Accord's own copies, kept outside the browser's storage", () => {
  it("copies every stored workshop, and offers back what a browser that lost its storage no longer has", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    const first = renderApp({ host: recording.host, keepCopies: true });
    await createAndGoHome(user, "Kickoff with the SDR team");
    await first.keeper?.idle();
    expect(textOf(recording.copies)).toContain("Kickoff with the SDR team");
    expect(recording.copies.size).toBe(1);
    for (const [id, copy] of recording.copies) expect(copy.revision).toBe((await first.db.documents.get(id))?.revision);
    // Nothing is lost, so nothing is offered.
    expect(screen.queryByRole("heading", { name: "Workshops this browser lost" })).toBeNull();
    first.unmountAll();

    // The browser's storage comes back empty: a new database, the same host's copies.
    const second = renderApp({ host: recording.host, keepCopies: true });
    const offer = await screen.findByRole("region", { name: "Workshops this browser lost" });
    expect(within(offer).getByText("Kickoff with the SDR team")).toBeInTheDocument();
    // The list reads the storage on its own: it may still be loading when the offer shows.
    expect(await screen.findByText(/No workshops yet/)).toBeInTheDocument();
    await user.click(within(offer).getByRole("button", { name: "Bring it back" }));
    expect(await screen.findByRole("status")).toHaveTextContent("1 workshop brought back from Accord's own copy.");
    await user.click(await screen.findByRole("link", { name: "Kickoff with the SDR team" }));
    expect(await screen.findByLabelText("Workshop title")).toHaveValue("Kickoff with the SDR team");
    second.unmountAll();
  });

  it("copies what was stored before copies were kept, and forgets a workshop deleted for good", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    const app = renderApp({ host: recording.host });
    await storeWorkshop(app.db, aWorkshop({ title: "Stored by an earlier Accord" }));
    app.unmountAll();
    const again = renderApp({ host: recording.host, db: app.db, keepCopies: true });
    await waitFor(() => expect(textOf(recording.copies)).toContain("Stored by an earlier Accord"));

    window.confirm = () => true;
    const row = (await screen.findByText("Stored by an earlier Accord")).closest("li") as HTMLElement;
    await user.click(within(row).getByRole("button", { name: "Move Stored by an earlier Accord to the trash" }));
    await user.click(await screen.findByText(/Trash \(1\)/));
    await user.click(screen.getByRole("button", { name: "Delete Stored by an earlier Accord for good" }));
    await waitFor(() => expect(recording.copies.size).toBe(0));
    again.unmountAll();
  });

  it("lets the facilitator forget copies they do not want back", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    recording.copies.set("gone", {
      revision: 4,
      title: "Old pilot",
      text: JSON.stringify({ ...aWorkshop({ title: "Old pilot" }), id: "gone" }),
    });
    const app = renderApp({ host: recording.host, keepCopies: true });
    const offer = await screen.findByRole("region", { name: "Workshops this browser lost" });
    window.confirm = () => true;
    await user.click(within(offer).getByRole("button", { name: "Forget this copy" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Accord's copy of 1 workshop forgotten.");
    expect(recording.copies.size).toBe(0);
    app.unmountAll();
  });

  it("never offers a copy of a workshop the browser has, however its revisions compare, nor writes over it", async () => {
    const recording = recordingHost();
    const app = renderApp({ host: recording.host });
    // Imported again after a loss: stored afresh at revision 1, while the copy says 40.
    const stored = aWorkshop({ title: "Imported again" });
    await storeWorkshop(app.db, stored);
    recording.copies.set(stored.id, {
      revision: 40,
      title: "Before the loss",
      text: JSON.stringify({ ...stored, details: { ...stored.details, title: "Before the loss" } }),
    });
    app.unmountAll();
    const link = recording.host.keptCopies() as KeptCopiesLink;
    expect(await lostWorkshops(app.db, link)).toEqual([]);
    const copy = { id: stored.id, revision: 40 };
    expect(await bringBackCopy(app.db, link, copy, "2026-12-03T10:00:00Z")).toBe(false);
    const again = renderApp({ host: recording.host, db: app.db });
    expect(await screen.findByText("Imported again")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Workshops this browser lost" })).toBeNull();
    again.unmountAll();
  });

  it("writes a copy the host refused with the next change", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    recording.failing.puts = 1;
    const app = renderApp({ host: recording.host, keepCopies: true });
    await user.click(screen.getByRole("button", { name: "New workshop" }));
    const title = await screen.findByLabelText("Workshop title");
    await storedNow();
    await app.keeper?.idle();
    expect(recording.failing.puts).toBe(0);
    await user.clear(title);
    await user.type(title, "Second try");
    await waitFor(() => expect(textOf(recording.copies)).toContain("Second try"));
    app.unmountAll();
  });

  it("brings a workshop that was in the trash back into the trash", async () => {
    const user = userEvent.setup();
    const recording = recordingHost();
    const first = renderApp({ host: recording.host, keepCopies: true });
    await createAndGoHome(user, "Parked for later");
    await user.click(await screen.findByRole("button", { name: "Move Parked for later to the trash" }));
    await waitFor(() => expect([...recording.copies.values()][0]?.deletedAt).toMatch(/^\d{4}-/));
    first.unmountAll();

    const second = renderApp({ host: recording.host, keepCopies: true });
    const offer = await screen.findByRole("region", { name: "Workshops this browser lost" });
    expect(within(offer).getByText(/in the trash/)).toBeInTheDocument();
    await user.click(within(offer).getByRole("button", { name: "Bring it back" }));
    expect(await screen.findByText(/Trash \(1\)/)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Parked for later" })).toBeNull();
    second.unmountAll();
  });

  it("turns a workshop into its copy only once the page is idle, never in the task after the edit", async () => {
    const { link, written } = revisionsWritten();
    let idle = () => {};
    const quiet = () => new Promise<void>((resolve) => (idle = resolve));
    const keeper = new CopyKeeper(link, { load: async () => null, deletedAt: async () => null }, async () => {}, quiet);
    keeper.stored(checked(aWorkshop({ title: "Waits its turn" })), 2);
    // Several tasks later, the page still busy: nothing is copied yet.
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual([]);
    idle();
    await keeper.idle();
    expect(written).toEqual([2]);
  });

  it("waits for the browser's idle time, at most a second, and not at all in a hidden window", async () => {
    const asked: { timeout?: number }[] = [];
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: () => void, options: { timeout?: number }) => {
      asked.push(options);
      idle.push(callback);
      return idle.length;
    });
    try {
      let done = false;
      const waiting = whenIdle().then(() => (done = true));
      await new Promise((r) => setTimeout(r, 0));
      expect(done).toBe(false);
      expect(asked).toEqual([{ timeout: 1000 }]);
      idle[0]?.();
      await waiting;
      expect(done).toBe(true);

      const hidden = vi.spyOn(document, "hidden", "get").mockReturnValue(true);
      await whenIdle();
      expect(asked).toHaveLength(1);
      hidden.mockRestore();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("never copies an older revision over a newer one, however late it is told", async () => {
    const { link, written } = revisionsWritten();
    const keeper = new CopyKeeper(link, { load: async () => null, deletedAt: async () => null }, async () => {});
    const w = checked(aWorkshop({ title: "Ordered" }));
    keeper.stored(w, 5);
    keeper.stored(w, 3);
    await keeper.idle();
    keeper.stored(w, 4);
    keeper.stored(w, 6);
    await keeper.idle();
    expect(written).toEqual([5, 6]);
  });
});
