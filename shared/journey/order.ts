/** What ordering needs of a stage: the map's stages and a charter's (placed by its layout) both have it. */
interface Placed {
  id: string;
  kind: "stage" | "outcome";
  position: { x: number; y: number };
}

const byPlace = (a: Placed, b: Placed) => a.position.x - b.position.x || a.position.y - b.position.y;

/**
 * The stages in the order a buyer meets them: each after the stages that
 * lead to it (transitions read as "comes before"), ties and loops broken by
 * where they sit on the map, left to right; outcomes last. A map wrapped
 * onto several rows still reads Inquiry, MQL, SAL…, not column by column.
 */
export function journeyOrder<S extends Placed>(
  stages: readonly S[],
  transitions: readonly { from: string; to: string }[],
): S[] {
  const open = stages.filter((s) => s.kind !== "outcome");
  const ids = new Set(open.map((s) => s.id));
  const before = new Map(open.map((s) => [s.id, 0]));
  const after = new Map<string, string[]>(open.map((s) => [s.id, []]));
  for (const t of transitions) {
    if (!ids.has(t.from) || !ids.has(t.to) || t.from === t.to) continue;
    after.get(t.from)?.push(t.to);
    before.set(t.to, (before.get(t.to) ?? 0) + 1);
  }
  const ordered: S[] = [];
  const placed = new Set<string>();
  const ready = () => open.filter((s) => !placed.has(s.id) && before.get(s.id) === 0).sort(byPlace);
  while (ordered.length < open.length) {
    // A loop leaves no stage free: the leftmost of those left goes next, as the map shows it.
    const next = ready()[0] ?? open.filter((s) => !placed.has(s.id)).sort(byPlace)[0];
    if (!next) break;
    ordered.push(next);
    placed.add(next.id);
    for (const to of after.get(next.id) ?? []) before.set(to, (before.get(to) ?? 0) - 1);
  }
  return [...ordered, ...stages.filter((s) => s.kind === "outcome").sort(byPlace)];
}
