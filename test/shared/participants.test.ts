import {
  addParticipant,
  addParticipants,
  parseParticipantLines,
  removeParticipant,
  updateParticipant,
} from "../../shared/workshop/participants";
import { aWorkshop, expectOk, expectRefused, sequentialIds } from "../builders";

describe("participants", () => {
  const w = aWorkshop();
  const [marketing, sales] = w.teams.map((t) => t.id) as [string, string];

  it("adds a participant to a team", () => {
    const next = expectOk(
      addParticipant(w, { name: "Zoë Łódź", role: "CMO", teamId: marketing, signatory: true }, sequentialIds("p")),
    ).workshop;
    expect(next.participants).toEqual([
      { id: "p-1", name: "Zoë Łódź", role: "CMO", teamId: marketing, signatory: true },
    ]);
    expect(w.participants).toEqual([]);
  });

  it("refuses a participant in a team that does not exist", () => {
    const [problem] = expectRefused(addParticipant(w, { name: "X", role: "", teamId: "nope", signatory: false }));
    expect(problem?.message).toMatch(/no team with id "nope"/);
  });

  it("updates a participant, keeping the id", () => {
    const one = expectOk(
      addParticipant(w, { name: "Al", role: "AE", teamId: sales, signatory: false }, () => "p-1"),
    ).workshop;
    const next = expectOk(updateParticipant(one, "p-1", { signatory: true, teamId: marketing }));
    expect(next.participants[0]).toMatchObject({ id: "p-1", signatory: true, teamId: marketing });
    expect(expectRefused(updateParticipant(one, "p-1", { teamId: "zz" }))[0]?.path).toBe("$.participants[0].teamId");
  });

  it("removes a participant who has not signed", () => {
    const one = expectOk(
      addParticipant(w, { name: "Al", role: "AE", teamId: sales, signatory: false }, () => "p-1"),
    ).workshop;
    expect(expectOk(removeParticipant(one, "p-1")).participants).toEqual([]);
  });

  it("refuses to remove someone who signed this version", () => {
    const one = expectOk(
      addParticipant(w, { name: "Al", role: "AE", teamId: sales, signatory: true }, () => "p-1"),
    ).workshop;
    const signed = {
      ...one,
      signOff: {
        ...one.signOff,
        signatures: [
          {
            id: "s-1",
            participantId: "p-1",
            name: "Al",
            signedAt: "2026-11-23T10:00:00Z",
            method: "typed" as const,
            image: null,
            contentHash: `sha256:${"a".repeat(64)}`,
          },
        ],
      },
    };
    expect(expectRefused(removeParticipant(signed, "p-1"))[0]?.message).toMatch(/Al has signed/);
  });

  it("reads a pasted list of name, role, team lines, keeping the good ones", () => {
    const pasted = [
      "Ana Müller, VP Marketing, Marketing, yes",
      "",
      "Bo Ærøskøbing\tAccount Executive\tsales",
      "Cy, SDR, Slaes",
      ", role only, Sales",
    ].join("\n");
    const { participants, problems } = parseParticipantLines(pasted, w);
    expect(participants).toEqual([
      { name: "Ana Müller", role: "VP Marketing", teamId: marketing, signatory: true },
      { name: "Bo Ærøskøbing", role: "Account Executive", teamId: sales, signatory: false },
    ]);
    expect(problems).toEqual([
      { path: "line 4", message: 'Line 4 (Cy) has team "Slaes"; the teams are Marketing, Sales.' },
      { path: "line 5", message: "Line 5 has no name." },
    ]);
    const added = expectOk(addParticipants(w, participants, sequentialIds("p")));
    expect(added.participants.map((p) => p.id)).toEqual(["p-1", "p-2"]);
  });
});
