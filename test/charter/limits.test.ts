import { readFileSync } from "node:fs";
import { CHARTER_LIMITS as L } from "../../shared/charter/format";
import { MAX_FILE_BYTES } from "../../shared/files/kinds";
import { MAX_DEPTH } from "../../shared/workshop/untrusted";

/** The limits are defined once (CHARTER_LIMITS); the schema and the docs must state the same figures. */
const schema = JSON.parse(readFileSync("schema/accord-charter-1.schema.json", "utf8"));
const docs = readFileSync("docs/charter-format.md", "utf8");
const defs = schema.$defs;
const charter = defs.charter.properties;
const figure = (n: number) => n.toLocaleString("en-US");

describe("the format's limits", () => {
  it("the schema states each limit of CHARTER_LIMITS", () => {
    expect([defs.id.minLength, defs.id.maxLength, defs.ref.maxLength]).toEqual([1, L.idLength, L.idLength]);
    expect(defs.shortText.maxLength).toBe(L.shortText);
    expect(defs.text.maxLength).toBe(L.text);
    expect([charter.teams.minItems, charter.teams.maxItems]).toEqual([L.teams.min, L.teams.max]);
    const lists = {
      participants: L.participants,
      stages: L.stages,
      transitions: L.transitions,
      terms: L.terms,
      kpis: L.kpis,
      feedbackLoop: L.feedbackLoop,
      decisions: L.decisions,
      openItems: L.openItems,
    };
    for (const [list, max] of Object.entries(lists)) expect(charter[list].maxItems, list).toBe(max);
    expect(defs.stage.properties.entryCriteria.maxItems).toBe(L.criteria);
    expect(defs.stage.properties.exitCriteria.maxItems).toBe(L.criteria);
    expect(defs.term.properties.teamDefinitions.maxItems).toBe(L.teamDefinitions);
    expect(defs.signOff.properties.signatures.maxItems).toBe(L.signatures);
    expect(defs.signature.properties.image.anyOf[0].maxLength).toBe(L.signatureImage);
    expect(defs.sla.properties.within.maximum).toBe(L.slaWithin);
    expect(defs.layout.properties.stages.propertyNames.maxLength).toBe(L.idLength);
    // Format 1.2's CRM set-up.
    expect(defs.crmRules.properties.reasonCodes.maxItems).toBe(L.reasonCodes);
    expect(defs.qualification.properties.exclusions.maxItems).toBe(L.profileItems);
    expect(defs.qualification.properties.buyingRoles.maxItems).toBe(L.profileItems);
    for (const t of ["fitThreshold", "engagementThreshold"]) {
      expect(defs.qualification.properties[t].anyOf[0].maximum, t).toBe(L.scoreThreshold);
    }
    expect(defs.followUp.properties.attempts.maximum).toBe(L.followUpAttempts);
    expect(defs.followUp.properties.overDays.maximum).toBe(L.followUpDays);
    expect(defs.reasonCode.properties.revisitAfterDays.anyOf[0].maximum).toBe(L.revisitAfterDays);
  });

  it("the docs state every limit, the file size in bytes and the nesting depth", () => {
    const figures = [
      L.idLength,
      L.shortText,
      L.text,
      L.participants,
      L.stages,
      L.criteria,
      L.transitions,
      L.terms,
      L.kpis,
      L.decisions,
      L.openItems,
      L.signatures,
      L.signatureImage,
      L.slaWithin,
      L.reasonCodes,
      L.profileItems,
      L.followUpAttempts,
      L.followUpDays,
      L.scoreThreshold,
      L.revisitAfterDays,
    ];
    for (const n of figures) expect(docs, String(n)).toContain(figure(n));
    expect(docs).toContain(`${L.teams.min} to ${L.teams.max}`);
    expect(docs).toContain(`${figure(MAX_FILE_BYTES)} bytes (50 MiB)`);
    expect(docs).toContain(`at most ${MAX_DEPTH} levels`);
  });

  it("the schema and the docs name the same reserved keys as the reader refuses", () => {
    const reserved = defs.noReservedNames.anyOf.find((s: { type: string }) => s.type === "object");
    expect(reserved.propertyNames.not.enum).toEqual(["__proto__", "constructor", "prototype"]);
    for (const key of reserved.propertyNames.not.enum) expect(docs).toContain(`\`${key}\``);
  });
});
