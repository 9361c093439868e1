import type { Charter, CharterFile } from "./format";

/**
 * The charter as its file's revision means it: fields of a later revision
 * that a file happens to carry mean nothing (docs/charter-format.md, "Format
 * revisions"), so the import, the PDF and the CRM pack never act on them.
 */
export function meaningfulCharter(file: Pick<CharterFile, "formatMinor" | "charter">): Charter {
  const minor = file.formatMinor ?? 0;
  const c = file.charter;
  if (minor >= 4) return c;
  const { crmAgreement: _agreement, ...upToThree } = c;
  if (minor >= 3) return upToThree;
  const openItems = c.openItems.map(({ due: _due, ...item }) => item);
  if (minor >= 2) return { ...upToThree, openItems };
  const { crmRules: _rules, slaCalendar, ...rest } = upToThree;
  return {
    ...rest,
    openItems,
    ...(minor >= 1 ? { slaCalendar } : {}),
    stages: rest.stages.map((s) => {
      const { outcome, ...stage } = s;
      const { hubspot, salesforce, setup: _setup, ...crm } = s.crm;
      return minor >= 1 ? { ...stage, outcome, crm: { ...crm, hubspot, salesforce } } : { ...stage, crm };
    }),
    transitions: rest.transitions.map(({ followUp: _followUp, ...t }) => t),
  };
}
