import { buildCharter, buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { charterChanges } from "../../shared/charter/changes";
import type { CharterFile } from "../../shared/charter/format";
import { charterToWorkshop } from "../../shared/charter/import";
import { meaningfulCharter } from "../../shared/charter/meaningful";
import { parseCharterFile } from "../../shared/charter/parse";
import { updateParkingLotItem } from "../../shared/workshop/log";
import { migrateWorkshop } from "../../shared/workshop/migrations";
import type { Workshop } from "../../shared/workshop/model";
import { parkedItemToTerm } from "../../shared/workshop/parked";
import { aWorkshop, expectOk, expectRefused } from "../builders";
import { AT, aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

const dated = (w: Workshop): Workshop => ({
  ...w,
  parkingLot: [
    { id: "pl-1", text: "Who owns partner leads?", owner: "Dana", due: "2027-01-15" },
    { id: "pl-2", text: "Lead scoring model", owner: null, due: null },
  ],
});

describe("charter format 1.3: an open item says by when", () => {
  it("a new workshop writes 1.3 or later, every open item stating its date or null", async () => {
    const file = expectOk(await buildCharterFile(dated(aReadyWorkshop()), INFO));
    expect(file.formatMinor).toBe(4);
    expect(file.charter.openItems.map((o) => o.due)).toEqual(["2027-01-15", null]);
  });

  it("a 1.2 version stays 1.2, without the field, so what was signed keeps its hash", async () => {
    const w = dated(aReadyWorkshop());
    const oneTwo = { ...w, signOff: { ...w.signOff, charterFormatMinor: 2 as const } };
    const file = expectOk(await buildCharterFile(oneTwo, INFO));
    expect(file.formatMinor).toBe(2);
    expect(file.charter.openItems.every((o) => !("due" in o))).toBe(true);
  });

  it("round-trips: import a 1.3 charter and export it again, same hash, dates kept", async () => {
    const file = expectOk(await buildCharterFile(await aSignedWorkshop(dated(aReadyWorkshop())), INFO));
    const back = expectOk(charterToWorkshop(expectOk(await parseCharterFile(serializeCharterFile(file)))));
    expect(back.parkingLot.map((p) => p.due)).toEqual(["2027-01-15", null]);
    expect(contentHash(buildCharter(back))).toBe(file.signOff.contentHash);
  });

  it("a 1.3 file that leaves out an item's date is refused, naming the item", async () => {
    const file = JSON.parse(serializeCharterFile(expectOk(await buildCharterFile(dated(aReadyWorkshop()), INFO))));
    delete file.charter.openItems[1].due;
    const refused = expectRefused(await parseCharterFile(JSON.stringify(file)));
    expect(refused.map((p) => p.path)).toContain("$.charter.openItems[1].due");
  });

  it("a stray date in a 1.2 file keeps its shape but means nothing: not read, not printed", async () => {
    const w = dated(aReadyWorkshop());
    const file = JSON.parse(
      serializeCharterFile(
        expectOk(await buildCharterFile({ ...w, signOff: { ...w.signOff, charterFormatMinor: 2 } }, INFO)),
      ),
    ) as CharterFile;
    file.charter.openItems[0] = {
      ...(file.charter.openItems[0] as CharterFile["charter"]["openItems"][0]),
      due: "2027-01-15",
    };
    expect(meaningfulCharter(file).openItems[0]).not.toHaveProperty("due");
    const bad = structuredClone(file);
    (bad.charter.openItems[0] as { due: string }).due = "next week";
    expect(expectRefused(await parseCharterFile(JSON.stringify(bad))).map((p) => p.path)).toContain(
      "$.charter.openItems[0].due",
    );
  });

  it("lists a changed date among version 2's changes", async () => {
    const before = buildCharter(dated(aReadyWorkshop()));
    const after = { ...before, openItems: before.openItems.map((o, i) => (i === 0 ? { ...o, due: "2027-02-01" } : o)) };
    expect(charterChanges(before, after).map((c) => c.text)).toContain(
      'Open item "Who owns partner leads?": due: 2027-01-15 → 2027-02-01',
    );
  });
});

describe("a date promised after a 1.2 version", () => {
  it("is a change the signatories see; moving from 1.2 with no date is none", () => {
    const now = buildCharter(dated(aReadyWorkshop()));
    const before = { ...now, openItems: now.openItems.map(({ due: _due, ...item }) => item) };
    const lines = charterChanges(before, now).map((c) => c.text);
    expect(lines).toContain('Open item "Who owns partner leads?": due: (blank) → 2027-01-15');
    expect(lines.filter((l) => l.includes("Lead scoring model"))).toEqual([]);
  });
});

describe("the parking lot's dates and terms", () => {
  it("refuses a date that is not one, naming the item's field, and takes a real one", () => {
    const w = dated(aWorkshop());
    const refused = expectRefused(updateParkingLotItem(w, "pl-1", { due: "2027-02-30" }));
    expect(refused[0]).toMatchObject({ path: "$.parkingLot[0].due", message: expect.stringMatching(/not a date/) });
    expect(expectOk(updateParkingLotItem(w, "pl-1", { due: "2027-02-28" })).parkingLot[0]?.due).toBe("2027-02-28");
    expect(expectOk(updateParkingLotItem(w, "pl-1", { due: null })).parkingLot[0]?.due).toBeNull();
  });

  it("a parked question becomes a term; its words go to the decision log; a taken name is refused", () => {
    const w = dated(aWorkshop());
    const { workshop, value } = expectOk(parkedItemToTerm(w, "pl-1", " Partner lead ", AT, () => "new"));
    expect(workshop.terms.find((t) => t.id === value)?.term).toBe("Partner lead");
    expect(workshop.parkingLot.map((p) => p.id)).toEqual(["pl-2"]);
    expect(workshop.decisions.at(-1)).toMatchObject({
      text: "Parked item made the term Partner lead: Who owns partner leads? (owner Dana, due 2027-01-15)",
      termId: value,
      at: AT,
    });
    expect(expectRefused(parkedItemToTerm(workshop, "pl-2", "partner LEAD", AT))[0]?.message).toMatch(/Partner lead/);
    expect(expectRefused(parkedItemToTerm(w, "pl-9", "X", AT))[0]?.path).toBe("itemId");
  });
});

describe("the upgrade to schema 7", () => {
  const schema6 = (w: Workshop, minor: 0 | 1 | 2) => ({
    ...structuredClone(w),
    schemaVersion: 6,
    parkingLot: w.parkingLot.map(({ due: _due, ...item }) => item),
    signOff: { ...w.signOff, charterFormatMinor: minor },
  });

  it("gives every item no date; a workshop nobody signed writes 1.3 from then on (1.4 after schema 8)", () => {
    const up = expectOk(migrateWorkshop(schema6(dated(aWorkshop()), 2))) as Workshop;
    expect(up.parkingLot.map((p) => p.due)).toEqual([null, null]);
    expect(up.signOff.charterFormatMinor).toBe(4);
  });

  it("a signed 1.2 workshop stays 1.2, and its charter hashes as it did", async () => {
    const w = dated(aReadyWorkshop());
    const signed = await aSignedWorkshop({ ...w, signOff: { ...w.signOff, charterFormatMinor: 2 } });
    const hash = contentHash(buildCharter(signed));
    const up = expectOk(migrateWorkshop(schema6(signed, 2))) as Workshop;
    expect(up.signOff.charterFormatMinor).toBe(2);
    expect(contentHash(buildCharter(up))).toBe(hash);
  });
});
