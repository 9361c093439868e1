import { buildCharter, buildCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { CHARTER_FORMAT_MINOR } from "../../shared/charter/format";
import { charterToWorkshop } from "../../shared/charter/import";
import { parseCharterFile } from "../../shared/charter/parse";
import { readiness } from "../../shared/charter/readiness";
import { hubspotStageMeaning, salesforceStatusMeaning } from "../../shared/journey/crm";
import { earlierCharterFile, startNewVersion } from "../../shared/signoff/versions";
import { defaultSlaCalendar, describeSlaCalendar, setSlaCalendar } from "../../shared/workshop/calendar";
import { migrateWorkshop } from "../../shared/workshop/migrations";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { AT, aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

const asOneZero = (w: Workshop): Workshop => ({ ...w, signOff: { ...w.signOff, charterFormatMinor: 0 } });

describe("charter format 1.1", () => {
  it("a new workshop writes 1.1's fields (in 1.2): the marker, the calendar, each stage's outcome type and CRM meaning", async () => {
    const w = aReadyWorkshop();
    const file = expectOk(await buildCharterFile(w, INFO));
    expect(file.formatMinor).toBe(CHARTER_FORMAT_MINOR);
    expect(file.charter.slaCalendar).toEqual(defaultSlaCalendar("Europe/Warsaw"));
    expect(file.charter.stages.map((s) => s.outcome)).toEqual([null, null]);
    expect(file.charter.stages[0]?.crm).toMatchObject({ hubspot: null, salesforce: null });
  });

  it("a version written in 1.0 stays 1.0, byte for byte what was signed", async () => {
    const w = asOneZero(aReadyWorkshop());
    const file = expectOk(await buildCharterFile(w, INFO));
    expect(file.formatMinor).toBeUndefined();
    expect(Object.keys(file.charter)).not.toContain("slaCalendar");
    expect(Object.keys(file.charter.stages[0] ?? {})).not.toContain("outcome");
    expect(Object.keys(file.charter.stages[0]?.crm ?? {})).toEqual(["hubspotLifecycleStage", "salesforceLeadStatus"]);
  });

  it("the next version of a 1.0 charter is written in the newest revision; the 1.0 version exports as 1.0", async () => {
    const signed = await aSignedWorkshop(asOneZero(aReadyWorkshop()));
    const v2 = expectOk(startNewVersion(signed, contentHash(buildCharter(signed)), "2026-12-01T09:00:00Z"));
    expect(v2.signOff.charterFormatMinor).toBe(CHARTER_FORMAT_MINOR);
    expect(buildCharter(v2).slaCalendar).toEqual(defaultSlaCalendar("Europe/Warsaw"));
    const v1 = expectOk(await earlierCharterFile(v2, 1, INFO));
    expect(v1.formatMinor).toBeUndefined();
    expect(contentHash(v1.charter)).toBe(v1.signOff.contentHash);
    // And a version archived in the newest revision exports in it.
    const v3 = expectOk(
      startNewVersion(await aSignedWorkshop(v2), contentHash(buildCharter(await aSignedWorkshop(v2))), AT),
    );
    expect(expectOk(await earlierCharterFile(v3, 2, INFO)).formatMinor).toBe(CHARTER_FORMAT_MINOR);
  });

  it("an imported charter is written back in its own format, so its hash holds", async () => {
    for (const w of [aReadyWorkshop(), asOneZero(aReadyWorkshop())]) {
      const file = expectOk(await buildCharterFile(await aSignedWorkshop(w), INFO));
      const back = expectOk(charterToWorkshop(expectOk(await parseCharterFile(JSON.stringify(file)))));
      expect(back.signOff.charterFormatMinor).toBe(w.signOff.charterFormatMinor);
      expect(contentHash(buildCharter(back))).toBe(file.signOff.contentHash);
    }
  });

  it("a 1.0 file's stray 1.1 fields keep their shapes but mean nothing: its calendar is not read", async () => {
    const file = JSON.parse(JSON.stringify(expectOk(await buildCharterFile(asOneZero(aReadyWorkshop()), INFO))));
    file.charter.slaCalendar = {
      timeZone: "UTC",
      workingDays: ["friday", "monday"],
      hours: { start: "09:00", end: "17:00" },
    };
    file.signOff.contentHash = contentHash(file.charter);
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    expect(expectOk(charterToWorkshop(opened)).slaCalendar).toBeNull();
    file.charter.stages[0].outcome = 7;
    file.signOff.contentHash = contentHash(file.charter);
    const refused = await parseCharterFile(JSON.stringify(file));
    expect(refused.ok ? null : refused.problems[0]?.path).toBe("$.charter.stages[0].outcome");
  });

  it("reads an outcome's type from a 1.1 file, and guesses it from the name only in 1.0", async () => {
    const w = aReadyWorkshop();
    const lost = { ...(w.stages[1] as Workshop["stages"][number]), id: "s-x", name: "Closed Won (really)" };
    const withOutcome: Workshop = { ...w, stages: [...w.stages, { ...lost, kind: "outcome", outcome: "lost" }] };
    const file = expectOk(await buildCharterFile(withOutcome, INFO));
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    expect(expectOk(charterToWorkshop(opened)).stages[2]?.outcome).toBe("lost");
    const old = expectOk(await buildCharterFile(asOneZero(withOutcome), INFO));
    const guessed = expectOk(charterToWorkshop(expectOk(await parseCharterFile(JSON.stringify(old)))));
    expect(guessed.stages[2]?.outcome).toBe("won");
  });
});

describe("what a CRM value means", () => {
  it("a HubSpot default, by internal value or label in any ASCII case, becomes its internal value and label", () => {
    for (const typed of ["marketingqualifiedlead", "Marketing Qualified Lead", "MARKETING QUALIFIED LEAD"]) {
      expect(hubspotStageMeaning(typed)).toEqual({
        object: "contacts",
        field: "lifecyclestage",
        value: "marketingqualifiedlead",
        label: "Marketing Qualified Lead",
      });
    }
  });

  it("anything else is a value to create in the CRM, labelled as typed: no trimming, no other folding", () => {
    expect(hubspotStageMeaning(" lead")).toMatchObject({ value: null, label: " lead" });
    expect(hubspotStageMeaning("Nurture")).toMatchObject({ value: null, label: "Nurture" });
    // The Kelvin sign lower-cases to k in full Unicode folding; the format folds ASCII only.
    expect("mar\u212Aetingqualifiedlead".toLowerCase()).toBe("marketingqualifiedlead");
    expect(hubspotStageMeaning("mar\u212Aetingqualifiedlead").value).toBeNull();
    expect(salesforceStatusMeaning("working - contacted")).toEqual({
      object: "Lead",
      field: "Status",
      value: "Working - Contacted",
      label: "Working - Contacted",
    });
    expect(salesforceStatusMeaning("Qualified")).toMatchObject({ value: null, label: "Qualified" });
  });
});

describe("the SLA calendar", () => {
  it("is set with days put in week order, and cleared", () => {
    const w = aReadyWorkshop();
    const set = expectOk(
      setSlaCalendar(w, {
        timeZone: "America/New_York",
        workingDays: ["friday", "monday"],
        hours: { start: "08:30", end: "18:00" },
      }),
    );
    expect(set.slaCalendar?.workingDays).toEqual(["monday", "friday"]);
    expect(expectOk(setSlaCalendar(set, null)).slaCalendar).toBeNull();
  });

  it("refuses a zone the clock does not know, no day, a day that ends before it starts, naming the field", () => {
    const w = aReadyWorkshop();
    const base = defaultSlaCalendar("Europe/Warsaw");
    const refused = (c: typeof base) => {
      const r = setSlaCalendar(w, c);
      return r.ok ? null : r.problems[0];
    };
    expect(refused({ ...base, timeZone: "Europe/Atlantis" })).toMatchObject({ path: "$.slaCalendar.timeZone" });
    expect(refused({ ...base, workingDays: [] })).toEqual({
      path: "$.slaCalendar.workingDays",
      message: "Pick at least one working day.",
    });
    expect(
      expectOk(setSlaCalendar(w, { ...base, workingDays: ["monday", "monday"] })).slaCalendar?.workingDays,
    ).toEqual(["monday"]);
    expect(refused({ ...base, hours: { start: "17:00", end: "09:00" } })).toEqual({
      path: "$.slaCalendar.hours.end",
      message: "The working day must end after it starts.",
    });
    expect(refused({ ...base, hours: { start: "", end: "17:00" } })).toMatchObject({
      path: "$.slaCalendar.hours.start",
    });
  });

  it("reads as a room says it: runs of days, the hours, the zone", () => {
    expect(describeSlaCalendar(defaultSlaCalendar("Europe/Warsaw"))).toBe("Monday–Friday, 09:00–17:00, Europe/Warsaw");
    expect(
      describeSlaCalendar({
        timeZone: "UTC",
        workingDays: ["monday", "tuesday", "thursday", "sunday"],
        hours: { start: "07:00", end: "15:30" },
      }),
    ).toBe("Monday, Tuesday, Thursday, Sunday, 07:00–15:30, UTC");
  });

  it("is asked for before sign-off when an SLA counts business hours, and only in a 1.1 version", () => {
    const none = { ...aReadyWorkshop(), slaCalendar: null };
    expect(readiness(none).map((i) => i.kind)).toEqual(["sla-calendar"]);
    expect(readiness(none)[0]?.target).toEqual({ view: "setup", id: "sla-calendar" });
    expect(readiness(asOneZero(none))).toEqual([]);
    const inHours = {
      ...none,
      transitions: none.transitions.map((t) => ({ ...t, sla: t.sla && { ...t.sla, unit: "hours" as const } })),
    };
    expect(readiness(inHours)).toEqual([]);
  });
});

describe("the upgrade to schema 5", () => {
  const schema4 = (w: Workshop) => {
    const { slaCalendar: _c, crmRules: _r, ...rest } = structuredClone(w);
    const { charterFormatMinor: _m, ...signOff } = rest.signOff;
    return { ...rest, schemaVersion: 4, signOff };
  };

  it("a workshop with a signature keeps writing 1.0, so what was signed keeps its hash", async () => {
    const signed = asOneZero(await aSignedWorkshop(asOneZero(aReadyWorkshop())));
    const hash = contentHash(buildCharter(signed));
    const up = expectOk(migrateWorkshop(schema4(signed))) as Workshop;
    expect(up.signOff.charterFormatMinor).toBe(0);
    expect(up.slaCalendar).toBeNull();
    expect(contentHash(buildCharter({ ...signed, ...up }))).toBe(hash);
  });

  it("a workshop nobody signed yet writes the newest revision from then on", () => {
    const up = expectOk(migrateWorkshop(schema4(aReadyWorkshop()))) as Workshop;
    expect(up.signOff.charterFormatMinor).toBe(CHARTER_FORMAT_MINOR);
    expect(up.crmRules).toBeNull();
    expect(up.slaCalendar).toBeNull();
  });
});
