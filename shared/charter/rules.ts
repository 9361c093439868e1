import { type CrmValue, hubspotStageMeaning, salesforceStatusMeaning } from "../journey/crm";
import { childPath } from "../workshop/json-path";
import { CRM_RULE_TOPICS, WEEKDAYS } from "../workshop/model";
import type { Problem } from "../workshop/result";
import { CHARTER_LIMITS, type CharterFile } from "./format";

/**
 * The format's rules between fields, beyond shapes and references (see
 * docs/charter-format.md, "Rules between fields"). Each holds for every file
 * Accord writes; together they make a charter mean one thing, so that it
 * opens as a workshop and is written back byte for byte. Assumes the file
 * passed CharterFileSchema and checkCharterReferences.
 */
export function checkCharterRules(file: CharterFile): Problem[] {
  const c = file.charter;
  const problems: Problem[] = [];
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, "$.charter");
  const stageIndex = new Map(c.stages.map((s, i) => [s.id, i]));
  const teamIndex = new Map(c.teams.map((t, i) => [t.id, i]));

  const termOfStage = new Map<string, number>();
  for (const [i, term] of c.terms.entries()) {
    if (term.status !== "agreed" && term.definition !== "") {
      problems.push({
        path: at("terms", i, "definition"),
        message: `must be "" while the term is ${term.status}: a definition is the agreed one`,
      });
    }
    checkTeamDefinitions(term.teamDefinitions, teamIndex, at("terms", i, "teamDefinitions"), problems);
    if (term.stageId === null) continue;
    const earlier = termOfStage.get(term.stageId);
    if (earlier !== undefined) {
      problems.push({
        path: at("terms", i, "stageId"),
        message: `names the stage "${term.stageId}", which terms[${earlier}] already names: a stage has one term`,
      });
      continue;
    }
    termOfStage.set(term.stageId, i);
    const stage = c.stages[stageIndex.get(term.stageId) ?? -1];
    if (!stage) continue;
    const s = at("stages", stageIndex.get(term.stageId) as number);
    if (term.status === "agreed") {
      if (stage.definition !== term.definition) {
        problems.push({
          path: childPath(s, "definition"),
          message: `differs from the definition of its term (terms[${i}]); an agreed stage carries its term's definition`,
        });
      }
    } else if (stage.definition !== "" || stage.entryCriteria.length > 0 || stage.exitCriteria.length > 0) {
      const field =
        stage.definition !== "" ? "definition" : stage.entryCriteria.length > 0 ? "entryCriteria" : "exitCriteria";
      problems.push({
        path: childPath(s, field),
        message: `must be empty while the stage's term (terms[${i}]) is ${term.status}: only agreed wording is signed`,
      });
    }
  }
  // A workshop holds a term for every stage, so a stage no term names takes a term's place.
  const unnamed = c.stages.filter((st) => !termOfStage.has(st.id)).length;
  if (unnamed > 0 && c.terms.length + unnamed > CHARTER_LIMITS.terms) {
    problems.push({
      path: at("terms"),
      message: `has ${c.terms.length} terms, and ${unnamed} stages no term names: together at most ${CHARTER_LIMITS.terms}, since each such stage counts as a term`,
    });
  }
  checkSignatures(file, problems);
  if ((file.formatMinor ?? 0) >= 1) checkOneOne(file, problems);
  if ((file.formatMinor ?? 0) >= 2) checkOneTwo(file, problems);
  if ((file.formatMinor ?? 0) >= 3) checkOneThree(file, problems);
  if ((file.formatMinor ?? 0) >= 4) checkOneFour(file, problems);
  return problems;
}

/** Format 1.4: every CRM rule's status is stated, and an agreement says when it was made (and only then). */
function checkOneFour(file: CharterFile, problems: Problem[]): void {
  const agreement = file.charter.crmAgreement;
  if (agreement === undefined) {
    problems.push({
      path: "$.charter.crmAgreement",
      message: "is missing: a format 1.4 charter states where the room stands on each CRM rule",
    });
    return;
  }
  for (const topic of CRM_RULE_TOPICS) {
    const { status, agreedAt } = agreement[topic];
    const path = `$.charter.crmAgreement.${topic}.agreedAt`;
    if (status === "agreed" && agreedAt === null)
      problems.push({ path, message: "must say when the rule was agreed: its status is agreed" });
    else if (status !== "agreed" && agreedAt !== null)
      problems.push({ path, message: `must be null while the rule is ${status}` });
  }
}

/** Format 1.3: every open item says by when (null when no date was agreed). */
function checkOneThree(file: CharterFile, problems: Problem[]): void {
  for (const [i, item] of file.charter.openItems.entries()) {
    if (item.due === undefined)
      problems.push({
        path: `$.charter.openItems[${i}].due`,
        message: "is missing: a format 1.3 charter states each open item's due date (null when there is none)",
      });
  }
}

/** Format 1.2's CRM set-up: present throughout (null where there is none), reason codes told apart. */
function checkOneTwo(file: CharterFile, problems: Problem[]): void {
  const c = file.charter;
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, "$.charter");
  const missing = (path: string, what: string) =>
    problems.push({ path, message: `is missing: a format 1.2 charter ${what}` });
  if (c.crmRules === undefined) missing(at("crmRules"), "states its CRM rules (null when the room agreed none)");
  for (const [i, stage] of c.stages.entries()) {
    if (stage.crm.setup === undefined)
      missing(at("stages", i, "crm", "setup"), "states each stage's CRM mapping (null when there is none)");
  }
  for (const [i, t] of c.transitions.entries()) {
    if (t.followUp === undefined)
      missing(at("transitions", i, "followUp"), "states each transition's follow-up (null when there is none)");
  }
  const seen = new Map<string, number>();
  for (const [i, code] of (c.crmRules?.reasonCodes ?? []).entries()) {
    const earlier = seen.get(code.id);
    if (earlier !== undefined) {
      problems.push({
        path: at("crmRules", "reasonCodes", i, "id"),
        message: `is "${code.id}", the id of reasonCodes[${earlier}]: each reason code has its own id`,
      });
    }
    seen.set(code.id, i);
    if (code.kind !== "recycle" && code.revisitAfterDays !== null) {
      problems.push({
        path: at("crmRules", "reasonCodes", i, "revisitAfterDays"),
        message: `must be null: only a recycle code says when to look again`,
      });
    }
  }
}

const same = (a: CrmValue | null | undefined, b: CrmValue | null) =>
  a === b ||
  (a != null &&
    b !== null &&
    a.object === b.object &&
    a.field === b.field &&
    a.value === b.value &&
    a.label === b.label);

/** Format 1.1's fields are optional in the format, but a file that says it is 1.1 has them all, and means them. */
function checkOneOne(file: CharterFile, problems: Problem[]): void {
  const c = file.charter;
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, "$.charter");
  const missing = (path: string, what: string) =>
    problems.push({ path, message: `is missing: a format 1.1 charter ${what}` });
  if (c.slaCalendar === undefined) missing(at("slaCalendar"), "states its SLA calendar (null when the room set none)");
  else if (c.slaCalendar !== null) {
    const places = c.slaCalendar.workingDays.map((d) => WEEKDAYS.indexOf(d));
    const out = places.findIndex((p, i) => i > 0 && p <= (places[i - 1] as number));
    if (out >= 0) {
      problems.push({ path: at("slaCalendar", "workingDays", out), message: "must name each day once, Monday first" });
    }
    if (c.slaCalendar.hours.start >= c.slaCalendar.hours.end) {
      problems.push({ path: at("slaCalendar", "hours", "end"), message: "must be later than hours.start" });
    }
  }
  for (const [i, stage] of c.stages.entries()) {
    if (stage.outcome === undefined)
      missing(at("stages", i, "outcome"), "says how each outcome ends (null on a stage)");
    else if (stage.kind === "outcome" && stage.outcome === null) {
      problems.push({
        path: at("stages", i, "outcome"),
        message: "must say how this outcome ends: won, lost, disqualified or recycled",
      });
    } else if (stage.kind === "stage" && stage.outcome !== null) {
      problems.push({ path: at("stages", i, "outcome"), message: `must be null: the stage is not an outcome` });
    }
    const meanings = [
      ["hubspot", stage.crm.hubspotLifecycleStage, hubspotStageMeaning],
      ["salesforce", stage.crm.salesforceLeadStatus, salesforceStatusMeaning],
    ] as const;
    for (const [key, typed, meaning] of meanings) {
      const given = stage.crm[key];
      const expected = typed === null ? null : meaning(typed);
      if (given === undefined)
        missing(at("stages", i, "crm", key), "says what each CRM value means (null when there is none)");
      else if (!same(given, expected)) {
        problems.push({
          path: at("stages", i, "crm", key),
          message: `must be ${JSON.stringify(expected)}: what ${JSON.stringify(typed)} means, by the format's table`,
        });
      }
    }
  }
}

/** At most one per team, in the order of `teams`, never empty: a team that wrote nothing is left out. */
function checkTeamDefinitions(
  definitions: CharterFile["charter"]["terms"][number]["teamDefinitions"],
  teamIndex: Map<string, number>,
  path: string,
  problems: Problem[],
): void {
  let last = -1;
  for (const [j, d] of definitions.entries()) {
    const place = teamIndex.get(d.teamId);
    if (place === undefined) continue;
    if (place <= last) {
      problems.push({
        path: childPath(childPath(path, j), "teamId"),
        message:
          place === last
            ? `names the team "${d.teamId}" a second time: each team has one definition`
            : `is out of order: team definitions follow the order of the teams`,
      });
    }
    if (d.text === "") {
      problems.push({
        path: childPath(childPath(path, j), "text"),
        message: "is empty: leave out a team that wrote nothing",
      });
    }
    last = Math.max(last, place);
  }
}

/** One signature per person, carrying that person's team and role as the charter names them. */
function checkSignatures(file: CharterFile, problems: Problem[]): void {
  const people = new Map(file.charter.participants.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  for (const [i, s] of file.signOff.signatures.entries()) {
    const path = `$.signOff.signatures[${i}]`;
    const earlier = seen.get(s.participantId);
    if (earlier !== undefined) {
      problems.push({
        path: childPath(path, "participantId"),
        message: `is "${s.participantId}", who already signed in signatures[${earlier}]: one signature per person`,
      });
    }
    seen.set(s.participantId, i);
    const person = people.get(s.participantId);
    if (!person) continue;
    if (!person.signatory) {
      problems.push({
        path: childPath(path, "participantId"),
        message: `is "${s.participantId}", who is not named to sign (signatory is false)`,
      });
    }
    if (s.teamId !== person.teamId) {
      problems.push({
        path: childPath(path, "teamId"),
        message: `is "${s.teamId}", but the participant is in the team "${person.teamId}"`,
      });
    }
    if (s.role !== person.role) {
      problems.push({
        path: childPath(path, "role"),
        message: `must be the participant's role, ${JSON.stringify(person.role)}`,
      });
    }
  }
}
