export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A result row: the figure, its side-by-side reference, and whether the target is met. */
export function row({ name, figure, unit, reference = null, target = null, lowerIsBetter = true }) {
  const ratio = reference ? figure / reference : null;
  let met = null;
  if (target !== null) met = lowerIsBetter ? figure <= target : figure >= target;
  return { name, figure, unit, reference, ratio, target, met };
}
