import type { Stage, Term, Transition, Workshop } from "../workshop/model";
import { STAGE_HEIGHT, STAGE_WIDTH } from "./layout";
import { handoffLabel } from "./wording";

/** JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), the parts a journey uses. */
export type CanvasSide = "top" | "right" | "bottom" | "left";
export interface CanvasTextNode {
  id: string;
  type: "text";
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  color?: string;
}
export interface CanvasEdge {
  id: string;
  fromNode: string;
  fromSide?: CanvasSide;
  fromEnd?: "none" | "arrow";
  toNode: string;
  toSide?: CanvasSide;
  toEnd?: "none" | "arrow";
  color?: string;
  label?: string;
}
export interface JsonCanvas {
  nodes: CanvasTextNode[];
  edges: CanvasEdge[];
}

/** Canvas tools colour handoffs with preset "1" (red), so they stand out as they do on the map. */
const HANDOFF_COLOUR = "1";

/**
 * A text node is Markdown, and canvas tools render HTML inside Markdown: a
 * name from the room is text, so everything that would be markup is escaped,
 * and a line break cannot start a heading or a list.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]{}()#+\-.!|~]/g, (c) => `\\${c}`);
}

function stageText(w: Workshop, stage: Stage, term: Term | undefined): string {
  const team = w.teams.find((t) => t.id === stage.owner.teamId);
  const role = stage.owner.role ? ` (${markdownText(stage.owner.role)})` : "";
  const owner = team ? `${markdownText(team.name)}${role}` : "not decided";
  const lines = [`## ${markdownText(stage.name)}`];
  if (stage.buyerLabel) lines.push("", `*${markdownText(stage.buyerLabel)}*`);
  lines.push("");
  if (stage.kind === "outcome" && stage.outcome) lines.push(`**Outcome:** ${stage.outcome}  `);
  lines.push(`**Owner:** ${owner}  `, `**Term:** ${term?.status ?? "open"}`);
  return lines.join("\n");
}

function transitionLabel(t: Transition): string | undefined {
  return t.handoff ? handoffLabel(t) : t.trigger.trim() || undefined;
}

/** The journey as a JSON Canvas, for Obsidian and other canvas tools: integer geometry, spec-only fields. */
export function journeyToJsonCanvas(w: Workshop): JsonCanvas {
  const nodes: CanvasTextNode[] = w.stages.map((s) => {
    const node: CanvasTextNode = {
      id: s.id,
      type: "text",
      x: Math.round(s.position.x),
      y: Math.round(s.position.y),
      width: STAGE_WIDTH,
      height: STAGE_HEIGHT + 40,
      text: stageText(
        w,
        s,
        w.terms.find((t) => t.stageId === s.id),
      ),
    };
    const colour = w.teams.find((t) => t.id === s.owner.teamId)?.colour;
    if (colour) node.color = colour.toUpperCase();
    return node;
  });
  const edges: CanvasEdge[] = w.transitions.map((t) => {
    const edge: CanvasEdge = {
      id: t.id,
      fromNode: t.from,
      fromSide: "right",
      toNode: t.to,
      toSide: "left",
      toEnd: "arrow",
    };
    const label = transitionLabel(t);
    if (label) edge.label = label;
    if (t.handoff) edge.color = HANDOFF_COLOUR;
    return edge;
  });
  return { nodes, edges };
}

const SIDES = ["top", "right", "bottom", "left"];
const ENDS = ["none", "arrow"];
const NODE_TYPES = ["text", "file", "link", "group"];
const isColour = (c: unknown) => typeof c === "string" && /^([1-6]|#[0-9a-fA-F]{6})$/.test(c);

/** Checks a canvas against the spec's rules; returns what is wrong (nothing when it is clean). */
export function canvasProblems(canvas: unknown): string[] {
  const problems: string[] = [];
  if (typeof canvas !== "object" || canvas === null) return ["a canvas is a JSON object"];
  const { nodes = [], edges = [] } = canvas as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return ["nodes and edges must be arrays"];
  const ids = new Set<string>();
  const nodeIds = new Set<string>();
  const claim = (id: unknown, what: string) => {
    if (typeof id !== "string" || id === "") problems.push(`${what} has no id`);
    else if (ids.has(id)) problems.push(`id "${id}" is used twice`);
    else ids.add(id);
  };
  for (const [i, n] of nodes.entries()) {
    claim(n?.id, `node ${i}`);
    nodeIds.add(n?.id);
    if (!NODE_TYPES.includes(n?.type)) problems.push(`node ${i} has type ${n?.type}`);
    for (const k of ["x", "y", "width", "height"]) {
      if (!Number.isInteger(n?.[k])) problems.push(`node ${i} ${k} is not an integer`);
    }
    if (n?.type === "text" && typeof n.text !== "string") problems.push(`text node ${i} has no text`);
    if (n?.color !== undefined && !isColour(n.color)) problems.push(`node ${i} colour ${n.color}`);
  }
  for (const [i, e] of edges.entries()) {
    claim(e?.id, `edge ${i}`);
    if (!nodeIds.has(e?.fromNode)) problems.push(`edge ${i} starts at unknown node ${e?.fromNode}`);
    if (!nodeIds.has(e?.toNode)) problems.push(`edge ${i} ends at unknown node ${e?.toNode}`);
    for (const k of ["fromSide", "toSide"])
      if (e?.[k] !== undefined && !SIDES.includes(e[k])) problems.push(`edge ${i} ${k}`);
    for (const k of ["fromEnd", "toEnd"])
      if (e?.[k] !== undefined && !ENDS.includes(e[k])) problems.push(`edge ${i} ${k}`);
    if (e?.color !== undefined && !isColour(e.color)) problems.push(`edge ${i} colour ${e.color}`);
    if (e?.label !== undefined && typeof e.label !== "string") problems.push(`edge ${i} label`);
  }
  return problems;
}
