import type { Charter, CharterStage, CharterTerm } from "../charter/format";

/**
 * react-pdf lays out everything after a page break again, so one long
 * <Page> costs time in proportion to pages × content. Packing the glossary
 * into page-sized groups ourselves, each its own <Page>, keeps a 40-stage
 * charter fast. The estimate errs on the tall side; an entry that still
 * overflows simply continues on the next page (each group's page wraps).
 */
const PAGE_HEIGHT = 842 - 48 - 64;
const LINE = 9.5 * 1.45;
const CHARS_PER_LINE = 78;

const lines = (text: string) => Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));
const list = (items: readonly string[]) =>
  Math.max(
    1,
    items.reduce((n, item) => n + lines(item), 0),
  );

export function stageHeight(c: Charter, s: CharterStage): number {
  const leaving = c.transitions.filter((t) => t.from === s.id && t.handoff);
  const crm = [s.crm.hubspotLifecycleStage, s.crm.salesforceLeadStatus].filter(Boolean).length;
  const body =
    lines(s.definition) +
    list(s.entryCriteria) +
    list(s.exitCriteria) +
    1 +
    (leaving.length > 0 ? 2 * leaving.length + leaving.reduce((n, t) => n + lines(t.trigger) - 1, 0) : 0) +
    crm;
  return 20 + (s.buyerLabel || s.kind === "outcome" ? LINE + 6 : 0) + body * (LINE + 3) + 14;
}

export const termHeight = (t: CharterTerm): number => 20 + LINE + 6 + lines(t.definition) * LINE + 14;

/** Groups items in order so each group's estimated height fits a page (the first leaves room for a heading). */
export function packPages<T>(items: readonly T[], height: (item: T) => number, firstPageUsed = 0): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let used = firstPageUsed;
  for (const item of items) {
    const h = height(item);
    if (current.length > 0 && used + h > PAGE_HEIGHT) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += h;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}
