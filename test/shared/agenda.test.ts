import { commit } from "../../shared/contract/commit";
import { call } from "../../shared/contract/operations";
import { agendaStanding, durationText, plannedAgenda, standingText } from "../../shared/session/agenda";
import {
  addAgendaItem,
  moveAgendaItem,
  planHalfDay,
  removeAgendaItem,
  startAgendaClock,
  updateAgendaItem,
} from "../../shared/workshop/agenda";
import { removeStages } from "../../shared/workshop/stages";
import { addTerm, removeTerm } from "../../shared/workshop/terms";
import { aWorkshop, expectOk, expectRefused, sequentialIds } from "../builders";
import { checked } from "../stored";

const START = "2026-11-22T09:00:00Z";
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();

function planned() {
  const ids = sequentialIds("a");
  let w = expectOk(addTerm(aWorkshop(), { term: "Lead" }, () => "t-lead")).workshop;
  w = expectOk(planHalfDay(w, ids));
  return expectOk(startAgendaClock(w, START));
}

describe("the agenda", () => {
  it("plans a half-day of about four hours, phase by phase, with a break before agreeing", () => {
    const w = expectOk(planHalfDay(aWorkshop(), sequentialIds("a")));
    const plan = plannedAgenda(w);
    expect(plan.map((p) => `${p.label} ${p.item.minutes}`)).toEqual([
      "Set up 15",
      "Journey 35",
      "Definitions 45",
      "Break 15",
      "Agree 60",
      "Measures 30",
      "Sign off 20",
      "Export 10",
    ]);
    expect(plan.at(-1)?.endsAt).toBe(230);
    expect(durationText(230)).toBe("3 h 50 min");
  });

  it("gives one term its own time on Agree, and keeps that time for the phase when the term goes", () => {
    const w = planned();
    const { workshop, value } = expectOk(
      addAgendaItem(w, { part: "agreement", termId: "t-lead", minutes: 8 }, () => "a-lead"),
    );
    expect(value).toBe("a-lead");
    expect(plannedAgenda(workshop).at(-1)?.label).toBe("Agree: Lead");
    const after = expectOk(removeTerm(workshop, "t-lead"));
    expect(after.agenda.find((a) => a.id === "a-lead")).toMatchObject({ part: "agreement", termId: null, minutes: 8 });
    expect(plannedAgenda(after).at(-1)?.startsAt).toBe(plannedAgenda(workshop).at(-1)?.startsAt);
  });

  it("refuses what a plan cannot hold, naming the field", () => {
    const w = planned();
    expect(expectRefused(addAgendaItem(w, { part: "agreement", termId: "nope" }))[0]?.path).toBe("termId");
    expect(expectRefused(addAgendaItem(w, { part: "journey", termId: "t-lead" }))[0]?.path).toBe("termId");
    expect(expectRefused(addAgendaItem(w, { part: "lunch" as "break" }))[0]?.path).toBe("part");
    for (const minutes of [0, 1.5, 481]) {
      expect(expectRefused(updateAgendaItem(w, "a-1", { minutes }))[0]?.path).toBe("minutes");
    }
    expect(expectRefused(removeAgendaItem(w, "missing"))[0]?.path).toBe("itemId");
    expect(expectRefused(startAgendaClock(w, "after lunch"))[0]?.path).toBe("at");
  });

  it("lets go of a term when an item moves off Agree", () => {
    const w = expectOk(addAgendaItem(planned(), { part: "agreement", termId: "t-lead" }, () => "a-lead")).workshop;
    expect(expectOk(updateAgendaItem(w, "a-lead", { part: "break" })).agenda.at(-1)).toMatchObject({
      part: "break",
      termId: null,
    });
  });

  it("moves an item to another place in the plan", () => {
    const w = expectOk(moveAgendaItem(planned(), "a-4", 0));
    expect(plannedAgenda(w)[0]?.label).toBe("Break");
  });

  it("says whether the session runs over or ahead of the plan, from its clock", () => {
    const w = planned();
    // Journey is planned from minute 15 to minute 50.
    expect(standingText(agendaStanding(w, "journey", null, at(20)))).toBe("Journey: on time, 30 min left");
    expect(standingText(agendaStanding(w, "journey", null, at(54)))).toBe("Journey: 4 min over");
    expect(standingText(agendaStanding(w, "journey", null, at(5)))).toBe("Journey: 10 min ahead");
    // Under a minute early is on time, not "0 min ahead".
    expect(agendaStanding(w, "journey", null, at(14.5)).kind).toBe("on-time");
    expect(agendaStanding(expectOk(startAgendaClock(w, null)), "journey", null, at(5)).kind).toBe("not-started");
    expect(agendaStanding(aWorkshop(), "journey", null, at(5)).kind).toBe("no-plan");
  });

  it("finds, of a phase planned twice, the time that is now, else the next", () => {
    let w = planned();
    w = expectOk(addAgendaItem(w, { part: "agreement", minutes: 30 }, () => "a-agree-2")).workshop;
    // The first Agree is planned from 110 to 170 min, the second from 230 to 260.
    const second = agendaStanding(w, "agreement", null, at(240));
    expect(second.kind === "on-time" && second.item.item.id).toBe("a-agree-2");
    const between = agendaStanding(w, "agreement", null, at(200));
    expect(between.kind === "ahead" && between.item.item.id).toBe("a-agree-2");
  });

  it("finds the term's own time on Agree before the phase's", () => {
    const w = expectOk(
      addAgendaItem(planned(), { part: "agreement", termId: "t-lead", minutes: 5 }, () => "a-lead"),
    ).workshop;
    const standing = agendaStanding(w, "agreement", "t-lead", at(235));
    expect(standing.kind === "on-time" && standing.item.item.id).toBe("a-lead");
    const other = agendaStanding(w, "agreement", null, at(120));
    expect(other.kind === "on-time" && other.item.item.part).toBe("agreement");
  });

  it("keeps the time of a stage's term for the phase when the stage and its empty term go", () => {
    let w = planned();
    const added = commit(checked(w), call("addStage", { name: "MQL" }), { origin: "facilitator" });
    if (!added.ok) throw new Error("the stage was refused");
    w = added.document;
    const stageTerm = w.terms.find((t) => t.term === "MQL")?.id as string;
    w = expectOk(addAgendaItem(w, { part: "agreement", termId: stageTerm }, () => "a-mql")).workshop;
    const stageId = w.stages[0]?.id as string;
    expect(expectOk(removeStages(w, [stageId])).agenda.find((a) => a.id === "a-mql")?.termId).toBeNull();
  });

  it("goes through the write contract like any edit, into the undo history, and refuses there too", () => {
    const w = checked(aWorkshop());
    const done = commit(w, call("planHalfDay"), { origin: "facilitator" });
    if (!done.ok) throw new Error("the plan was refused");
    expect(done.document.agenda).toHaveLength(8);
    expect(done.history).toEqual({ kind: "step" });
    const first = done.document.agenda[0]?.id as string;
    const refused = commit(done.document, call("updateAgendaItem", first, { minutes: -1 }), { origin: "facilitator" });
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual(["minutes"]);
  });
});
