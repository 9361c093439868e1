import type { Charter, CharterTerm } from "../charter/format";
import { describeMapping } from "../charter/mapping";
import { followUpAttempts, formatOwner, formatSla, stageName, teamName } from "../charter/wording";
import { describeSlaCalendar } from "../workshop/calendar";
import { csv } from "./csv";
import type { PackFile } from "./files";
import { inline as md } from "./markdown";
import type { CrmPlan } from "./plan";
import { reasonKindLabel } from "./reasons";

/** Terms in the order a buyer meets their stages, free terms after, as the charter lists them. */
function orderedTerms(plan: CrmPlan): CharterTerm[] {
  const place = new Map(plan.stages.map((p, i) => [p.stage.id, i]));
  const rank = (t: CharterTerm) =>
    t.stageId === null ? plan.stages.length : (place.get(t.stageId) ?? plan.stages.length);
  return [...plan.charter.terms].sort((a, b) => rank(a) - rank(b));
}

export function glossaryCsv(plan: CrmPlan): PackFile {
  const header = ["Term", "Stage", "Status", "Definition", "Entry criteria", "Exit criteria", "Owner", "CRM mapping"];
  const byId = new Map(plan.charter.stages.map((s) => [s.id, s]));
  const rows = orderedTerms(plan).map((t) => {
    const stage = t.stageId === null ? undefined : byId.get(t.stageId);
    return [
      t.term,
      stage?.name ?? "",
      t.status,
      t.definition,
      (stage?.entryCriteria ?? []).join("\n"),
      (stage?.exitCriteria ?? []).join("\n"),
      stage ? formatOwner(plan.charter, stage.owner) : "",
      stage ? describeMapping(stage) : "",
    ];
  });
  return { path: "glossary.csv", content: csv([header, ...rows]) };
}

const list = (items: readonly string[]) => items.map((i) => `- ${md(i)}`).join("\n");
const paragraph = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => md(p))
    .join("\n\n");

function stagesSection(plan: CrmPlan): string[] {
  const out = ["## Stages", ""];
  for (const { stage } of plan.stages) {
    out.push(
      `### ${md(stage.name)}${stage.kind === "outcome" ? ` (outcome${stage.outcome ? `: ${stage.outcome}` : ""})` : ""}`,
      "",
    );
    out.push(stage.definition.trim() ? paragraph(stage.definition) : "_No agreed definition._", "");
    if (stage.entryCriteria.length) out.push("Enters when:", "", list(stage.entryCriteria), "");
    if (stage.exitCriteria.length) out.push("Leaves when:", "", list(stage.exitCriteria), "");
    out.push(`- Owner: ${md(formatOwner(plan.charter, stage.owner))}`, `- CRM: ${md(describeMapping(stage))}`, "");
  }
  return out;
}

function handoffsSection(charter: Charter): string[] {
  const handoffs = charter.transitions.filter((t) => t.handoff);
  if (handoffs.length === 0) return [];
  const out = [
    "## Handoffs",
    "",
    "| From → to | Trigger | Owner | SLA | Follow-up | Escalate a missed SLA to | If rejected |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const t of handoffs) {
    const followUp = t.followUp ? followUpAttempts(t.followUp) : "not agreed";
    out.push(
      `| ${[
        `${stageName(charter, t.from)} → ${stageName(charter, t.to)}`,
        t.trigger || "not agreed",
        formatOwner(charter, t.owner),
        formatSla(t.sla),
        followUp,
        t.followUp?.escalateTo || "not agreed",
        t.onReject ?? "not agreed",
      ]
        .map(md)
        .join(" | ")} |`,
    );
  }
  out.push("");
  if (charter.slaCalendar)
    out.push(`Business hours and days count in ${md(describeSlaCalendar(charter.slaCalendar))}.`, "");
  return out;
}

function rulesSection(charter: Charter): string[] {
  const rules = charter.crmRules;
  if (!rules) return [];
  const out = ["## Reason codes", ""];
  for (const kind of ["reject", "disqualify", "recycle"] as const) {
    const codes = rules.reasonCodes.filter((c) => c.kind === kind);
    if (codes.length === 0) continue;
    out.push(`### ${reasonKindLabel(kind)}`, "");
    for (const c of codes) {
      const again = c.revisitAfterDays !== null ? ` Look again after ${c.revisitAfterDays} days.` : "";
      out.push(`- **${md(c.label)}** (\`${c.apiName}\`): ${md(c.description)}${md(again)}`);
    }
    out.push("");
  }
  const q = rules.qualification;
  out.push("## Qualification", "");
  out.push(`Ideal customer profile: ${q.idealCustomerProfile.trim() ? md(q.idealCustomerProfile) : "not agreed"}`, "");
  if (q.exclusions.length) out.push("Not a fit, whatever the score:", "", list(q.exclusions), "");
  if (q.buyingRoles.length) out.push("The buying committee:", "", list(q.buyingRoles), "");
  const threshold = (n: number | null) => (n === null ? "not agreed" : String(n));
  out.push(
    q.fitThreshold === null && q.engagementThreshold === null
      ? "Scoring thresholds: not agreed."
      : `Marketing-qualified at a fit score of ${threshold(q.fitThreshold)} and an engagement score of ${threshold(q.engagementThreshold)}, the two scored apart.`,
    "",
    `Fast lane (qualified at once, whatever the score): ${q.handRaise.trim() ? md(q.handRaise) : "not agreed"}`,
    "",
  );
  return out;
}

export function charterMarkdown(plan: CrmPlan): PackFile {
  const c = plan.charter;
  const status = plan.file.signOff.status === "signed" ? "signed by everyone" : "a draft, not signed by everyone";
  const freeTerms = c.terms.filter((t) => t.stageId === null);
  const out = [
    `# ${md(c.title)}`,
    "",
    `${md(c.organization)} · version ${c.version} · ${c.workshopDate} · ${status}`,
    "",
    `Content hash: \`${plan.file.signOff.contentHash}\``,
    "",
    ...stagesSection(plan),
    ...handoffsSection(c),
    ...rulesSection(c),
  ];
  if (freeTerms.length) {
    out.push("## Other terms", "");
    for (const t of freeTerms)
      out.push(`- **${md(t.term)}**: ${t.definition.trim() ? md(t.definition) : "no agreed definition"}`);
    out.push("");
  }
  if (plan.file.signOff.signatures.length) {
    out.push("## Signed by", "");
    for (const s of plan.file.signOff.signatures) {
      out.push(`- ${md(s.name)}, ${md(s.role || teamName(c, s.teamId))}, ${s.signedAt}`);
    }
    out.push("");
  }
  return {
    path: "charter.md",
    content: `${out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()}\n`,
  };
}
