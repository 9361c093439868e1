import { withoutInvisibleDeep } from "../workshop/text";
import type { Call } from "./operations";

/**
 * What the facilitator typed or pasted, without the invisible control
 * characters the document refuses (shared/workshop/text.ts): taken out on the
 * way in, and named, rather than refusing the whole paste they came with.
 */
export function withVisibleText<C extends Pick<Call, "args">>(operation: C): { call: C; removed: string[] } {
  const removed: string[] = [];
  const args = withoutInvisibleDeep(operation.args, removed);
  return { call: args === operation.args ? operation : ({ ...operation, args } as C), removed };
}
