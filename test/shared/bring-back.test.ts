import { CHARTER_FORMAT_MINOR } from "../../shared/charter/format";
import { call, commit, FROM_FACILITATOR } from "../../shared/contract";
import { bringBack, type LeftDraft } from "../../shared/contract/bring-back";
import { type DraftField, describeDraftField, holdsDraft } from "../../shared/contract/drafts";
import { diff } from "../../shared/contract/patch";
import { isLocked } from "../../shared/signoff/lock";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { checked } from "../stored";

const stored = checked(aReadyWorkshop());
const mql = stored.stages.find((s) => s.name === "MQL")?.id as string;
const term = stored.terms.find((t) => t.stageId === mql)?.id as string;
const team = stored.teams[0]?.id as string;

function edited(...calls: Parameters<typeof commit>[1][]) {
  let doc = stored;
  for (const c of calls) {
    const result = commit(doc, c, FROM_FACILITATOR);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    doc = result.document;
  }
  return doc;
}

const draft = (field: DraftField, text: string, before: string, live: boolean, at = "2026-12-02T10:00:00Z") =>
  ({ key: `draft-${text}`, field, text, before, live, at }) satisfies LeftDraft;

describe("bringing back what a crashed window left unstored", () => {
  it("joins the changes a window made and did not store onto the stored document", () => {
    const mine = edited(call("recordDefinition", term, team, "Typed just before the crash"));
    const back = bringBack(stored, [{ key: "c1", changes: diff(stored, mine), at: "2026-12-02T10:00:00Z" }], []);
    expect(back.document.terms.find((t) => t.id === term)?.teamDefinitions[team]).toBe("Typed just before the crash");
    expect(back.absorbed).toEqual(["c1"]);
    expect(back.problems).toEqual([]);
  });

  it("joins them onto what another window stored since, keeping both", () => {
    const mine = edited(call("recordDefinition", term, team, "Mine"));
    const theirs = checked(edited(call("updateDetails", { facilitator: "Stored by the other window" })));
    const back = bringBack(theirs, [{ key: "c1", changes: diff(stored, mine), at: "2026-12-02T10:00:00Z" }], []);
    expect(back.document.details.facilitator).toBe("Stored by the other window");
    expect(back.document.terms.find((t) => t.id === term)?.teamDefinitions[team]).toBe("Mine");
  });

  it("never drops changes silently: ones that touch something removed since stay, with the reason", () => {
    const intent = stored.terms.find((t) => t.stageId === null)?.id as string;
    const mine = edited(call("recordDefinition", intent, team, "About a term removed since"));
    const removed = checked(edited(call("removeTerm", intent)));
    const back = bringBack(removed, [{ key: "c1", changes: diff(stored, mine), at: "2026-12-02T10:00:00Z" }], []);
    expect(back.absorbed).toEqual([]);
    expect(back.document).toBe(removed);
    expect(back.problems[0]?.message).toMatch(/could not be brought back: .*removed/);
  });

  it("puts back a definition typed a frame before it would have been kept, where nobody changed it since", () => {
    const field: DraftField = { kind: "definition", termId: term, teamId: team };
    const before = stored.terms.find((t) => t.id === term)?.teamDefinitions[team] ?? "";
    const back = bringBack(stored, [], [draft(field, `${before} and more`, before, true)]);
    expect(back.document.terms.find((t) => t.id === term)?.teamDefinitions[team]).toBe(`${before} and more`);
    expect(back.offers).toEqual([]);
  });

  it("offers, not applies, words typed over a definition that changed since, and names never kept with Enter", () => {
    const definition: DraftField = { kind: "definition", termId: term, teamId: team };
    const changedSince = checked(edited(call("recordDefinition", term, team, "Changed in another window")));
    const name: DraftField = { kind: "stageName", stageId: mql };
    const back = bringBack(
      changedSince,
      [],
      [
        draft(definition, "Typed over the old text", "the old text", true),
        draft(name, "Marketing qualified", "MQL", false),
      ],
    );
    expect(back.document).toBe(changedSince);
    expect(back.offers.map((o) => o.text)).toEqual(["Typed over the old text", "Marketing qualified"]);
    expect(back.absorbed).toEqual([]);
  });

  it("lets go of drafts the document already holds (a name is kept trimmed)", () => {
    const renamed = checked(edited(call("renameStage", mql, "Marketing qualified")));
    const back = bringBack(
      renamed,
      [],
      [draft({ kind: "stageName", stageId: mql }, "Marketing qualified  ", "MQL", false)],
    );
    expect(back.absorbed).toEqual(["draft-Marketing qualified  "]);
    expect(back.offers).toEqual([]);
  });

  it("says where each word was typed, naming what the field held before", () => {
    expect(describeDraftField(stored, { kind: "stageName", stageId: mql }, "MQL")).toBe("The name of stage “MQL”");
    expect(describeDraftField(stored, { kind: "stageName", stageId: "gone" }, "Old")).toBe(
      "The name of a stage removed since (“Old”)",
    );
    const teamName = stored.teams[0]?.name;
    expect(describeDraftField(stored, { kind: "definition", termId: term, teamId: team }, "")).toBe(
      `${teamName}'s definition of “MQL”`,
    );
    expect(holdsDraft(stored, { kind: "termName", termId: "gone" }, "x")).toBe(false);
  });

  it("keeps signatures brought back after an upgrade in the revision they were made in", async () => {
    // Signed in format 1.0 by a window that crashed before storing; the upgrade then moved the unsigned stored version on.
    const asSigned = await aSignedWorkshop({
      ...aReadyWorkshop(),
      signOff: { ...aReadyWorkshop().signOff, charterFormatMinor: 0 },
    });
    const base = checked({ ...asSigned, signOff: { ...asSigned.signOff, signatures: [] } });
    const upgraded = checked({ ...base, signOff: { ...base.signOff, charterFormatMinor: CHARTER_FORMAT_MINOR } });
    const changes = diff(base, checked(asSigned));
    const back = bringBack(upgraded, [{ key: "c1", changes, at: "2026-12-02T10:00:00Z" }], []);
    expect(back.document.signOff.signatures).toHaveLength(asSigned.signOff.signatures.length);
    expect(back.document.signOff.charterFormatMinor).toBe(0);
    expect(isLocked(back.document)).toBe(true);
    // Changes that bring no signature back leave the revision alone.
    const typed = edited(call("recordDefinition", term, team, "Typed"));
    const other = bringBack(stored, [{ key: "c2", changes: diff(stored, typed), at: "2026-12-02T10:00:00Z" }], []);
    expect(other.document.signOff.charterFormatMinor).toBe(stored.signOff.charterFormatMinor);
  });
});
