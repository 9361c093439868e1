import { buildCharter, buildCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { readiness } from "../../shared/charter/readiness";
import { verifyCharterFile } from "../../shared/charter/verify";
import { call, commit, FROM_FACILITATOR } from "../../shared/contract";
import { isLocked } from "../../shared/signoff/lock";
import { recordOpenItems, signCharter } from "../../shared/signoff/sign";
import { signOffStatus } from "../../shared/signoff/status";
import { earlierCharterFile, earlierVersions, startNewVersion } from "../../shared/signoff/versions";
import type { Workshop } from "../../shared/workshop/model";
import { updateStage } from "../../shared/workshop/stages";
import { expectOk, expectRefused, sequentialIds, TINY_PNG } from "../builders";
import { checked } from "../stored";
import { AT, aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

const hashOf = (w: Workshop) => contentHash(buildCharter(w));
const signing = (participantId: string, contentHash: string) => ({
  participantId,
  name: "Anna Łódź",
  method: "typed" as const,
  image: null,
  at: AT,
  contentHash,
});

describe("signing the charter", () => {
  it("stamps the signature with the time and the hash the person approved", async () => {
    const w = aReadyWorkshop();
    const hash = hashOf(w);
    const signed = expectOk(signCharter(w, signing("p-ann", hash), sequentialIds("sig"))).workshop;
    expect(signed.signOff.signatures).toEqual([
      {
        id: "sig-1",
        participantId: "p-ann",
        name: "Anna Łódź",
        signedAt: AT,
        method: "typed",
        image: null,
        contentHash: hash,
      },
    ]);
    expect(signOffStatus(signed)).toMatchObject({ status: "draft", locked: false, signed: 1 });
  });

  it("refuses someone not named to sign", async () => {
    const w = aReadyWorkshop();
    expect(expectRefused(signCharter(w, signing("p-cy", hashOf(w))))[0]?.message).toBe(
      "Cy São Paulo is not named to sign the charter.",
    );
  });

  it("refuses signing the same version twice", async () => {
    const w = aReadyWorkshop();
    const hash = hashOf(w);
    const once = expectOk(signCharter(w, signing("p-ann", hash))).workshop;
    expect(expectRefused(signCharter(once, signing("p-ann", hash)))[0]?.message).toBe(
      "Anna Łódź has already signed version 1.",
    );
  });

  it("refuses a hash that is not the current content's", async () => {
    const w = aReadyWorkshop();
    const old = hashOf(w);
    const edited = expectOk(updateStage(w, "s-mql", { buyerLabel: "Curious" }));
    expect(expectRefused(signCharter(edited, signing("p-ann", old)))[0]?.path).toBe("contentHash");
  });

  it("refuses a drawn signature without a drawing", async () => {
    const w = aReadyWorkshop();
    const drawn = { ...signing("p-ann", hashOf(w)), method: "drawn" as const };
    expect(expectRefused(signCharter(w, drawn))[0]?.path).toBe("image");
    expect(expectOk(signCharter(w, { ...drawn, image: TINY_PNG })).workshop.signOff.signatures[0]?.image).toBe(
      TINY_PNG,
    );
    // A label proves nothing: an SVG, broken base64 or bare PNG magic bytes are not a drawing.
    const svg = `data:image/png;base64,${btoa("<svg xmlns='http://www.w3.org/2000/svg'/>")}`;
    expect(expectRefused(signCharter(w, { ...drawn, image: svg }))[0]?.message).toBe(
      "The drawn signature is not a PNG image: its bytes say otherwise: clear it and draw it again.",
    );
    expect(expectRefused(signCharter(w, { ...drawn, image: "data:image/png;base64,%%%%" }))[0]?.message).toMatch(
      /not valid base64/,
    );
  });

  it("asks an earlier signatory to sign again after the content changed", async () => {
    const w = aReadyWorkshop();
    const first = expectOk(signCharter(w, signing("p-ann", hashOf(w)))).workshop;
    const edited = expectOk(updateStage(first, "s-mql", { buyerLabel: "Curious" }));
    const hash = hashOf(edited);
    expect(signOffStatus(edited).signatories[0]).toMatchObject({ stale: true });
    const again = expectOk(signCharter(edited, signing("p-ann", hash))).workshop;
    expect(again.signOff.signatures.map((s) => s.contentHash)).toEqual([hash]);
  });

  it("locks the version once every signatory has signed", async () => {
    const signed = await aSignedWorkshop();
    expect(isLocked(signed)).toBe(true);
    expect(signOffStatus(signed)).toMatchObject({ status: "signed", locked: true, signed: 2 });
  });
});

describe("readiness", () => {
  it("is clear for a workshop that is ready", () => {
    expect(readiness(aReadyWorkshop())).toEqual([]);
  });

  it("lists each gap with the place where it is fixed", () => {
    const w = aReadyWorkshop();
    const gappy: Workshop = {
      ...w,
      details: { ...w.details, date: "" },
      participants: w.participants.map((p) => ({ ...p, signatory: false })),
      stages: w.stages.map((s) => (s.id === "s-sql" ? { ...s, owner: { ...s.owner, teamId: null } } : s)),
      transitions: w.transitions.map((t) => ({ ...t, trigger: " ", sla: null, owner: { ...t.owner, teamId: null } })),
      terms: w.terms.map((t) =>
        t.id === "t-mql" ? { ...t, status: "discussing" as const } : t.stageId ? t : { ...t, status: "open" as const },
      ),
    };
    expect(readiness(gappy).map((i) => [i.kind, i.message, i.target.view, i.target.id, i.canRecord])).toEqual([
      ["workshop-date", "The workshop has no date.", "setup", "details-date", false],
      ["no-signatory", "Nobody is named to sign the charter.", "setup", "signatories", false],
      ["stage-definition", "Stage MQL has no agreed definition.", "agreement", "t-mql", true],
      ["stage-owner", "Stage SQL has no owner.", "journey", "s-sql", true],
      ["handoff-trigger", "Handoff MQL → SQL has no trigger.", "journey", "x-handoff", true],
      ["handoff-owner", "Handoff MQL → SQL has no owner.", "journey", "x-handoff", true],
      ["handoff-sla", "Handoff MQL → SQL has no SLA.", "journey", "x-handoff", true],
      ["term-unsettled", "Term Intent is neither agreed nor parked.", "agreement", "t-lead", true],
    ]);
  });

  it("allows signing once the remaining gaps are recorded as open items", async () => {
    const w = aReadyWorkshop();
    const gappy = { ...w, transitions: w.transitions.map((t) => ({ ...t, sla: null })) };
    const refused = expectRefused(signCharter(gappy, signing("p-ann", hashOf(gappy))));
    expect(refused[0]?.message).toMatch(/Handoff MQL → SQL has no SLA\. Fix it, or record it as an open item/);
    const recorded = expectOk(recordOpenItems(gappy, readiness(gappy), sequentialIds("open")));
    expect(recorded.parkingLot.at(-1)).toEqual({
      id: "open-1",
      text: "Handoff MQL → SQL has no SLA.",
      owner: null,
      due: null,
    });
    expect(readiness(recorded).every((i) => i.recorded)).toBe(true);
    expect(expectOk(recordOpenItems(recorded, readiness(recorded)))).toBe(recorded);
    expectOk(signCharter(recorded, signing("p-ann", hashOf(recorded)))).workshop;
  });
});

describe("the lock", () => {
  it("refuses an edit to the signed content of a locked version, and says how to change it", async () => {
    const signed = checked(await aSignedWorkshop());
    const result = commit(signed, call("updateStage", "s-mql", { buyerLabel: "Curious" }), FROM_FACILITATOR);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: "$.signOff",
        message: "Version 1 is signed and locked: to change it, start version 2 on the Sign off screen.",
      },
    ]);
  });

  it("still lets a node move on the journey map, which is not signed", async () => {
    const signed = checked(await aSignedWorkshop());
    const moved = commit(signed, call("moveStages", { "s-mql": { x: 500, y: 9 } }), FROM_FACILITATOR);
    expect(moved.ok && moved.changed).toBe(true);
  });
});

describe("a new version", () => {
  it("keeps version 1 exportable and intact, and points version 2 back at it", async () => {
    const signed = await aSignedWorkshop();
    const v1Hash = hashOf(signed);
    const started = commit(checked(signed), call("startNewVersion", v1Hash, "2026-12-01T09:00:00Z"), FROM_FACILITATOR);
    if (!started.ok) throw new Error(JSON.stringify(started.problems));
    const v2 = started.document;
    expect(v2.signOff).toMatchObject({ version: 2, previousVersionHash: v1Hash, signatures: [] });
    expect(isLocked(v2)).toBe(false);
    expect(buildCharter(v2)).toMatchObject({ version: 2, previousVersionHash: v1Hash });
    expect(earlierVersions(v2)).toEqual([{ version: 1, contentHash: v1Hash }]);

    const v1File = expectOk(await earlierCharterFile(v2, 1, INFO));
    expect(v1File).toEqual(expectOk(await buildCharterFile(signed, INFO)));
    expect(await verifyCharterFile(v1File)).toMatchObject({ intact: true, sealed: false });
  });

  it("is refused while the current version is not signed by everyone", async () => {
    const w = aReadyWorkshop();
    expect(expectRefused(startNewVersion(w, hashOf(w), AT))[0]?.path).toBe("signOff");
  });
});
