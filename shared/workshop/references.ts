import { voteFits } from "./consensus";
import { childPath } from "./json-path";
import { byId } from "./locate";
import { type Consensus, CRM_RULE_TOPICS, ENTITY_LISTS, type EntityList as ListKey, type Workshop } from "./model";
import { referenceCheck } from "./reference-check";
import type { Problem } from "./result";

type Check = ReturnType<typeof referenceCheck<"team" | "participant" | "stage" | "term">>;
type At = (...keys: PropertyKey[]) => string;

/** A consensus check's votes, on a term or a CRM rule: values the method allows, one a person, with their own team. */
function checkVotes(w: Workshop, consensus: Consensus, at: At, { refer, problems }: Check, what: "term" | "rule") {
  const voted = new Set<string>();
  for (const [j, v] of consensus.votes.entries()) {
    const vote = (key: string) => at("votes", j, key);
    if (!voteFits(consensus.method, v.value)) {
      const expected =
        consensus.method === "fist-of-five" ? "a fist-of-five score (0 to 5)" : "agree, disagree or block";
      problems.push({ path: vote("value"), message: `is not ${expected}, as this ${what}'s consensus check asks` });
    }
    if (v.participantId !== null) {
      if (voted.has(v.participantId)) {
        problems.push({ path: vote("participantId"), message: `has voted on this ${what} already: one vote a person` });
      }
      voted.add(v.participantId);
    }
    refer(() => vote("teamId"), "team", v.teamId);
    refer(() => vote("participantId"), "participant", v.participantId);
    const person = v.participantId === null ? undefined : byId(w.participants, v.participantId);
    if (person && person.teamId !== v.teamId) {
      problems.push({ path: vote("teamId"), message: `is not the team of participant "${person.id}", who cast it` });
    }
  }
}

function checkRuleVotes(w: Workshop, check: Check, root: string) {
  for (const topic of CRM_RULE_TOPICS) {
    const base = childPath(childPath(childPath(root, "crmAgreement"), topic), "consensus");
    checkVotes(w, w.crmAgreement[topic].consensus, (...keys) => keys.reduce<string>(childPath, base), check, "rule");
  }
}

/** What each kind of item refers to. */
const RULES: { [K in ListKey]?: (w: Workshop, item: Workshop[K][number], at: At, check: Check) => void } = {
  participants: (_w, p, at, { refer }) => refer(() => at("teamId"), "team", p.teamId),
  stages: (_w, s, at, { refer }) => refer(() => at("owner", "teamId"), "team", s.owner.teamId),
  transitions: (_w, t, at, { refer }) => {
    refer(() => at("from"), "stage", t.from);
    refer(() => at("to"), "stage", t.to);
    refer(() => at("owner", "teamId"), "team", t.owner.teamId);
  },
  terms: (w, t, at, check) => {
    const { refer, problems } = check;
    refer(() => at("stageId"), "stage", t.stageId);
    for (const field of ["teamDefinitions", "teamSignals"] as const) {
      for (const teamId of Object.keys(t[field])) {
        if (!byId(w.teams, teamId)) {
          problems.push({
            path: at(field, teamId),
            message: `belongs to team "${teamId}", which is not in this workshop`,
          });
        }
      }
    }
    checkVotes(w, t.consensus, (...keys) => at("consensus", ...keys), check, "term");
  },
  kpis: (_w, k, at, { refer }) => refer(() => at("ownerTeamId"), "team", k.ownerTeamId),
  feedbackLoop: (_w, f, at, { refer }) => {
    refer(() => at("fromTeamId"), "team", f.fromTeamId);
    refer(() => at("toTeamId"), "team", f.toTeamId);
  },
  decisions: (_w, d, at, { refer }) => refer(() => at("termId"), "term", d.termId),
  agenda: (_w, a, at, { refer, problems }) => {
    refer(() => at("termId"), "term", a.termId);
    if (a.termId !== null && a.part !== "agreement") {
      problems.push({ path: at("termId"), message: "names a term, which only an item on Agree can" });
    }
  },
};

function checker(w: Workshop): Check {
  return referenceCheck(
    {
      team: w.teams.map((t) => t.id),
      participant: w.participants.map((p) => p.id),
      stage: w.stages.map((s) => s.id),
      term: w.terms.map((t) => t.id),
    },
    "workshop",
  );
}

function checkItem<K extends ListKey>(w: Workshop, key: K, index: number, check: Check, root: string) {
  const rule = RULES[key] as ((w: Workshop, item: unknown, at: At, check: Check) => void) | undefined;
  const base = childPath(childPath(root, key), index);
  rule?.(w, w[key][index], (...keys) => keys.reduce<string>(childPath, base), check);
}

function checkSignatures(w: Workshop, check: Check, root: string) {
  const list = childPath(childPath(root, "signOff"), "signatures");
  for (const [i, s] of w.signOff.signatures.entries()) {
    check.refer(() => childPath(childPath(list, i), "participantId"), "participant", s.participantId);
  }
}

/** Each stage has at most one term. */
function checkOneTermPerStage(w: Workshop, problems: Problem[], root: string) {
  const termOfStage = new Map<string, number>();
  for (const [i, t] of w.terms.entries()) {
    if (t.stageId === null) continue;
    const earlier = termOfStage.get(t.stageId);
    if (earlier === undefined) termOfStage.set(t.stageId, i);
    else {
      problems.push({
        path: childPath(childPath(childPath(root, "terms"), i), "stageId"),
        message: `names stage "${t.stageId}", which ${childPath(childPath(root, "terms"), earlier)} already names; a stage has one term`,
      });
    }
  }
}

/**
 * What a schema cannot say: ids are unique across the whole document, every
 * reference points at something in it, each stage has at most one term, and
 * a person votes with their own team. Assumes the document already passed
 * WorkshopSchema.
 */
export function checkReferences(w: Workshop, root = "$"): Problem[] {
  const check = checker(w);
  for (const key of ENTITY_LISTS) check.unique(childPath(root, key), w[key]);
  check.unique(childPath(childPath(root, "signOff"), "signatures"), w.signOff.signatures);
  for (const key of ENTITY_LISTS) for (let i = 0; i < w[key].length; i++) checkItem(w, key, i, check, root);
  checkOneTermPerStage(w, check.problems, root);
  checkSignatures(w, check, root);
  checkRuleVotes(w, check, root);
  return check.problems;
}

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item.id === b[i]?.id));

/**
 * The same rules after a change to a document that kept them: when every
 * list still holds the same ids in the same places, nothing can have become
 * a duplicate or lost what it pointed at, so only the items the change
 * replaced are checked (paths from "$"). A keystroke then costs one term's
 * check, not the whole workshop's; anything else falls back to checkReferences.
 */
export function checkChangedReferences(before: Workshop, after: Workshop): Problem[] {
  // A person moved to another team changes what their votes may say: that, too, is checked whole.
  const idsKept =
    after.participants === before.participants &&
    ENTITY_LISTS.every((key) => sameIds(before[key], after[key])) &&
    sameIds(before.signOff.signatures, after.signOff.signatures) &&
    after.terms.every((t, i) => t === before.terms[i] || t.stageId === before.terms[i]?.stageId);
  if (!idsKept) return checkReferences(after);
  const check = checker(after);
  for (const key of ENTITY_LISTS) {
    if (after[key] === before[key]) continue;
    for (let i = 0; i < after[key].length; i++) {
      if (after[key][i] !== before[key][i]) checkItem(after, key, i, check, "$");
    }
  }
  if (after.signOff.signatures !== before.signOff.signatures) checkSignatures(after, check, "$");
  if (after.crmAgreement !== before.crmAgreement) checkRuleVotes(after, check, "$");
  return check.problems;
}
