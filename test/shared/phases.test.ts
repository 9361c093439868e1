import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { PHASES, phaseProgress } from "../../shared/session/phases";
import { setRuleStatus } from "../../shared/workshop/crm-agreement";
import { dropCrmRules } from "../../shared/workshop/crm-rules";
import { updateDetails } from "../../shared/workshop/details";
import { addParticipant } from "../../shared/workshop/participants";
import { addStage } from "../../shared/workshop/stages";
import { recordDefinition, setTermStatus, updateAgreement } from "../../shared/workshop/terms";
import { connectStages } from "../../shared/workshop/transitions";
import { aWorkshop, expectOk, sequentialIds } from "../builders";
import { aSignedWorkshop } from "../charter/charter-builders";

describe("the session's phases and their progress", () => {
  it("runs set up, journey, compare, agree, measures, sign off, export in that order", () => {
    expect(PHASES.map((p) => p.key)).toEqual([
      "setup",
      "journey",
      "definitions",
      "agreement",
      "measures",
      "signoff",
      "export",
    ]);
  });

  it("counts set-up as ready once people are in the room and someone signs", () => {
    const w = aWorkshop();
    expect(phaseProgress(w, "setup")).toEqual({ done: 2, total: 4, summary: "0 people" });
    const marketing = w.teams[0]?.id as string;
    const withSigner = expectOk(
      addParticipant(w, { name: "Ana", role: "CMO", teamId: marketing, signatory: true }),
    ).workshop;
    expect(phaseProgress(withSigner, "setup")).toEqual({ done: 4, total: 4, summary: "1 person" });
  });

  it("reports stages, terms defined by every team, and terms agreed or parked", () => {
    const ids = sequentialIds("x");
    let w = aWorkshop();
    const [marketing, sales] = w.teams.map((t) => t.id) as [string, string];
    w = expectOk(addStage(w, { name: "MQL", owner: { teamId: marketing } }, ids)).workshop;
    w = expectOk(addStage(w, { name: "SQL", owner: { teamId: sales } }, ids)).workshop;
    const [mql, sql] = w.stages.map((s) => s.id) as [string, string];
    w = expectOk(connectStages(w, mql, sql, ids)).workshop;
    expect(phaseProgress(w, "journey").summary).toBe("2 stages");

    const mqlTerm = w.terms.find((t) => t.stageId === mql)?.id as string;
    w = expectOk(recordDefinition(w, mqlTerm, marketing, "Scored 50 or more"));
    expect(phaseProgress(w, "definitions").summary).toBe("0 of 2 defined");
    w = expectOk(recordDefinition(w, mqlTerm, sales, "Has budget"));
    expect(phaseProgress(w, "definitions")).toMatchObject({ done: 1, total: 2 });

    w = expectOk(updateAgreement(w, mqlTerm, { definition: "Scored 50+ and fits the profile" }));
    w = expectOk(setTermStatus(w, mqlTerm, "agreed", "2026-11-23T10:00:00Z", ids));
    const sqlTerm = w.terms.find((t) => t.stageId === sql)?.id as string;
    w = expectOk(setTermStatus(w, sqlTerm, "parked", "2026-11-23T10:05:00Z", ids));
    // The default reason codes are a CRM rule to agree as well.
    expect(phaseProgress(w, "agreement")).toEqual({ done: 2, total: 3, summary: "1 of 3 agreed, 1 parked" });
    w = expectOk(setRuleStatus(w, "reasonCodes", "agreed", "2026-11-23T10:10:00Z", ids));
    expect(phaseProgress(w, "agreement")).toEqual({ done: 3, total: 3, summary: "2 of 3 agreed, 1 parked" });
    expect(phaseProgress(expectOk(dropCrmRules(w)), "agreement").total).toBe(2);
  });

  it("counts signatures only from people who sign", () => {
    const w = aWorkshop();
    expect(phaseProgress(w, "signoff").summary).toBe("0 of 0 signed");
  });

  it("stops counting a signature once the content it approved has changed", async () => {
    const signed = await aSignedWorkshop();
    const signatories = signed.participants.filter((p) => p.signatory).length;
    expect(phaseProgress(signed, "signoff").summary).toBe(`${signatories} of ${signatories} signed`);
    const changed = expectOk(updateDetails(signed, { title: "Another title" }));
    await contentHash(buildCharter(changed));
    expect(phaseProgress(changed, "signoff").summary).toBe(`0 of ${signatories} signed`);
  });
});
