import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Dexie from "dexie";
import { AccordDatabase } from "../../renderer/storage/db";
import { listTrash, listWorkshops, loadWorkshop, readStored } from "../../renderer/storage/repository";
import { readProblem } from "../../renderer/storage/summary";
import { CHARTER_FORMAT_MINOR } from "../../shared/charter/format";
import { currentHash, isLocked } from "../../shared/signoff/lock";
import { signOffStatus } from "../../shared/signoff/status";
import { SCHEMA_VERSION } from "../../shared/workshop/model";
import { recordingHost, renderApp } from "./render-app";

interface Row {
  summary: Record<string, unknown> & { id: string };
  document: { id: string; workshop: Record<string, unknown> };
}

/** Three workshops exactly as the release before this one (Dexie version 1, workshop schema 1) stored them. */
const RELEASED = JSON.parse(readFileSync(resolve("test/fixtures/accord-db-v1.json"), "utf8")) as {
  rows: Row[];
};

/** Made by "a newer Accord": kept, listed with the reason, never dropped. */
const FROM_THE_FUTURE = {
  summary: {
    id: "w-future",
    title: "Planning 2030",
    organization: "Acme",
    date: "2030-01-01",
    updatedAt: "2026-11-30T10:00:00.000Z",
    deletedAt: null,
  },
  document: { id: "w-future", workshop: { schemaVersion: 9, id: "w-future", details: { title: "Planning 2030" } } },
};

/** The database as version 1 of the app declared it: released declarations are never edited, so this is it. */
async function writeReleasedDatabase(name: string, rows: Row[], orphans: Row["document"][] = []) {
  const old = new Dexie(name);
  old.version(1).stores({ workshops: "id, updatedAt", documents: "id" });
  await old.open();
  await old.table("workshops").bulkPut(rows.map((r) => r.summary));
  await old.table("documents").bulkPut([...rows.map((r) => r.document), ...orphans]);
  old.close();
}

describe("a database written by the previous release, opened by this one", () => {
  it("finds every workshop intact: listed, opened, upgraded in memory, signatures still on their content", async () => {
    const name = `accord-upgrade-${Math.random()}`;
    await writeReleasedDatabase(name, RELEASED.rows);
    const db = new AccordDatabase(name);

    const listed = [...(await listWorkshops(db)), ...(await listTrash(db))];
    expect(listed.map((s) => [s.id, s.problem])).toEqual(
      expect.arrayContaining([
        ["w-signed", null],
        ["w-voting", null],
        ["w-half", null],
      ]),
    );
    expect((await listTrash(db)).map((s) => s.id)).toEqual(["w-signed"]);

    for (const row of RELEASED.rows) {
      const loaded = await loadWorkshop(db, row.summary.id);
      if (loaded.state !== "ready") throw new Error(`${row.summary.id} did not open: ${JSON.stringify(loaded)}`);
      const { workshop } = loaded;
      expect(workshop.schemaVersion).toBe(SCHEMA_VERSION);
      // Everything the release stored is still there, as it was, apart from what the upgrade adds.
      const stored = row.document.workshop as {
        details: unknown;
        signOff: { signatures: unknown[] };
        terms: { consensus: { votes: object[] } }[];
      };
      expect(workshop.details).toEqual(stored.details);
      expect(workshop.terms.map((t) => t.consensus.votes)).toEqual(
        stored.terms.map((t) => t.consensus.votes.map((v) => ({ ...v, participantId: null }))),
      );
      // A workshop that holds a signature keeps writing the charter format it was signed in (1.0); one
      // nobody signed writes the newest. Neither gains a calendar or CRM rules it never had.
      const minor = stored.signOff.signatures.length > 0 ? 0 : CHARTER_FORMAT_MINOR;
      expect(workshop.signOff).toEqual({ ...stored.signOff, charterFormatMinor: minor });
      expect(workshop.slaCalendar).toBeNull();
      expect(workshop.crmRules).toBeNull();
    }
    // So the signed workshop's charter hashes as it did when it was signed.
    const signedNow = await loadWorkshop(db, "w-signed");
    if (signedNow.state === "ready") {
      const [first] = signedNow.workshop.signOff.signatures;
      expect(currentHash(signedNow.workshop)).toBe(first?.contentHash);
    }
    const signed = await loadWorkshop(db, "w-signed");
    expect(signed.state === "ready" && isLocked(signed.workshop)).toBe(true);
    const half = await loadWorkshop(db, "w-half");
    expect(half.state === "ready" && signOffStatus(half.workshop).signed).toBe(1);
    const voting = await loadWorkshop(db, "w-voting");
    expect(voting.state === "ready" && voting.workshop.terms.flatMap((t) => t.consensus.votes)).toHaveLength(3);
    // Stored documents are upgraded when they next change, never by the database upgrade itself.
    expect((await db.documents.get("w-voting"))?.workshop).toEqual(RELEASED.rows[1]?.document.workshop);
    // Each document starts counting its writes, so windows can tell whose change came first.
    expect((await db.documents.toArray()).map((d) => d.revision)).toEqual([1, 1, 1]);
    db.close();
  });

  it("keeps a document it cannot read exactly as stored, lists it with the reason, and lists a document that lost its summary", async () => {
    const name = `accord-upgrade-${Math.random()}`;
    const orphan = { id: "w-orphan", workshop: { ...RELEASED.rows[2]?.document.workshop, id: "w-orphan" } };
    await writeReleasedDatabase(name, [...RELEASED.rows, FROM_THE_FUTURE], [orphan]);
    const db = new AccordDatabase(name);

    const listed = await listWorkshops(db);
    const future = listed.find((s) => s.id === "w-future");
    expect(future?.problem).toBe(
      `The stored workshop was made by a newer Accord (schema 9); this version reads up to schema ${SCHEMA_VERSION}.`,
    );
    expect(listed.find((s) => s.id === "w-orphan")).toMatchObject({
      title: "Acme Revenue Alignment Charter",
      problem: null,
    });
    expect(await loadWorkshop(db, "w-future")).toMatchObject({ state: "unreadable" });
    expect(await readStored(db, "w-future")).toEqual(FROM_THE_FUTURE.document.workshop);
    expect(await loadWorkshop(db, "w-orphan")).toMatchObject({ state: "ready" });
    db.close();
  });

  it("lists a workshop as readable again once it can be read", async () => {
    const name = `accord-upgrade-${Math.random()}`;
    await writeReleasedDatabase(name, [FROM_THE_FUTURE]);
    const db = new AccordDatabase(name);
    expect((await listWorkshops(db))[0]?.problem).toMatch(/newer Accord/);
    // As if the newer Accord had written something this one reads after all.
    const readable = { ...(RELEASED.rows[1]?.document.workshop ?? {}), id: "w-future" };
    await db.documents.put({ id: "w-future", workshop: readable, revision: 2 });
    expect(await loadWorkshop(db, "w-future")).toMatchObject({ state: "ready" });
    expect((await listWorkshops(db))[0]?.problem).toBeNull();
    db.close();
  });

  it("says a workshop could not be checked, rather than failing to open the database, if checking it throws", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no such thing");
        },
        ownKeys() {
          throw new Error("no such thing");
        },
      },
    );
    expect(readProblem(hostile)).toBe("The stored workshop could not be checked: no such thing");
  });

  it("shows the home screen a workshop it cannot open, with the reason, and saves it as stored", async () => {
    const user = userEvent.setup();
    const name = `accord-upgrade-${Math.random()}`;
    await writeReleasedDatabase(name, [FROM_THE_FUTURE]);
    const recording = recordingHost();
    const app = renderApp({ host: recording.host, db: new AccordDatabase(name) });
    const row = (await screen.findByRole("link", { name: "Planning 2030" })).closest("li") as HTMLElement;
    expect(within(row).getByText(/Cannot be opened, and is kept exactly as stored/)).toHaveTextContent(
      "made by a newer Accord (schema 9)",
    );
    expect(within(row).queryByRole("button", { name: /Rename/ })).not.toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: "Export Planning 2030 as stored" }));
    expect(await screen.findByText("Saved “Planning 2030” as it is stored.")).toBeInTheDocument();
    const [saved] = recording.saved;
    expect(saved?.suggestedName).toMatch(/^Planning 2030 as stored \d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(String(saved?.contents))).toEqual(FROM_THE_FUTURE.document.workshop);

    await user.click(within(row).getByRole("link", { name: "Planning 2030" }));
    expect(
      await screen.findByText(/This workshop cannot be opened, and is kept exactly as it is stored/),
    ).toBeInTheDocument();
    app.unmountAll();
  });
});
