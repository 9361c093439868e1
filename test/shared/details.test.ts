import { updateDetails } from "../../shared/workshop/details";
import { aWorkshop, expectOk, expectRefused } from "../builders";

describe("workshop details", () => {
  it("updates the title, organisation, date and facilitator", () => {
    const w = aWorkshop();
    const next = expectOk(
      updateDetails(w, { title: "São Paulo kickoff", organization: "Acme", date: "2026-11-23", facilitator: "Jo" }),
    );
    expect(next.details).toEqual({
      title: "São Paulo kickoff",
      organization: "Acme",
      date: "2026-11-23",
      facilitator: "Jo",
    });
    expect(w.details.title).toBe("Acme alignment");
  });

  it("accepts clearing the date", () => {
    expect(expectOk(updateDetails(aWorkshop({ date: "2026-01-02" }), { date: "" })).details.date).toBe("");
  });

  it("refuses a date that is not a calendar date, naming the field", () => {
    expect(expectRefused(updateDetails(aWorkshop(), { date: "23/11/2026" }))).toEqual([
      { path: "$.details.date", message: "The date must be a date like 2026-11-23." },
    ]);
  });
});
