import { useEffect, useRef } from "react";
import { create } from "zustand";
import type { ViewCommandId } from "../../shared/commands/catalogue";

type Run = () => void;

/** Commands whose state lives in a screen, which implements them while it is open. */
export type BindableId = ViewCommandId | "workshop.new" | "file.import" | "file.export-backup" | "workshop.home";

/** What the open screens can do right now, by command id. Not workshop content: no undo. */
export const useBoundCommands = create<{ runs: Partial<Record<string, Run>> }>(() => ({ runs: {} }));

/**
 * Implements a screen's commands while it is mounted. The latest closures
 * are always the ones run, so a screen need not memoise them.
 */
export function useBindCommands(runs: Partial<Record<BindableId, Run>>): void {
  const latest = useRef(runs);
  latest.current = runs;
  const ids = Object.keys(runs).join("\n");
  useEffect(() => {
    const mine = ids.split("\n").filter(Boolean);
    const bound = Object.fromEntries(mine.map((id) => [id, () => latest.current[id as BindableId]?.()]));
    useBoundCommands.setState((s) => ({ runs: { ...s.runs, ...bound } }));
    return () =>
      useBoundCommands.setState((s) => ({
        runs: Object.fromEntries(Object.entries(s.runs).filter(([id]) => s.runs[id] !== bound[id])),
      }));
  }, [ids]);
}
