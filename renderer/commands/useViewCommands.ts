import { useEffect, useRef } from "react";
import { create } from "zustand";
import type { ViewCommandId } from "./catalogue";

type Run = () => void;

interface Bound {
  runs: Record<string, Run>;
}

/** What the open view can do right now, by command id (see catalogue.ts). Not workshop content: no undo. */
export const useBoundCommands = create<Bound>(() => ({ runs: {} }));

export function runCommand(id: string): boolean {
  const run = useBoundCommands.getState().runs[id];
  if (!run) return false;
  run();
  return true;
}

/**
 * Binds a view's commands while it is mounted. The latest closures are always
 * the ones run, so a view need not memoise them.
 */
export function useViewCommands(runs: Partial<Record<ViewCommandId, Run>>): void {
  const latest = useRef(runs);
  latest.current = runs;
  const ids = Object.keys(runs).join("\n");
  useEffect(() => {
    const mine = ids.split("\n").filter(Boolean);
    const bound = Object.fromEntries(mine.map((id) => [id, () => latest.current[id as ViewCommandId]?.()]));
    useBoundCommands.setState((s) => ({ runs: { ...s.runs, ...bound } }));
    return () =>
      useBoundCommands.setState((s) => ({
        runs: Object.fromEntries(Object.entries(s.runs).filter(([id]) => s.runs[id] !== bound[id])),
      }));
  }, [ids]);
}
