import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { duplicateStored, editStored } from "../../renderer/storage/repository";
import { formatWorkshopDate } from "../../renderer/ui/format";
import { serializeBackup } from "../../shared/backup/backup";
import { buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { FROM_FACILITATOR } from "../../shared/contract/intent";
import { call } from "../../shared/contract/operations";
import { aWorkshop, expectOk } from "../builders";
import { aSignedWorkshop, INFO } from "../charter/charter-builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { createAndGoHome } from "./home-steps";
import { recordingHost, renderApp } from "./render-app";

describe("home screen", () => {
  it("starts empty and says how to begin", async () => {
    const app = renderApp();
    expect(await screen.findByText(/No workshops yet/)).toBeInTheDocument();
    app.unmountAll();
  });

  it("is up before the browser says whether it keeps the stored workshops, and warns once it says it may not", async () => {
    let answer: (d: "best-effort") => void = () => {};
    const app = renderApp({ durability: new Promise((resolve) => (answer = resolve)) });
    expect(await screen.findByRole("button", { name: "New workshop" })).toBeInTheDocument();
    expect(screen.queryByText(/may clear stored data/)).not.toBeInTheDocument();
    answer("best-effort");
    expect(await screen.findByText(/may clear stored data when the disk runs low/)).toBeInTheDocument();
    app.unmountAll();
  });

  it("creates a workshop, opens it, and lists it with its details afterwards", async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await createAndGoHome(user, "Łódź kickoff");
    const row = (await screen.findByRole("link", { name: "Łódź kickoff" })).closest("li") as HTMLElement;
    expect(within(row).getByText(/Last edited/)).toBeInTheDocument();
    expect(row.textContent).toContain(formatWorkshopDate(new Date().toISOString().slice(0, 10)));
    const stored = await app.db.workshops.toArray();
    expect(stored.map((w) => w.title)).toEqual(["Łódź kickoff"]);
    app.unmountAll();
  });

  it("creates a workshop from a template, its journey mapped and a term for every stage", async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await user.click(await screen.findByRole("button", { name: "New from a template…" }));
    // jsdom's <dialog> is only partly there: its content counts as hidden to queries, so ask for hidden too.
    const cards = await screen.findAllByRole("button", { hidden: true });
    const waterfall = cards.find((b) => b.textContent?.startsWith("New workshop from Demand waterfall"));
    await user.click(waterfall as HTMLElement);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/workshop\/[^/]+\/journey$/));
    const [summary] = await app.db.workshops.toArray();
    const stored = await storedWorkshop(app.db, summary?.id ?? "");
    const names = stored?.stages.map((s) => s.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(["Inquiry", "MQL", "SAL", "SQL"]));
    expect(stored?.terms.filter((t) => t.stageId !== null)).toHaveLength(names.length);
    app.unmountAll();
  });

  it("renames, duplicates, deletes to the trash and restores", async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await storeWorkshop(app.db, aWorkshop({ title: "Q3 alignment" }), "2026-11-20T10:00:00Z");

    await user.click(await screen.findByRole("button", { name: "Rename Q3 alignment" }));
    const input = screen.getByLabelText("New title for Q3 alignment");
    await user.clear(input);
    await user.type(input, "Q4 alignment{Enter}");
    expect(await screen.findByRole("link", { name: "Q4 alignment" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Duplicate Q4 alignment" }));
    expect(await screen.findByRole("link", { name: "Q4 alignment (copy)" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Move Q4 alignment (copy) to the trash" }));
    await waitFor(() => expect(screen.queryByRole("link", { name: "Q4 alignment (copy)" })).toBeNull());
    expect(screen.getByText(/Trash \(1\)/)).toBeInTheDocument();

    await user.click(screen.getByText(/Trash \(1\)/));
    await user.click(screen.getByRole("button", { name: "Restore Q4 alignment (copy)" }));
    expect(await screen.findByRole("link", { name: "Q4 alignment (copy)" })).toBeInTheDocument();
    expect(screen.queryByText(/Trash \(/)).toBeNull();
    app.unmountAll();
  });

  it("deletes a workshop for good from the trash only after confirming", async () => {
    const user = userEvent.setup();
    const app = renderApp();
    const w = aWorkshop({ title: "Old session" });
    await storeWorkshop(app.db, w, "2026-11-20T10:00:00Z");
    await user.click(await screen.findByRole("button", { name: "Move Old session to the trash" }));
    await user.click(await screen.findByText(/Trash \(1\)/));

    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false);
    await user.click(screen.getByRole("button", { name: "Delete Old session for good" }));
    expect(await app.db.documents.get(w.id)).toBeDefined();

    confirm.mockReturnValueOnce(true);
    await user.click(screen.getByRole("button", { name: "Delete Old session for good" }));
    await waitFor(async () => expect(await app.db.documents.get(w.id)).toBeUndefined());
    expect(await app.db.workshops.count()).toBe(0);
    confirm.mockRestore();
    app.unmountAll();
  });

  it("imports a backup, and importing it again keeps both copies", async () => {
    const user = userEvent.setup();
    const text = serializeBackup(aWorkshop({ title: "São Paulo offsite" }), {
      appVersion: "0.1.0",
      exportedAt: "2026-11-22T14:05:00Z",
    });
    const { host } = recordingHost([
      { name: "sp.json", text },
      { name: "sp.json", text },
    ]);
    const app = renderApp({ host });
    await user.click(await screen.findByRole("button", { name: "Import backup…" }));
    expect(await screen.findByText("Checking “sp.json” before anything changes…")).toBeInTheDocument();
    expect(await screen.findByText(/Imported “São Paulo offsite” from sp.json/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Import backup…" }));
    await waitFor(() => expect(screen.getAllByRole("link", { name: /São Paulo offsite/ })).toHaveLength(2));
    for (const link of screen.getAllByRole("link", { name: /São Paulo offsite/ })) {
      expect(link.closest("li")).toHaveTextContent(/Version 1 · not signed · imported from sp\.json on /);
    }
    // Editing an imported workshop keeps where it came from; a duplicate of it was not imported.
    const [first] = await app.db.workshops.toArray();
    const id = first?.id ?? "";
    await editStored(
      app.db,
      id,
      call("updateDetails", { title: "São Paulo offsite, day 2" }),
      FROM_FACILITATOR,
      "2026-11-23T09:00:00Z",
    );
    expect((await app.db.workshops.get(id))?.importedFrom?.file).toBe("sp.json");
    const copy = await duplicateStored(app.db, id, "2026-11-23T09:05:00Z");
    expect((await app.db.workshops.get(copy?.id ?? ""))?.importedFrom ?? null).toBeNull();
    app.unmountAll();
  });

  it("refuses a broken backup with a message naming the file and the problem, storing nothing", async () => {
    const user = userEvent.setup();
    const { host } = recordingHost([{ name: "broken.json", text: '{"format": "accord.workshop", ' }]);
    const app = renderApp({ host });
    await user.click(await screen.findByRole("button", { name: "Import backup…" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/broken\.json/);
    expect(alert.textContent).toMatch(/line 1/i);
    expect(await app.db.workshops.count()).toBe(0);
    app.unmountAll();
  });

  describe("charters", () => {
    const aSignedCharterText = async () =>
      serializeCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO)));
    /** One word changed after signing: still a valid charter, no longer the one that was signed. */
    const tampered = (text: string) => text.replaceAll("A lead that fits the profile", "A lead that paid");

    it("imports a signed charter as a new workshop that opens signed and locked", async () => {
      const user = userEvent.setup();
      const { host } = recordingHost([{ name: "acme.charter.json", text: await aSignedCharterText() }]);
      const app = renderApp({ host });
      await user.click(await screen.findByRole("button", { name: "Import backup…" }));
      expect(
        await screen.findByText(
          /Imported the charter “Acme Revenue Alignment Charter”, version 1, from acme.charter.json/,
        ),
      ).toBeInTheDocument();
      const [summary] = await app.db.workshops.toArray();
      expect((await storedWorkshop(app.db, summary?.id ?? "")).signOff.signatures).toHaveLength(2);
      // The list tells this signed, imported copy from an original: its version, its signatures, its file.
      const row = screen.getByRole("link", { name: "Acme Revenue Alignment Charter" }).closest("li") as HTMLElement;
      expect(row).toHaveTextContent(/Version 1 · 2 signatures · imported from acme\.charter\.json on /);
      await user.click(screen.getByRole("link", { name: "Acme Revenue Alignment Charter" }));
      const phases = await screen.findByRole("navigation", { name: "Workshop phases" });
      await user.click(within(phases).getByRole("link", { name: /Sign off/ }));
      expect(await screen.findByRole("heading", { name: /LOCKED · Version 1 is signed/ })).toBeInTheDocument();
      app.unmountAll();
    });

    it("opens a tampered charter to read, loudly not intact, and stores nothing unless asked", async () => {
      const user = userEvent.setup();
      const { host } = recordingHost([{ name: "edited.json", text: tampered(await aSignedCharterText()) }]);
      const app = renderApp({ host });
      await user.click(await screen.findByRole("button", { name: "Import backup…" }));
      const reader = await screen.findByRole("article", { name: /Acme Revenue Alignment Charter, version 1/ });
      const alarm = within(reader).getByRole("alert");
      expect(alarm).toHaveTextContent("NOT INTACT");
      expect(alarm).toHaveTextContent("$.signOff.contentHash");
      expect(within(reader).getAllByText("A lead that paid and showed intent.").length).toBeGreaterThan(0);
      expect(await app.db.workshops.count()).toBe(0);

      await user.click(within(reader).getByRole("button", { name: "Start an unsigned draft from it" }));
      expect(await screen.findByText(/Imported an unsigned draft from the charter/)).toBeInTheDocument();
      const [summary] = await app.db.workshops.toArray();
      expect((await storedWorkshop(app.db, summary?.id ?? "")).signOff.signatures).toEqual([]);
      app.unmountAll();
    });

    it("refuses an invalid charter with one message naming the problem and its JSON path", async () => {
      const user = userEvent.setup();
      const broken = JSON.parse(await aSignedCharterText());
      broken.charter.stages[0].kind = "phase";
      const { host } = recordingHost([{ name: "bad.json", text: JSON.stringify(broken) }]);
      const app = renderApp({ host });
      await user.click(await screen.findByRole("button", { name: "Import backup…" }));
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toMatch(/bad\.json: \$\.charter\.stages\[0\]\.kind/);
      expect(await app.db.workshops.count()).toBe(0);
      app.unmountAll();
    });

    it("imports a charter dropped onto the window", async () => {
      const app = renderApp();
      await screen.findByRole("heading", { name: "Workshops" });
      const file = new File([await aSignedCharterText()], "dropped.charter.json", { type: "application/json" });
      const dataTransfer = { types: ["Files"], files: [file], dropEffect: "none" };
      fireEvent.dragOver(window, { dataTransfer });
      expect(await screen.findByText("Drop the file to import it.")).toBeInTheDocument();
      fireEvent.drop(window, { dataTransfer });
      expect(await screen.findByText(/from dropped\.charter\.json/)).toBeInTheDocument();
      expect(await screen.findByRole("link", { name: "Acme Revenue Alignment Charter" })).toBeInTheDocument();
      app.unmountAll();
    });
  });
});
