import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { readiness, signOffBlockers } from "../../shared/charter/readiness";
import { call, commit, FROM_FACILITATOR } from "../../shared/contract";
import { diff, invert } from "../../shared/contract/patch";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { applyTemplate } from "../../shared/journey/templates";
import { recordOpenItems } from "../../shared/signoff/sign";
import { castVote, clearVotes, overrideConsensus, setConsensusMethod } from "../../shared/workshop/consensus";
import {
  applicableRules,
  reopenChangedRules,
  ruleApplies,
  ruleDigest,
  ruleStatuses,
  setRuleStatus,
} from "../../shared/workshop/crm-agreement";
import {
  dropCrmRules,
  setFollowUp,
  setStageCrmSetup,
  updateQualification,
  updateReasonCode,
} from "../../shared/workshop/crm-rules";
import type { Workshop } from "../../shared/workshop/model";
import { addParticipant, removeParticipant, updateParticipant } from "../../shared/workshop/participants";
import { ruleSubjectId, topicOfSubject } from "../../shared/workshop/rule-subject";
import { addTeam, removeTeam } from "../../shared/workshop/teams";
import { validateWorkshop } from "../../shared/workshop/validate";
import { aWorkshop, expectOk, expectRefused, sequentialIds } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { checked } from "../stored";

const AT = "2026-11-22T15:00:00Z";

/** The demand waterfall, every stage mapped as Accord suggests: a room with every rule to agree but follow-ups. */
function aMappedWaterfall(): Workshop {
  const w = aWorkshop({ title: "Acme", date: "2026-11-22" });
  return expectOk(mapUnmappedStages(expectOk(applyTemplate(w, "demand-waterfall", { makeId: sequentialIds("t") }))));
}

describe("which CRM rules the room has something to agree on", () => {
  it("a new workshop: only the default reason codes; a rule joins once it holds something", () => {
    const w = aWorkshop();
    expect(applicableRules(w)).toEqual(["reasonCodes"]);
    expect(w.crmAgreement.reasonCodes.status).toBe("open");

    const mapped = aMappedWaterfall();
    expect(applicableRules(mapped)).toEqual(["stageMappings", "reasonCodes"]);
    const handoff = mapped.transitions.find((t) => t.handoff)?.id as string;
    const followed = expectOk(setFollowUp(mapped, handoff, {}));
    const scored = expectOk(updateQualification(followed, { fitThreshold: 60 }));
    expect(applicableRules(scored)).toEqual(["stageMappings", "followUps", "qualification", "reasonCodes"]);
    expect(ruleApplies(expectOk(dropCrmRules(scored)), "reasonCodes")).toBe(false);
  });

  it("a rule's id stands where a term's does, and no term can take that shape", () => {
    expect(topicOfSubject(ruleSubjectId("followUps"))).toBe("followUps");
    expect(topicOfSubject("crm-rule:nonsense")).toBeNull();
    expect(topicOfSubject("t-1")).toBeNull();
    const w = aWorkshop();
    const term = { ...(aMappedWaterfall().terms[0] as Workshop["terms"][number]), id: "crm-rule:reasonCodes" };
    const problems = expectRefused(validateWorkshop({ ...w, terms: [term] }));
    expect(problems).toContainEqual({
      path: "$.terms[0].id",
      message: 'must not start with "crm-rule:", which names a CRM rule',
    });
  });
});

describe("agreeing a CRM rule, like a term", () => {
  it("moves through discussing to agreed, logged with what was agreed; parking is logged too", () => {
    const w = aWorkshop();
    const discussing = expectOk(setRuleStatus(w, "reasonCodes", "discussing", AT));
    expect(discussing.decisions).toEqual([]);
    const agreed = expectOk(setRuleStatus(discussing, "reasonCodes", "agreed", AT, sequentialIds("d")));
    expect(agreed.crmAgreement.reasonCodes).toMatchObject({ status: "agreed", agreedAt: AT });
    expect(agreed.decisions).toEqual([
      {
        id: "d-1",
        kind: "agreed",
        text: expect.stringMatching(/^Agreed the reason-code list: Misrouted, Incomplete record, .*Bad timing$/),
        at: AT,
        termId: null,
      },
    ]);
    expect(ruleStatuses(agreed)).toEqual(["agreed"]);
    // Saying it again changes nothing and logs nothing.
    expect(expectOk(setRuleStatus(agreed, "reasonCodes", "agreed", AT))).toBe(agreed);
    const reopened = expectOk(setRuleStatus(agreed, "reasonCodes", "discussing", AT));
    expect(reopened.crmAgreement.reasonCodes).toMatchObject({ status: "discussing", agreedAt: null });
    const parked = expectOk(setRuleStatus(reopened, "reasonCodes", "parked", AT, sequentialIds("p")));
    expect(parked.decisions.at(-1)).toMatchObject({ kind: "parked", text: "Parked the reason-code list" });
  });

  it("says what the room agreed for the mapping, the follow-ups and who qualifies", () => {
    let w = aMappedWaterfall();
    const handoff = w.transitions.find((t) => t.handoff)?.id as string;
    w = expectOk(setFollowUp(w, handoff, { attempts: 6, overDays: 10 }));
    w = expectOk(updateQualification(w, { fitThreshold: 60, engagementThreshold: 40, handRaise: "Asks for a demo" }));
    for (const topic of ["stageMappings", "followUps", "qualification"] as const) {
      w = expectOk(setRuleStatus(w, topic, "agreed", AT));
    }
    expect(w.decisions.map((d) => d.text)).toEqual([
      expect.stringMatching(/^Agreed the CRM stage mapping: \d+ stages mapped/),
      "Agreed the follow-up rule: follow-ups after 1 handoff, e.g. 6 attempts over 10 days",
      "Agreed the qualification rule: fit ≥ 60; engagement ≥ 40; fast lane: Asks for a demo",
    ]);
  });

  it("refuses agreement while the rule is not whole, saying what is missing", () => {
    const unmapped = aMappedWaterfall();
    const sal = unmapped.stages.find((s) => s.name === "SAL") as Workshop["stages"][number];
    const one = {
      ...unmapped,
      stages: unmapped.stages.map((s) => (s.id === sal.id ? { ...s, crm: { ...s.crm, setup: null } } : s)),
    };
    expect(expectRefused(setRuleStatus(one, "stageMappings", "agreed", AT))).toEqual([
      {
        path: "$.crmAgreement.stageMappings",
        message:
          "The CRM stage mapping cannot be agreed yet. 1 stage has no CRM mapping (SAL): map each, or mark it not in the CRM.",
      },
    ]);
    const w = aWorkshop();
    const code = w.crmRules?.reasonCodes[0]?.id as string;
    const unlabelled = expectOk(updateReasonCode(w, code, { label: " " }));
    expect(expectRefused(setRuleStatus(unlabelled, "reasonCodes", "agreed", AT))[0]?.message).toBe(
      "The reason-code list cannot be agreed yet. 1 reason code has no label.",
    );
    expect(expectRefused(setRuleStatus(w, "followUps", "agreed", AT))[0]?.message).toBe(
      "The follow-up rule cannot be agreed yet. The follow-up rule holds nothing yet: there is nothing to agree.",
    );
    expect(expectRefused(setRuleStatus(w, "reasonCodes", "agreed", "at noon"))[0]?.path).toBe("at");
    expect(expectRefused(setRuleStatus(w, "reasonCodes", "settled" as never, AT))[0]?.path).toBe("status");
  });

  it("takes votes like a term: a block holds it back until overridden with a reason, which is logged", () => {
    const w = aWorkshop({ title: "Acme" });
    const id = ruleSubjectId("reasonCodes");
    const [marketing, sales] = w.teams.map((t) => t.id) as [string, string];
    let voted = expectOk(setConsensusMethod(w, id, "agree-disagree-block"));
    voted = expectOk(castVote(voted, id, marketing, "agree", sequentialIds("v"))).workshop;
    voted = expectOk(castVote(voted, id, sales, "block", sequentialIds("w"))).workshop;
    expect(voted.crmAgreement.reasonCodes.consensus.votes).toHaveLength(2);
    // The terms are untouched: the vote went to the rule.
    expect(voted.terms).toBe(w.terms);
    const held = expectRefused(setRuleStatus(voted, "reasonCodes", "agreed", AT));
    expect(held[0]).toEqual({
      path: "$.crmAgreement.reasonCodes.consensus",
      message: expect.stringMatching(
        /^The reason-code list cannot be agreed while the consensus check holds it back \(Sales: 1 block\)/,
      ),
    });
    const overridden = expectOk(overrideConsensus(voted, id, "Sales will revisit in March", AT, sequentialIds("o")));
    expect(overridden.decisions.at(-1)).toMatchObject({
      kind: "override",
      text: "Override for the reason-code list despite Sales: 1 block: Sales will revisit in March",
      termId: null,
    });
    const agreed = expectOk(setRuleStatus(overridden, "reasonCodes", "agreed", AT));
    expect(agreed.crmAgreement.reasonCodes.status).toBe("agreed");
    expect(expectRefused(castVote(agreed, id, sales, "agree"))[0]?.message).toBe(
      "The reason-code list is already agreed: set it back to discussing to vote again.",
    );
    const cleared = expectOk(clearVotes(voted, id));
    expect(cleared.crmAgreement.reasonCodes.consensus).toEqual({
      method: "agree-disagree-block",
      votes: [],
      override: null,
    });
  });

  it("goes through the write contract as an undo step, and a phone may vote on it", () => {
    const w = checked(aWorkshop());
    const changed = commit(w, call("setRuleStatus", "reasonCodes", "agreed", AT), FROM_FACILITATOR);
    if (!changed.ok) throw new Error(JSON.stringify(changed.problems));
    expect(changed.document.crmAgreement.reasonCodes.status).toBe("agreed");
    expect(changed.history).toEqual({ kind: "step" });
    const team = w.teams[0]?.id as string;
    const vote = commit(w, call("castVote", ruleSubjectId("reasonCodes"), team, 4), { origin: "room" });
    if (!vote.ok) throw new Error(JSON.stringify(vote.problems));
    expect(vote.document.crmAgreement.reasonCodes.consensus.votes).toMatchObject([{ teamId: team, value: 4 }]);
  });

  it.each([3, 4] as const)(
    "is signed with the charter: a version everyone signed in 1.%i refuses reopening a rule",
    async (minor) => {
      const ready = aReadyWorkshop();
      const signed = checked(
        await aSignedWorkshop({ ...ready, signOff: { ...ready.signOff, charterFormatMinor: minor } }),
      );
      const reopened = commit(signed, call("setRuleStatus", "reasonCodes", "discussing", AT), FROM_FACILITATOR);
      expect(reopened.ok).toBe(false);
      if (!reopened.ok) expect(reopened.problems[0]?.message).toMatch(/signed/i);
    },
  );
});

describe("an agreed rule is exactly what the CRM gets", () => {
  it("reopens when a change alters it, and undo brings back the agreement with the words", () => {
    const w = checked(expectOk(setRuleStatus(aWorkshop(), "reasonCodes", "agreed", AT)));
    const code = w.crmRules?.reasonCodes[0]?.id as string;
    const edited = commit(w, call("updateReasonCode", code, { label: "Wrong territory" }), FROM_FACILITATOR);
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    expect(edited.document.crmAgreement.reasonCodes).toMatchObject({ status: "discussing", agreedAt: null });
    const undone = commit(edited.document, call("restoreChanges", invert(diff(w, edited.document))), FROM_FACILITATOR);
    if (!undone.ok) throw new Error(JSON.stringify(undone.problems));
    expect(undone.document.crmAgreement.reasonCodes).toEqual(w.crmAgreement.reasonCodes);
    expect(undone.document.crmRules?.reasonCodes[0]?.label).toBe("Misrouted");
  });

  it("stays agreed through changes that leave it alone: a stage moved on the map, another rule edited", () => {
    let w = aMappedWaterfall();
    w = expectOk(setRuleStatus(w, "stageMappings", "agreed", AT));
    w = expectOk(setRuleStatus(w, "reasonCodes", "agreed", AT));
    const doc = checked(w);
    const stage = doc.stages[0]?.id as string;
    const moved = commit(doc, call("moveStages", { [stage]: { x: 999, y: 5 } }), FROM_FACILITATOR);
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    expect(moved.document.crmAgreement.stageMappings.status).toBe("agreed");
    const scored = commit(doc, call("updateQualification", { fitThreshold: 70 }), FROM_FACILITATOR);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    expect(scored.document.crmAgreement.stageMappings.status).toBe("agreed");
    expect(scored.document.crmAgreement.reasonCodes.status).toBe("agreed");
    const renamed = commit(doc, call("renameStage", stage, "Marketing qualified"), FROM_FACILITATOR);
    if (!renamed.ok) throw new Error(JSON.stringify(renamed.problems));
    expect(renamed.document.crmAgreement.stageMappings.status).toBe("discussing");
  });

  it("cannot be agreed while the CRM set-up pack would refuse it, through the contract", () => {
    const w = aMappedWaterfall();
    const sal = w.stages.find((s) => s.name === "SAL")?.id as string;
    const clash = expectOk(setStageCrmSetup(w, sal, { apiName: "mql" }));
    const refused = commit(checked(clash), call("setRuleStatus", "stageMappings", "agreed", AT), FROM_FACILITATOR);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]).toEqual({
        path: "$.crmAgreement.stageMappings",
        message: expect.stringMatching(
          /^The CRM stage mapping cannot be agreed yet, as the CRM could not take it: Stage “SAL” has the API name “mql”/,
        ),
      });
    const code = w.crmRules?.reasonCodes[1]?.id as string;
    const twice = expectOk(updateReasonCode(w, code, { label: "Misrouted", apiName: "misrouted_again" }));
    const codes = commit(checked(twice), call("setRuleStatus", "reasonCodes", "agreed", AT), FROM_FACILITATOR);
    expect(codes.ok).toBe(false);
    if (!codes.ok) expect(codes.problems[0]?.message).toMatch(/“Misrouted” is listed twice/);
  });
});

describe("an agreement holds only for the words agreed", () => {
  it("an agreement replayed onto other words (another window's edit joined) opens the rule again", () => {
    const w = checked(aWorkshop());
    const code = w.crmRules?.reasonCodes[0]?.id as string;
    const agreedHere = expectOk(setRuleStatus(w, "reasonCodes", "agreed", AT, sequentialIds("d")));
    const renamedThere = commit(w, call("updateReasonCode", code, { label: "Spam bot" }), FROM_FACILITATOR);
    if (!renamedThere.ok) throw new Error(JSON.stringify(renamedThere.problems));
    const joined = commit(renamedThere.document, call("restoreChanges", diff(w, agreedHere)), FROM_FACILITATOR);
    if (!joined.ok) throw new Error(JSON.stringify(joined.problems));
    expect(joined.document.crmRules?.reasonCodes[0]?.label).toBe("Spam bot");
    expect(joined.document.crmAgreement.reasonCodes).toMatchObject({ status: "discussing", agreedAt: null });
    // Replayed onto the words it was agreed on, it holds.
    const same = commit(w, call("restoreChanges", diff(w, agreedHere)), FROM_FACILITATOR);
    if (!same.ok) throw new Error(JSON.stringify(same.problems));
    expect(same.document.crmAgreement.reasonCodes.status).toBe("agreed");
  });

  it("reopening starts a new round: the votes and an override given against them go", () => {
    let w = aWorkshop();
    const id = ruleSubjectId("reasonCodes");
    const sales = w.teams[1]?.id as string;
    w = expectOk(castVote(w, id, sales, 1)).workshop;
    w = expectOk(overrideConsensus(w, id, "Sales will revisit", AT));
    w = expectOk(setRuleStatus(w, "reasonCodes", "agreed", AT));
    const code = w.crmRules?.reasonCodes[0]?.id as string;
    const edited = commit(checked(w), call("updateReasonCode", code, { description: "Other words" }), FROM_FACILITATOR);
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    expect(edited.document.crmAgreement.reasonCodes.consensus).toEqual({
      method: "fist-of-five",
      votes: [],
      override: null,
    });
  });

  it("follow-ups are a handoff's: one that stops being a handoff, or whose stage is renamed, opens the rule again", () => {
    let w = aMappedWaterfall();
    const handoff = w.transitions.find((t) => t.handoff) as Workshop["transitions"][number];
    const plain = w.transitions.find((t) => !t.handoff) as Workshop["transitions"][number];
    w = expectOk(setFollowUp(w, plain.id, {}));
    expect(ruleApplies(w, "followUps")).toBe(false);
    w = expectOk(setFollowUp(w, handoff.id, {}));
    w = expectOk(setRuleStatus(w, "followUps", "agreed", AT));
    const doc = checked(w);
    const notHandoff = commit(doc, call("updateTransition", handoff.id, { handoff: false }), FROM_FACILITATOR);
    if (!notHandoff.ok) throw new Error(JSON.stringify(notHandoff.problems));
    expect(notHandoff.document.crmAgreement.followUps.status).toBe("discussing");
    const renamed = commit(doc, call("renameStage", handoff.from, "Marketing qualified"), FROM_FACILITATOR);
    if (!renamed.ok) throw new Error(JSON.stringify(renamed.problems));
    expect(renamed.document.crmAgreement.followUps.status).toBe("discussing");
    const other = w.stages.find((s) => s.id !== handoff.from && s.id !== handoff.to)?.id as string;
    const elsewhere = commit(doc, call("renameStage", other, "Something else"), FROM_FACILITATOR);
    if (!elsewhere.ok) throw new Error(JSON.stringify(elsewhere.problems));
    expect(elsewhere.document.crmAgreement.followUps.status).toBe("agreed");
  });
});

describe("votes on a rule follow the people and teams who cast them", () => {
  const id = ruleSubjectId("reasonCodes");
  function voted() {
    let w = expectOk(addTeam(aWorkshop(), { name: "Customer success" })).workshop;
    const [marketing, , success] = w.teams.map((t) => t.id) as [string, string, string];
    const person = { name: "Ana", role: "CSM", teamId: success, signatory: false };
    w = expectOk(addParticipant(w, person, () => "p-ana")).workshop;
    w = expectOk(castVote(w, id, { teamId: success, participantId: "p-ana" }, 1)).workshop;
    w = expectOk(castVote(w, id, marketing, 4, () => "v-m")).workshop;
    return { w, marketing, success };
  }
  const votes = (w: Workshop) => w.crmAgreement.reasonCodes.consensus.votes;

  it("moves a person's vote to their new team, and keeps it (nameless) when they leave", () => {
    const { w, marketing } = voted();
    const moved = expectOk(updateParticipant(w, "p-ana", { teamId: marketing }));
    expect(votes(moved).find((v) => v.participantId === "p-ana")?.teamId).toBe(marketing);
    const gone = expectOk(removeParticipant(w, "p-ana"));
    expect(votes(gone).map((v) => v.participantId)).toEqual([null, null]);
    expect(validateWorkshop(gone).ok).toBe(true);
  });

  it("drops a removed team's votes, so they cannot hold the rule back unseen", () => {
    const { w, success } = voted();
    const without = expectOk(removeParticipant(w, "p-ana"));
    const removed = expectOk(removeTeam(without, success));
    expect(votes(removed).map((v) => v.id)).toEqual(["v-m"]);
    expect(expectOk(setRuleStatus(removed, "reasonCodes", "agreed", AT)).crmAgreement.reasonCodes.status).toBe(
      "agreed",
    );
  });

  it("are checked like a term's: a vote for a team the workshop does not have is refused, by its path", () => {
    const { w } = voted();
    const stray = {
      ...w,
      crmAgreement: {
        ...w.crmAgreement,
        reasonCodes: {
          ...w.crmAgreement.reasonCodes,
          consensus: {
            ...w.crmAgreement.reasonCodes.consensus,
            votes: [{ id: "v-x", teamId: "nobody", participantId: null, value: 3 }],
          },
        },
      },
    };
    expect(expectRefused(validateWorkshop(stray))).toContainEqual({
      path: "$.crmAgreement.reasonCodes.consensus.votes[0].teamId",
      message: expect.stringContaining('"nobody"'),
    });
  });
});

describe("readiness asks for each rule that holds something", () => {
  it("names each unsettled rule, links to where it is agreed, and a parked rule may be signed", () => {
    let w = aMappedWaterfall();
    const gaps = () => readiness(w).filter((i) => i.kind === "crm-rule-unsettled");
    expect(gaps().map((g) => [g.message, g.target])).toEqual([
      ["The CRM stage mapping is neither agreed nor parked.", { view: "agreement", id: "crm-rule:stageMappings" }],
      ["The reason-code list is neither agreed nor parked.", { view: "agreement", id: "crm-rule:reasonCodes" }],
    ]);
    // Short of time, the room may sign the mapping as an open item, as it may a term.
    const recorded = expectOk(recordOpenItems(w, gaps().slice(0, 1)));
    expect(readiness(recorded).find((i) => i.kind === "crm-rule-unsettled")?.recorded).toBe(true);
    w = expectOk(setRuleStatus(w, "stageMappings", "agreed", AT));
    w = expectOk(setRuleStatus(w, "reasonCodes", "parked", AT));
    expect(gaps()).toEqual([]);
    expect(signOffBlockers(w).some((b) => b.kind === "crm-rule-unsettled")).toBe(false);
  });

  it("is not asked of a version written in 1.3, whose charter cannot say it", () => {
    const w = aMappedWaterfall();
    const oneThree = { ...w, signOff: { ...w.signOff, charterFormatMinor: 3 as const } };
    expect(readiness(oneThree).some((i) => i.kind === "crm-rule-unsettled")).toBe(false);
  });
});

describe("an agreed rule, read back with its fields in another order", () => {
  const aQualifyingWaterfall = () =>
    expectOk(updateQualification(aMappedWaterfall(), { handRaise: "Asks for a demo", exclusions: ["Students"] }));

  /** The same JSON, each object's keys in reverse: as a document read back whole, not copied by zod, may hold them. */
  const reversed = <T>(value: T): T =>
    Array.isArray(value)
      ? (value.map(reversed) as T)
      : value && typeof value === "object"
        ? (Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          ) as T)
        : value;

  it("keeps its digest, and stays agreed", () => {
    const w = expectOk(setRuleStatus(aQualifyingWaterfall(), "qualification", "agreed", AT, sequentialIds("v")));
    const rule = w.crmAgreement.qualification;
    expect(rule.status).toBe("agreed");
    const reordered = { ...w, crmRules: reversed(w.crmRules), stages: reversed(w.stages) };
    expect(ruleDigest(reordered, "qualification")).toBe(ruleDigest(w, "qualification"));
    expect(ruleDigest(reordered, "stageMappings")).toBe(ruleDigest(w, "stageMappings"));
    // Its agreement came with the document (another window's, joined): it is held to the digest it was agreed on.
    const joined = { ...reordered, crmAgreement: { ...reordered.crmAgreement, qualification: { ...rule } } };
    expect(reopenChangedRules(w, joined).crmAgreement.qualification.status).toBe("agreed");
    // And an untouched agreement over the same mapping read in another order is not "changed".
    const mapped = expectOk(setRuleStatus(w, "stageMappings", "agreed", AT, sequentialIds("m")));
    const mappedReordered = { ...mapped, stages: reversed(mapped.stages) };
    expect(reopenChangedRules(mapped, mappedReordered).crmAgreement.stageMappings.status).toBe("agreed");
  });

  it("still holds an agreement stored with the digest of the content as it was ordered", () => {
    const w = expectOk(setRuleStatus(aQualifyingWaterfall(), "qualification", "agreed", AT, sequentialIds("v")));
    const asBefore = bytesToHex(sha256(utf8ToBytes(JSON.stringify(w.crmRules?.qualification)))).slice(0, 16);
    const stored = {
      ...w,
      crmAgreement: { ...w.crmAgreement, qualification: { ...w.crmAgreement.qualification, agreedOn: asBefore } },
    };
    expect(reopenChangedRules(w, stored).crmAgreement.qualification.status).toBe("agreed");
    const changed = expectOk(updateQualification(stored, { handRaise: "Asks for a demo, twice" }));
    expect(reopenChangedRules(stored, changed).crmAgreement.qualification.status).toBe("discussing");
  });
});
