import { AccordDatabase } from "../../renderer/storage/db";
import {
  loadWorkshop,
  moveToTrash,
  recoverUnstored,
  StaleWrite,
  saveWorkshop,
} from "../../renderer/storage/repository";
import { diff } from "../../shared/contract/patch";
import { aReadyWorkshop } from "../charter/charter-builders";
import { checked } from "../stored";

const AT = "2026-12-04T10:00:00Z";

function aDatabase() {
  return new AccordDatabase(`accord-heads-${Math.random()}`);
}

describe("a write knows the stored revision from the document's head, not from the document", () => {
  it("stores an edit without reading the stored document back, and still refuses to write over a newer revision", async () => {
    const db = aDatabase();
    const workshop = checked(aReadyWorkshop());
    const first = await saveWorkshop(db, workshop, AT);
    const reads = vi.spyOn(db.documents, "get");
    const renamed = checked({ ...workshop, details: { ...workshop.details, title: "Renamed" } });
    expect(await saveWorkshop(db, renamed, AT, first)).toBe(first + 1);
    expect(reads).not.toHaveBeenCalled();
    await expect(saveWorkshop(db, workshop, AT, first)).rejects.toBeInstanceOf(StaleWrite);
    const loaded = await loadWorkshop(db, workshop.id);
    expect(loaded.state === "ready" && [loaded.revision, loaded.workshop.details.title]).toEqual([
      first + 1,
      "Renamed",
    ]);
    db.close();
  });

  it("takes the revision and the absorbed changes from a document stored before heads were kept", async () => {
    const db = aDatabase();
    const workshop = checked(aReadyWorkshop());
    await saveWorkshop(db, workshop, AT);
    // As database version 5 left it: no head, and the document saying which of window A's changes it holds.
    await db.heads.delete(workshop.id);
    await db.documents.put({ id: workshop.id, workshop, revision: 7, absorbed: { "window-a": 3 } });
    const renamed = checked({ ...workshop, details: { ...workshop.details, title: "Already in" } });
    // Window A stored change 3 and died before it could take its record away.
    await db.unstored.put({
      key: "changes|window-a|held",
      kind: "changes",
      windowId: "window-a",
      workshopId: workshop.id,
      seq: 3,
      changes: diff(workshop, renamed),
      at: AT,
    });
    const recovered = await recoverUnstored(db, workshop.id, await db.unstored.toArray(), AT);
    expect(recovered).toMatchObject({ restored: false, absorbed: ["changes|window-a|held"] });

    expect(await saveWorkshop(db, renamed, AT, 7, { windowId: "window-b", seq: 1 })).toBe(8);
    expect(await db.heads.get(workshop.id)).toEqual({
      id: workshop.id,
      revision: 8,
      absorbed: { "window-a": 3, "window-b": 1 },
    });
    expect((await db.documents.get(workshop.id))?.revision).toBe(8);
    db.close();
  });
});

describe("an edit written over the head this window stored last, in one round with reading it", () => {
  it("makes the document's put before the stored head's read has come back", async () => {
    const db = aDatabase();
    const workshop = checked(aReadyWorkshop());
    const first = await saveWorkshop(db, workshop, AT);
    const puts = vi.spyOn(db.documents, "put");
    const read = db.heads.get.bind(db.heads);
    let putBeforeRead: boolean | null = null;
    vi.spyOn(db.heads, "get").mockImplementation(((key: string) =>
      read(key).then((head) => {
        putBeforeRead ??= puts.mock.calls.length > 0;
        return head;
      })) as typeof db.heads.get);
    expect(
      await saveWorkshop(db, checked({ ...workshop, details: { ...workshop.details, title: "Next" } }), AT, first),
    ).toBe(first + 1);
    expect(putBeforeRead).toBe(true);
    db.close();
  });

  const renamed = (workshop: ReturnType<typeof checked>, title: string) =>
    checked({ ...workshop, details: { ...workshop.details, title } });

  it("writes nothing when another window stored since, and says which revision it found", async () => {
    const name = `accord-heads-${Math.random()}`;
    const [windowA, windowB] = [new AccordDatabase(name), new AccordDatabase(name)];
    const workshop = checked(aReadyWorkshop());
    const first = await saveWorkshop(windowA, workshop, AT);
    expect(await saveWorkshop(windowB, renamed(workshop, "From window B"), AT, first)).toBe(first + 1);

    const stale = saveWorkshop(windowA, renamed(workshop, "From window A"), "2026-12-04T11:00:00Z", first);
    await expect(stale).rejects.toEqual(new StaleWrite(first + 1));
    const loaded = await loadWorkshop(windowA, workshop.id);
    expect(loaded.state === "ready" && [loaded.revision, loaded.workshop.details.title]).toEqual([
      first + 1,
      "From window B",
    ]);
    expect(await windowA.heads.get(workshop.id)).toEqual({ id: workshop.id, revision: first + 1 });
    expect(await windowA.workshops.get(workshop.id)).toMatchObject({ title: "From window B", updatedAt: AT });
    windowA.close();
    windowB.close();
  });

  it("leaves a workshop another window moved to the trash in the trash", async () => {
    const name = `accord-heads-${Math.random()}`;
    const [windowA, windowB] = [new AccordDatabase(name), new AccordDatabase(name)];
    const workshop = checked(aReadyWorkshop());
    const first = await saveWorkshop(windowA, workshop, AT);
    await moveToTrash(windowB, workshop.id, "2026-12-04T10:30:00Z");

    expect(await saveWorkshop(windowA, renamed(workshop, "Edited"), AT, first)).toBe(first + 1);
    expect(await windowA.workshops.get(workshop.id)).toMatchObject({
      title: "Edited",
      deletedAt: "2026-12-04T10:30:00Z",
    });
    // And the next edit, over what this window now knows, keeps it there too.
    expect(await saveWorkshop(windowA, renamed(workshop, "Edited again"), AT, first + 1)).toBe(first + 2);
    expect(await windowA.workshops.get(workshop.id)).toMatchObject({ deletedAt: "2026-12-04T10:30:00Z" });
    windowA.close();
    windowB.close();
  });
});

describe("a head this window did not write, at the revision it knows", () => {
  it("keeps the changes it notes as absorbed, for the windows that wrote them", async () => {
    const db = aDatabase();
    const workshop = checked(aReadyWorkshop());
    const first = await saveWorkshop(db, workshop, AT, undefined, { windowId: "window-a", seq: 1 });
    // The same revision, brought back from a kept copy that window B's change 4 had reached.
    await db.heads.put({ id: workshop.id, revision: first, absorbed: { "window-b": 4 } });
    const renamed = checked({ ...workshop, details: { ...workshop.details, title: "Renamed" } });
    expect(await saveWorkshop(db, renamed, AT, first, { windowId: "window-a", seq: 2 })).toBe(first + 1);
    expect(await db.heads.get(workshop.id)).toEqual({
      id: workshop.id,
      revision: first + 1,
      absorbed: { "window-b": 4, "window-a": 2 },
    });
    db.close();
  });
});
