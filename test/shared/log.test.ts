import {
  addDecisionNote,
  addParkingLotItem,
  removeParkingLotItem,
  updateParkingLotItem,
} from "../../shared/workshop/log";
import { aWorkshop, expectOk } from "../builders";
import { deepFreeze, expectRefusal, expectValid } from "./journey-builders";

const AT = "2026-11-22T14:05:00Z";

describe("the parking lot", () => {
  it("parks what cannot be settled today, with who will follow it up", () => {
    const w = deepFreeze(aWorkshop());
    const next = expectOk(addParkingLotItem(w, { text: " Lead scoring model ", owner: "Priya" }, () => "p-1")).workshop;
    expect(next.parkingLot).toEqual([{ id: "p-1", text: "Lead scoring model", owner: "Priya", due: null }]);
  });

  it("an item without an owner has owner null", () => {
    const w = deepFreeze(aWorkshop());
    expect(
      expectOk(addParkingLotItem(w, { text: "Territories", owner: "  " })).workshop.parkingLot[0]?.owner,
    ).toBeNull();
    expect(expectOk(addParkingLotItem(w, { text: "Territories" })).workshop.parkingLot[0]?.owner).toBeNull();
  });

  it("refuses parking nothing", () => {
    expect(expectRefusal(aWorkshop(), (f) => addParkingLotItem(f, { text: "   ", owner: null }))).toEqual({
      path: "text",
      message: "Write what to park before adding it.",
    });
  });

  it("edits keep the text as typed and clearing the owner leaves nobody", () => {
    const w = deepFreeze(
      expectOk(addParkingLotItem(aWorkshop(), { text: "Territories", owner: "Sam" }, () => "p-1")).workshop,
    );
    const next = expectValid(updateParkingLotItem(w, "p-1", { text: "Territories and ", owner: "" }));
    expect(next.parkingLot[0]).toEqual({ id: "p-1", text: "Territories and ", owner: null, due: null });
    expect(expectValid(updateParkingLotItem(w, "p-1", { owner: undefined })).parkingLot[0]?.owner).toBe("Sam");
  });

  it("refuses editing or removing an unknown item, and an owner name over 500 characters", () => {
    const w = deepFreeze(expectOk(addParkingLotItem(aWorkshop(), { text: "Territories" }, () => "p-1")).workshop);
    expect(expectRefusal(w, (f) => updateParkingLotItem(f, "p-9", { text: "x" }))).toEqual({
      path: "itemId",
      message: 'There is no parking lot item with id "p-9".',
    });
    expect(expectRefusal(w, (f) => updateParkingLotItem(f, "p-1", { owner: "x".repeat(501) })).path).toBe(
      "$.parkingLot[0].owner",
    );
    expect(expectRefusal(w, (f) => removeParkingLotItem(f, "p-9")).path).toBe("itemId");
  });

  it("removes an item", () => {
    const w = deepFreeze(expectOk(addParkingLotItem(aWorkshop(), { text: "Territories" }, () => "p-1")).workshop);
    expect(expectValid(removeParkingLotItem(w, "p-1")).parkingLot).toEqual([]);
  });
});

describe("the decision log", () => {
  it("adds a note with its time", () => {
    const w = deepFreeze(aWorkshop());
    const next = expectValid(addDecisionNote(w, "Revisit the SLA in March ", AT, () => "d-1"));
    expect(next.decisions).toEqual([
      { id: "d-1", kind: "note", text: "Revisit the SLA in March", at: AT, termId: null },
    ]);
  });

  it("refuses an empty note and a time that is not RFC 3339", () => {
    const w = aWorkshop();
    expect(expectRefusal(w, (f) => addDecisionNote(f, " ", AT))).toEqual({
      path: "text",
      message: "Write the decision before adding it to the log.",
    });
    expect(expectRefusal(w, (f) => addDecisionNote(f, "Note", "2026-11-22 14:05")).path).toBe("at");
  });
});
