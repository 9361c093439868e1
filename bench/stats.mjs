export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A result row: the figure, its side-by-side reference, and whether the
 * target is met. `targetRatio` is a target as a ratio to the reference
 * measured in the same run (what the machine's load cannot move); `target` an
 * absolute one, for a figure with no reference.
 */
export function row({ name, figure, unit, reference = null, target = null, targetRatio = null, lowerIsBetter = true }) {
  const ratio = reference ? figure / reference : null;
  let met = null;
  if (targetRatio !== null && ratio !== null) met = ratio <= targetRatio;
  else if (target !== null) met = lowerIsBetter ? figure <= target : figure >= target;
  return { name, figure, unit, reference, ratio, target, targetRatio, met };
}
