import { withoutInvisible } from "../workshop/text";
import type { Call } from "./operations";

function visible(value: unknown, removed: string[]): unknown {
  if (typeof value === "string") {
    const cleaned = withoutInvisible(value);
    removed.push(...cleaned.removed);
    return cleaned.text;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = visible(item, removed);
      changed ||= next !== item;
      return next;
    });
    return changed ? out : value;
  }
  if (typeof value !== "object" || value === null) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const next = visible(item, removed);
    changed ||= next !== item;
    out[key] = next;
  }
  return changed ? out : value;
}

/**
 * What the facilitator typed or pasted, without the invisible control
 * characters the document refuses (shared/workshop/text.ts): taken out on the
 * way in, and named, rather than refusing the whole paste they came with.
 */
export function withVisibleText<C extends Pick<Call, "args">>(operation: C): { call: C; removed: string[] } {
  const removed: string[] = [];
  const args = visible(operation.args, removed);
  return { call: args === operation.args ? operation : ({ ...operation, args } as C), removed };
}
