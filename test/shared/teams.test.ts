import { WorkshopSchema } from "../../shared/workshop/model";
import { addParticipant } from "../../shared/workshop/participants";
import { addTeam, moveTeam, removeTeam, renameTeam, setTeamColour } from "../../shared/workshop/teams";
import { aWorkshop, expectOk, expectRefused, sequentialIds } from "../builders";

describe("teams", () => {
  it("a new workshop has Marketing and Sales with different colours", () => {
    const w = aWorkshop();
    expect(w.teams.map((t) => t.name)).toEqual(["Marketing", "Sales"]);
    expect(new Set(w.teams.map((t) => t.colour)).size).toBe(2);
  });

  it("adding a team picks a colour no other team uses", () => {
    const w = expectOk(addTeam(aWorkshop(), { name: "SDR" }, sequentialIds("t"))).workshop;
    expect(w.teams[2]).toMatchObject({ id: "t-1", name: "SDR" });
    expect(w.teams.filter((t) => t.colour === w.teams[2]?.colour)).toHaveLength(1);
    expect(() => WorkshopSchema.parse(w)).not.toThrow();
  });

  it("a seventh team is refused", () => {
    let w = aWorkshop();
    for (let i = 0; i < 4; i++) w = expectOk(addTeam(w)).workshop;
    expect(w.teams).toHaveLength(6);
    const [problem] = expectRefused(addTeam(w));
    expect(problem?.message).toMatch(/at most 6 teams/);
  });

  it("renaming and recolouring change only that team", () => {
    const w = aWorkshop();
    const sales = w.teams[1]?.id as string;
    const renamed = expectOk(renameTeam(w, sales, "Revenue"));
    expect(renamed.teams.map((t) => t.name)).toEqual(["Marketing", "Revenue"]);
    const recoloured = expectOk(setTeamColour(renamed, sales, "#112233"));
    expect(recoloured.teams[1]?.colour).toBe("#112233");
    expect(recoloured.teams[0]).toBe(w.teams[0]);
  });

  it("a colour that is not #rrggbb is refused with its path", () => {
    const w = aWorkshop();
    const [problem] = expectRefused(setTeamColour(w, w.teams[0]?.id as string, "red"));
    expect(problem).toEqual({ path: "$.teams[0].colour", message: expect.stringMatching(/"red" is not a colour/) });
  });

  it("removing a team is refused below two teams", () => {
    const w = aWorkshop();
    const [problem] = expectRefused(removeTeam(w, w.teams[0]?.id as string));
    expect(problem?.message).toMatch(/at least 2 teams, so Marketing cannot be removed/);
  });

  it("removing a team is refused while participants belong to it, naming them", () => {
    const base = expectOk(addTeam(aWorkshop(), { name: "SDR" }, sequentialIds("t"))).workshop;
    const w = expectOk(
      addParticipant(base, { name: "Ana Müller", role: "SDR lead", teamId: "t-1", signatory: true }),
    ).workshop;
    const [problem] = expectRefused(removeTeam(w, "t-1"));
    expect(problem?.path).toBe("$.teams[2]");
    expect(problem?.message).toMatch(/SDR still has participants \(Ana Müller\)/);
  });

  it("removing a team cleans every reference to it", () => {
    const base = expectOk(addTeam(aWorkshop(), { name: "SDR" }, sequentialIds("t"))).workshop;
    const sdr = "t-1";
    const marketing = base.teams[0]?.id as string;
    const term = {
      id: "term-1",
      term: "Lead",
      stageId: null,
      status: "open" as const,
      teamDefinitions: { [sdr]: "Anyone who replied", [marketing]: "A form fill" },
      teamSignals: { [sdr]: ["Email reply"] },
      agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
      agreedAt: null,
      consensus: {
        method: "fist-of-five" as const,
        votes: [{ id: "v-1", teamId: sdr, participantId: null, value: 3 }],
        override: null,
      },
    };
    const w = {
      ...base,
      terms: [term],
      kpis: [{ id: "k-1", name: "Win rate", definition: "", formula: null, target: null, ownerTeamId: sdr }],
      feedbackLoop: [{ id: "f-1", fromTeamId: sdr, toTeamId: marketing, what: "Call notes", cadence: "weekly" }],
    };
    const after = expectOk(removeTeam(w, sdr));
    expect(after.teams.map((t) => t.name)).toEqual(["Marketing", "Sales"]);
    expect(after.terms[0]?.teamDefinitions).toEqual({ [marketing]: "A form fill" });
    expect(after.terms[0]?.teamSignals).toEqual({});
    expect(after.terms[0]?.consensus.votes).toEqual([]);
    expect(after.kpis[0]?.ownerTeamId).toBeNull();
    expect(after.feedbackLoop).toEqual([]);
    expect(() => WorkshopSchema.parse(after)).not.toThrow();
    expect(w.teams).toHaveLength(3);
  });

  it("moving a team reorders the columns", () => {
    const w = aWorkshop();
    const moved = expectOk(moveTeam(w, w.teams[1]?.id as string, 0));
    expect(moved.teams.map((t) => t.name)).toEqual(["Sales", "Marketing"]);
  });
});
