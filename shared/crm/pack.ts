import type { CharterFile } from "../charter/format";
import { ok, type Result } from "../workshop/result";
import { checkCrmSetup } from "./checks";
import { charterMarkdown, glossaryCsv } from "./documents";
import type { PackFile } from "./files";
import { hubspotFiles } from "./hubspot";
import { planCrm } from "./plan";
import { hubspotReadme, packReadme, salesforceReadme } from "./readmes";
import { salesforceFiles } from "./salesforce";

export type { PackFile };

/**
 * The CRM set-up pack of a charter: HubSpot payloads, a Salesforce project,
 * the glossary and the charter for a wiki. Checked in full first; nothing is
 * made while anything is wrong. Pure, and the same charter always gives the
 * same files, in path order.
 */
export function buildCrmPack(file: CharterFile): Result<PackFile[]> {
  const plan = planCrm(file);
  const problems = checkCrmSetup(plan);
  if (problems.length > 0) return { ok: false, problems };
  const files = [
    { path: "README.md", content: packReadme(plan) },
    glossaryCsv(plan),
    charterMarkdown(plan),
    ...hubspotFiles(plan, (custom) => hubspotReadme(plan, custom)),
    ...salesforceFiles(plan, salesforceReadme(plan)),
  ];
  return ok(files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
}
