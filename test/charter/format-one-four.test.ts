import { describe, expect, it } from "vitest";
import { buildCharter, buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { charterChanges } from "../../shared/charter/changes";
import type { CharterFile } from "../../shared/charter/format";
import { charterToWorkshop } from "../../shared/charter/import";
import { meaningfulCharter } from "../../shared/charter/meaningful";
import { parseCharterFile } from "../../shared/charter/parse";
import { REASON_PROPERTY } from "../../shared/crm/hubspot";
import { buildCrmPack } from "../../shared/crm/pack";
import { REASON_FIELD } from "../../shared/crm/salesforce";
import { setRuleStatus } from "../../shared/workshop/crm-agreement";
import { setFollowUp } from "../../shared/workshop/crm-rules";
import { migrateWorkshop } from "../../shared/workshop/migrations";
import type { Workshop } from "../../shared/workshop/model";
import { freshCrmAgreement } from "../../shared/workshop/rule-subject";
import { validateWorkshop } from "../../shared/workshop/validate";
import { expectOk, expectRefused } from "../builders";
import { aDealsWorkshop, charterOf } from "../crm/pack-builders";
import { AT, aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

const reread = async (file: CharterFile) => expectOk(await parseCharterFile(serializeCharterFile(file)));
const asMinor = (w: Workshop, minor: 2 | 3) => ({ ...w, signOff: { ...w.signOff, charterFormatMinor: minor } });

describe("charter format 1.4: where the room stands on each CRM rule", () => {
  it("a new workshop writes 1.4, every rule's status stated, a time only for an agreed one", async () => {
    const w = expectOk(
      setRuleStatus({ ...aReadyWorkshop(), crmAgreement: freshCrmAgreement() }, "reasonCodes", "agreed", AT),
    );
    const parked = expectOk(setRuleStatus(w, "qualification", "parked", AT));
    const file = expectOk(await buildCharterFile(parked, INFO));
    expect(file.formatMinor).toBe(4);
    expect(file.charter.crmAgreement).toEqual({
      stageMappings: { status: "open", agreedAt: null },
      followUps: { status: "open", agreedAt: null },
      qualification: { status: "parked", agreedAt: null },
      reasonCodes: { status: "agreed", agreedAt: AT },
    });
    // The votes stay in the workshop: the charter says what was decided, not who voted how.
    expect(JSON.stringify(file.charter.crmAgreement)).not.toContain("consensus");
  });

  it("round-trips: a signed 1.4 charter imported and exported again keeps its hash and its rules' standing", async () => {
    const ready = expectOk(setRuleStatus(aReadyWorkshop(), "qualification", "parked", AT));
    const file = expectOk(await buildCharterFile(await aSignedWorkshop(ready), INFO));
    const back = expectOk(charterToWorkshop(await reread(file)));
    expect(back.crmAgreement.qualification.status).toBe("parked");
    expect(back.crmAgreement.reasonCodes).toMatchObject({ status: "agreed", agreedAt: AT });
    expect(contentHash(buildCharter(back))).toBe(file.signOff.contentHash);
  });

  it("a signed 1.3 charter's rules were signed with it: agreed at its first signature; an unsigned one's are open", async () => {
    const signed = await aSignedWorkshop(asMinor(aReadyWorkshop(), 3));
    const file = expectOk(await buildCharterFile(signed, INFO));
    expect(file.formatMinor).toBe(3);
    expect(file.charter.crmAgreement).toBeUndefined();
    const back = expectOk(charterToWorkshop(await reread(file)));
    expect(back.signOff.charterFormatMinor).toBe(3);
    expect(back.crmAgreement.reasonCodes).toMatchObject({ status: "agreed", agreedAt: AT });
    expect(contentHash(buildCharter(back))).toBe(file.signOff.contentHash);

    const draft = expectOk(await buildCharterFile(asMinor(aReadyWorkshop(), 3), INFO));
    expect(expectOk(charterToWorkshop(await reread(draft))).crmAgreement).toEqual(freshCrmAgreement());
  });

  it("a 1.3 file's stray crmAgreement means nothing", async () => {
    const file = expectOk(await buildCharterFile(asMinor(aReadyWorkshop(), 3), INFO));
    const stray = {
      ...file,
      charter: { ...file.charter, crmAgreement: { ...buildCharter(aReadyWorkshop()).crmAgreement } },
    } as CharterFile;
    expect(meaningfulCharter(stray).crmAgreement).toBeUndefined();
  });

  it("lists a rule agreed or parked since the last version among the changes", () => {
    const v1 = buildCharter(aReadyWorkshop());
    const v2 = buildCharter(expectOk(setRuleStatus(aReadyWorkshop(), "followUps", "parked", AT)));
    expect(charterChanges(v1, v2)).toContainEqual({ section: "crmRules", text: "Follow-ups: agreed → parked" });
    // A 1.3 version states no standing, so moving to 1.4 is no change of its own.
    expect(charterChanges(buildCharter(asMinor(aReadyWorkshop(), 3)), v2)).not.toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/^Follow-ups/) }),
    );
  });
});

describe("the upgrade to schema 8", () => {
  const schema7 = (w: Workshop, minor: 2 | 3) => {
    const { crmAgreement: _agreement, ...rest } = structuredClone(w);
    return { ...rest, schemaVersion: 7, signOff: { ...w.signOff, charterFormatMinor: minor } };
  };

  it("takes up the rules open, and a workshop nobody signed writes 1.4 from then on", () => {
    const up = expectOk(migrateWorkshop(schema7(aReadyWorkshop(), 3))) as Workshop;
    expect(up.schemaVersion).toBe(8);
    expect(up.crmAgreement).toEqual(freshCrmAgreement());
    expect(up.signOff.charterFormatMinor).toBe(4);
  });

  it("a signed 1.3 workshop stays 1.3, its rules agreed when it was first signed, its hash as it was", async () => {
    const signed = await aSignedWorkshop(asMinor(aReadyWorkshop(), 3));
    const hash = contentHash(buildCharter(signed));
    const later = {
      ...signed,
      signOff: {
        ...signed.signOff,
        signatures: signed.signOff.signatures.map((s, i) => ({
          ...s,
          signedAt: i === 0 ? "2026-11-22T16:30:00Z" : s.signedAt,
        })),
      },
    };
    const up = expectOk(migrateWorkshop(schema7(later, 3))) as Workshop;
    expect(up.signOff.charterFormatMinor).toBe(3);
    expect(up.crmAgreement.stageMappings).toMatchObject({ status: "agreed", agreedAt: AT });
    expect(contentHash(buildCharter(up))).toBe(hash);
  });
});

describe("the upgrade to schema 8, for what earlier Accords allowed", () => {
  it("agrees a signed version's rules at its first signature, times compared as times, not as text", () => {
    const w = aReadyWorkshop();
    const signatures = [
      { signedAt: "2026-11-22T14:30:00Z" },
      // 14:05 in UTC: the earliest, though it sorts last as text.
      { signedAt: "2026-11-22T15:05:00+01:00" },
    ].map((s, i) => ({
      ...s,
      id: `sig-${i}`,
      participantId: "p-ann",
      name: "Anna",
      method: "typed",
      image: null,
      contentHash: `sha256:${"0".repeat(64)}`,
    }));
    const { crmAgreement: _agreement, ...rest } = structuredClone(w);
    const old = { ...rest, schemaVersion: 7, signOff: { ...w.signOff, charterFormatMinor: 3, signatures } };
    const up = expectOk(migrateWorkshop(old)) as Workshop;
    expect(up.crmAgreement.reasonCodes.agreedAt).toBe("2026-11-22T15:05:00+01:00");
  });

  it("gives a term whose id had a CRM rule's shape another id, and what pointed at it follows", () => {
    const w = aReadyWorkshop();
    const term = w.terms.find((t) => t.stageId === null) as Workshop["terms"][number];
    const { crmAgreement: _agreement, ...rest } = structuredClone(w);
    const old = {
      ...rest,
      schemaVersion: 7,
      terms: w.terms.map((t) => (t.id === term.id ? { ...t, id: "crm-rule:reasonCodes" } : t)),
      decisions: [{ id: "d-x", kind: "parked", text: "Parked Intent", at: AT, termId: "crm-rule:reasonCodes" }],
    };
    const up = expectOk(migrateWorkshop(old)) as Workshop;
    const moved = up.terms.find((t) => t.term === term.term);
    expect(moved?.id).toBe("term-reasonCodes");
    expect(up.decisions[0]?.termId).toBe("term-reasonCodes");
    expect(validateWorkshop(up).ok).toBe(true);
  });
});

describe("the CRM set-up pack carries only what the room agreed", () => {
  it("leaves out a rule the room did not agree, and says so in its README", async () => {
    let w = aDealsWorkshop();
    const handoff = w.transitions.find((t) => t.handoff)?.id as string;
    w = expectOk(setFollowUp(w, handoff, { attempts: 6, overDays: 10, escalateTo: "Head of sales" }));
    const open = expectOk(setRuleStatus(w, "reasonCodes", "discussing", AT));
    const files = expectOk(buildCrmPack(await charterOf(open)));
    const paths = files.map((f) => f.path);
    expect(paths.some((p) => p.includes(REASON_PROPERTY))).toBe(false);
    expect(paths.some((p) => p.includes(REASON_FIELD))).toBe(false);
    const readme = files.find((f) => f.path === "README.md")?.content ?? "";
    expect(readme).toContain("## Not in this pack");
    expect(readme).toContain("- Reason codes: discussing when the charter was written.");
    expect(readme).toContain("- Follow-ups: open when the charter was written.");
    const hubspot = files.find((f) => f.path === "hubspot/README.md")?.content ?? "";
    expect(hubspot).not.toContain("contact attempts");
    // Agreed, the same rules are in.
    const agreed = expectOk(setRuleStatus(open, "reasonCodes", "agreed", AT));
    const all = expectOk(buildCrmPack(await charterOf(expectOk(setRuleStatus(agreed, "followUps", "agreed", AT)))));
    expect(all.some((f) => f.path.includes(REASON_FIELD))).toBe(true);
    expect(all.find((f) => f.path === "README.md")?.content).not.toContain("Not in this pack");
    expect(all.find((f) => f.path === "hubspot/README.md")?.content).toContain("6 contact attempts over 10 days");
  });

  it("refuses a charter whose stage mapping the room did not agree: without it there is nothing to set up", async () => {
    const parked = expectOk(setRuleStatus(aDealsWorkshop(), "stageMappings", "parked", AT));
    expect(expectRefused(buildCrmPack(await charterOf(parked)))).toEqual([
      {
        path: "$.charter.crmAgreement.stageMappings.status",
        message:
          "The CRM stage mapping is parked, not agreed: the CRM gets only what the room agreed, and without the mapping there is nothing to set up. Agree it in Accord (Agree › Stage mapping), then export again.",
      },
    ]);
  });

  it("asks nothing of a 1.3 charter, which states no standing", async () => {
    const open = { ...aDealsWorkshop(), crmAgreement: freshCrmAgreement() };
    const files = expectOk(buildCrmPack(await charterOf(asMinor(open, 3))));
    expect(files.some((f) => f.path.includes(REASON_FIELD))).toBe(true);
  });
});
