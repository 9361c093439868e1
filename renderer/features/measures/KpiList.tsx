import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { KPI_STARTERS } from "../../../shared/workshop/measures";
import { useBindCommands } from "../../commands/bind";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import { useFocusNew } from "../../ui/useFocusNew";
import { KpiCard } from "./KpiCard";

/** The measures both teams are judged on together, with one-click starting points. */
export function KpiList() {
  const ids = useWorkshopStore(useShallow((s) => s.workshop?.kpis.map((k) => k.id) ?? []));
  const names = useWorkshopStore(useShallow((s) => s.workshop?.kpis.map((k) => k.name) ?? []));
  const list = useRef<HTMLElement>(null);
  const focusNew = useFocusNew(list);
  const added = (result: { ok: boolean; value?: unknown }) => {
    if (result.ok && typeof result.value === "string") focusNew(result.value);
  };
  const addBlank = () => added(edit("addKpi", { name: uniqueName(names) }));
  useBindCommands({ "measures.add": addBlank });
  return (
    <section className="kpis" aria-labelledby="kpis-heading" ref={list}>
      <h2 id="kpis-heading">Shared measures</h2>
      <div className="kpi-starters">
        <span>Start from:</span>
        {KPI_STARTERS.map((starter) => (
          <button
            key={starter.key}
            type="button"
            className="btn"
            disabled={names.includes(starter.name)}
            onClick={() => added(edit("addKpiFromStarter", starter.key))}
          >
            + {starter.name}
          </button>
        ))}
        <button type="button" className="btn btn-primary" onClick={addBlank} aria-keyshortcuts="N">
          + Blank measure
        </button>
      </div>
      <ol className="kpi-list">
        {ids.map((id) => (
          <KpiCard key={id} kpiId={id} />
        ))}
      </ol>
    </section>
  );
}

/** Names must be unique, so a second blank measure is "New measure 2". */
function uniqueName(names: string[]): string {
  let n = 1;
  const name = () => (n === 1 ? "New measure" : `New measure ${n}`);
  while (names.some((x) => x.toLowerCase() === name().toLowerCase())) n++;
  return name();
}
