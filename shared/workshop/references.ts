import { childPath } from "./json-path";
import type { Workshop } from "./model";
import type { Problem } from "./result";

type Kind = "team" | "participant" | "stage" | "term";

/**
 * What a schema cannot say: ids are unique across the whole document, every
 * reference points at something in it, and each stage has at most one term.
 * Assumes the document already passed WorkshopSchema.
 */
export function checkReferences(w: Workshop, root = "$"): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const known: Record<Kind, Set<string>> = {
    team: new Set(w.teams.map((t) => t.id)),
    participant: new Set(w.participants.map((p) => p.id)),
    stage: new Set(w.stages.map((s) => s.id)),
    term: new Set(w.terms.map((t) => t.id)),
  };
  const at = (...keys: PropertyKey[]) => keys.reduce<string>(childPath, root);

  const identified: [string, readonly { id: string }[]][] = [
    [at("teams"), w.teams],
    [at("participants"), w.participants],
    [at("stages"), w.stages],
    [at("transitions"), w.transitions],
    [at("terms"), w.terms],
    [at("kpis"), w.kpis],
    [at("feedbackLoop"), w.feedbackLoop],
    [at("decisions"), w.decisions],
    [at("parkingLot"), w.parkingLot],
    [at("signOff", "signatures"), w.signOff.signatures],
  ];
  for (const [listPath, list] of identified) {
    for (const [i, item] of list.entries()) {
      const path = childPath(childPath(listPath, i), "id");
      const earlier = firstUse.get(item.id);
      if (earlier === undefined) firstUse.set(item.id, path);
      else
        problems.push({ path, message: `repeats the id "${item.id}" already used at ${earlier}; ids must be unique` });
    }
  }

  const refer = (path: string, kind: Kind, id: string | null) => {
    if (id !== null && !known[kind].has(id)) {
      problems.push({ path, message: `refers to ${kind} "${id}", which is not in this workshop` });
    }
  };
  for (const [i, p] of w.participants.entries()) refer(at("participants", i, "teamId"), "team", p.teamId);
  for (const [i, s] of w.stages.entries()) refer(at("stages", i, "owner", "teamId"), "team", s.owner.teamId);
  for (const [i, t] of w.transitions.entries()) {
    refer(at("transitions", i, "from"), "stage", t.from);
    refer(at("transitions", i, "to"), "stage", t.to);
    refer(at("transitions", i, "owner", "teamId"), "team", t.owner.teamId);
  }
  const termOfStage = new Map<string, string>();
  for (const [i, t] of w.terms.entries()) {
    refer(at("terms", i, "stageId"), "stage", t.stageId);
    if (t.stageId !== null) {
      const earlier = termOfStage.get(t.stageId);
      if (earlier === undefined) termOfStage.set(t.stageId, at("terms", i));
      else {
        problems.push({
          path: at("terms", i, "stageId"),
          message: `names stage "${t.stageId}", which ${earlier} already names; a stage has one term`,
        });
      }
    }
    for (const field of ["teamDefinitions", "teamSignals"] as const) {
      for (const teamId of Object.keys(t[field])) {
        if (!known.team.has(teamId)) {
          problems.push({
            path: at("terms", i, field, teamId),
            message: `belongs to team "${teamId}", which is not in this workshop`,
          });
        }
      }
    }
    for (const [j, v] of t.consensus.votes.entries()) {
      refer(at("terms", i, "consensus", "votes", j, "teamId"), "team", v.teamId);
    }
  }
  for (const [i, k] of w.kpis.entries()) refer(at("kpis", i, "ownerTeamId"), "team", k.ownerTeamId);
  for (const [i, f] of w.feedbackLoop.entries()) {
    refer(at("feedbackLoop", i, "fromTeamId"), "team", f.fromTeamId);
    refer(at("feedbackLoop", i, "toTeamId"), "team", f.toTeamId);
  }
  for (const [i, d] of w.decisions.entries()) refer(at("decisions", i, "termId"), "term", d.termId);
  for (const [i, s] of w.signOff.signatures.entries()) {
    refer(at("signOff", "signatures", i, "participantId"), "participant", s.participantId);
  }
  return problems;
}
