import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { saveWorkshop } from "../../renderer/storage/repository";
import { formatWorkshopDate } from "../../renderer/ui/format";
import { serializeBackup } from "../../shared/backup/backup";
import { aWorkshop } from "../builders";
import { recordingHost, renderApp } from "./render-app";

async function createAndGoHome(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole("button", { name: "New workshop" }));
  const titleInput = await screen.findByLabelText("Workshop title");
  await user.clear(titleInput);
  await user.type(titleInput, title);
  await waitFor(() => expect(screen.getByText("All changes stored")).toBeInTheDocument());
  await user.click(screen.getByRole("link", { name: "← Workshops" }));
  await screen.findByRole("heading", { name: "Workshops" });
}

describe("home screen", () => {
  it("starts empty and says how to begin", async () => {
    const app = renderApp();
    expect(await screen.findByText(/No workshops yet/)).toBeInTheDocument();
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

  it("renames, duplicates, deletes to the trash and restores", async () => {
    const user = userEvent.setup();
    const app = renderApp();
    await saveWorkshop(app.db, aWorkshop({ title: "Q3 alignment" }), "2026-11-20T10:00:00Z");

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
    await saveWorkshop(app.db, w, "2026-11-20T10:00:00Z");
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
    expect(await screen.findByText(/Imported “São Paulo offsite” from sp.json/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Import backup…" }));
    await waitFor(() => expect(screen.getAllByRole("link", { name: /São Paulo offsite/ })).toHaveLength(2));
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
});
