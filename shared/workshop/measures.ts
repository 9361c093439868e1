import {
  checkLength,
  checkName,
  checkTeam,
  firstProblem,
  given,
  noSuch,
  problem,
  SHORT_TEXT_MAX,
  TEXT_MAX,
} from "./checks";
import { newId } from "./ids";
import { KPI_STARTERS, type KpiStarterKey } from "./kpi-starters";
import { locate, replaceAt } from "./locate";
import type { Feedback, Kpi, Workshop } from "./model";
import { ok, type Problem, type Produced, produced, type Result, refuse } from "./result";

export { KPI_STARTERS, type KpiStarter, type KpiStarterKey } from "./kpi-starters";

export type KpiInit = Partial<Omit<Kpi, "id">>;
export type FeedbackInit = Omit<Feedback, "id">;

export const DEFAULT_KPI_NAME = "New measure";

const join = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

/** KPI names are committed like other names: trimmed, not blank, not repeated. */
function checkKpi(w: Workshop, kpi: Kpi, prefix: string): Problem | null {
  const others = w.kpis.filter((k) => k.id !== kpi.id).map((k) => k.name);
  return (
    checkName(join(prefix, "name"), "measure", kpi.name, others) ??
    checkLength(join(prefix, "definition"), "A definition", kpi.definition, TEXT_MAX) ??
    checkLength(join(prefix, "formula"), "A formula", kpi.formula, TEXT_MAX) ??
    checkLength(join(prefix, "target"), "A target", kpi.target, SHORT_TEXT_MAX) ??
    (kpi.ownerTeamId === null ? null : checkTeam(w, join(prefix, "ownerTeamId"), kpi.ownerTeamId))
  );
}

/** Its value is the new measure's id. */
export function addKpi(w: Workshop, init: KpiInit = {}, makeId: () => string = newId): Result<Produced<string>> {
  const kpi: Kpi = {
    id: makeId(),
    name: (init.name ?? DEFAULT_KPI_NAME).trim(),
    definition: init.definition ?? "",
    formula: init.formula ?? null,
    target: init.target ?? null,
    ownerTeamId: init.ownerTeamId ?? null,
  };
  const invalid = firstProblem(checkKpi(w, kpi, ""));
  if (invalid) return invalid;
  return produced({ ...w, kpis: [...w.kpis, kpi] }, kpi.id);
}

export function addKpiFromStarter(
  w: Workshop,
  starterKey: KpiStarterKey,
  makeId: () => string = newId,
): Result<Produced<string>> {
  const starter = KPI_STARTERS.find((s) => s.key === starterKey);
  if (!starter) return refuse("starterKey", `There is no starting measure called "${starterKey}".`);
  const { key: _key, ...init } = starter;
  return addKpi(w, init, makeId);
}

export function updateKpi(w: Workshop, kpiId: string, patch: KpiInit): Result {
  const found = locate(w.kpis, kpiId);
  if (!found) return noSuch("kpiId", "measure", kpiId);
  const { index, item: current } = found;
  const kpi: Kpi = { ...current, ...given(patch), id: current.id, name: (patch.name ?? current.name).trim() };
  const invalid = firstProblem(checkKpi(w, kpi, `$.kpis[${index}]`));
  if (invalid) return invalid;
  return ok({ ...w, kpis: replaceAt(w.kpis, index, kpi) });
}

export function removeKpi(w: Workshop, kpiId: string): Result {
  if (!locate(w.kpis, kpiId)) return noSuch("kpiId", "measure", kpiId);
  return ok({ ...w, kpis: w.kpis.filter((k) => k.id !== kpiId) });
}

/** A feedback line runs between two different teams of this workshop. */
function checkFeedback(w: Workshop, feedback: Feedback, prefix: string): Problem | null {
  return (
    checkTeam(w, join(prefix, "fromTeamId"), feedback.fromTeamId) ??
    checkTeam(w, join(prefix, "toTeamId"), feedback.toTeamId) ??
    (feedback.fromTeamId === feedback.toTeamId
      ? problem(join(prefix, "toTeamId"), "Feedback goes from one team to another team, not back to itself.")
      : null) ??
    checkLength(join(prefix, "what"), "What is reported", feedback.what, TEXT_MAX) ??
    checkLength(join(prefix, "cadence"), "How often", feedback.cadence, SHORT_TEXT_MAX)
  );
}

/** Its value is the new feedback line's id. */
export function addFeedback(w: Workshop, init: FeedbackInit, makeId: () => string = newId): Result<Produced<string>> {
  const feedback: Feedback = { id: makeId(), ...init };
  const invalid = firstProblem(checkFeedback(w, feedback, ""));
  if (invalid) return invalid;
  return produced({ ...w, feedbackLoop: [...w.feedbackLoop, feedback] }, feedback.id);
}

export function updateFeedback(w: Workshop, feedbackId: string, patch: Partial<FeedbackInit>): Result {
  const found = locate(w.feedbackLoop, feedbackId);
  if (!found) return noSuch("feedbackId", "feedback line", feedbackId);
  const { index, item: current } = found;
  const feedback: Feedback = { ...current, ...given(patch), id: current.id };
  const invalid = firstProblem(checkFeedback(w, feedback, `$.feedbackLoop[${index}]`));
  if (invalid) return invalid;
  return ok({ ...w, feedbackLoop: replaceAt(w.feedbackLoop, index, feedback) });
}

export function removeFeedback(w: Workshop, feedbackId: string): Result {
  if (!locate(w.feedbackLoop, feedbackId)) return noSuch("feedbackId", "feedback line", feedbackId);
  return ok({ ...w, feedbackLoop: w.feedbackLoop.filter((f) => f.id !== feedbackId) });
}
