import { byId } from "../workshop/locate";
import type { Workshop } from "../workshop/model";
import { own } from "../workshop/own";
import { type Call, call } from "./operations";

/**
 * A text field whose words reach the document only when the facilitator
 * keeps them (a name: Enter or leaving the field), or a frame after they are
 * typed (a definition). Until then they live in a draft, stored apart from
 * the document, so a crash in between cannot cost the words on screen.
 */
export type DraftField =
  | { kind: "title" }
  | { kind: "stageName"; stageId: string }
  | { kind: "termName"; termId: string }
  | { kind: "kpiName"; kpiId: string }
  | { kind: "definition"; termId: string; teamId: string };

/** One key per field of one workshop: a newer draft of a field replaces the older. */
export function draftKey(field: DraftField): string {
  switch (field.kind) {
    case "title":
      return "title";
    case "stageName":
      return `stage:${field.stageId}:name`;
    case "termName":
      return `term:${field.termId}:name`;
    case "kpiName":
      return `kpi:${field.kpiId}:name`;
    case "definition":
      return `term:${field.termId}:definition:${field.teamId}`;
  }
}

/** What the document holds in that field now; undefined once its stage, term or team is gone. */
export function textOf(w: Workshop, field: DraftField): string | undefined {
  switch (field.kind) {
    case "title":
      return w.details.title;
    case "stageName":
      return byId(w.stages, field.stageId)?.name;
    case "termName":
      return byId(w.terms, field.termId)?.term;
    case "kpiName":
      return byId(w.kpis, field.kpiId)?.name;
    case "definition": {
      const term = byId(w.terms, field.termId);
      if (!term || !byId(w.teams, field.teamId)) return undefined;
      return own(term.teamDefinitions, field.teamId) ?? "";
    }
  }
}

/** Whether the document already holds the draft's words (names are kept trimmed). */
export function holdsDraft(w: Workshop, field: DraftField, text: string): boolean {
  const now = textOf(w, field);
  if (now === undefined) return false;
  return field.kind === "definition" ? now === text : now === text.trim();
}

/** The edit that keeps the draft's words, through the contract like any other. */
export function keepDraftCall(field: DraftField, text: string): Call {
  switch (field.kind) {
    case "title":
      return call("updateDetails", { title: text.trim() });
    case "stageName":
      return call("renameStage", field.stageId, text);
    case "termName":
      return call("renameTerm", field.termId, text);
    case "kpiName":
      return call("updateKpi", field.kpiId, { name: text });
    case "definition":
      return call("recordDefinition", field.termId, field.teamId, text);
  }
}

/** Where the words were typed, in the facilitator's terms, naming what the field held before. */
export function describeDraftField(w: Workshop, field: DraftField, before: string): string {
  const was = before.trim() ? `“${before.trim()}”` : "a new item";
  switch (field.kind) {
    case "title":
      return "The workshop's title";
    case "stageName":
      return textOf(w, field) === undefined ? `The name of a stage removed since (${was})` : `The name of stage ${was}`;
    case "termName":
      return textOf(w, field) === undefined ? `The name of a term removed since (${was})` : `The name of term ${was}`;
    case "kpiName":
      return textOf(w, field) === undefined
        ? `The name of a measure removed since (${was})`
        : `The name of measure ${was}`;
    case "definition": {
      const term = byId(w.terms, field.termId);
      const team = byId(w.teams, field.teamId);
      if (!term || !team) return "A definition of a term or team removed since";
      return `${team.name}'s definition of “${term.term}”`;
    }
  }
}
