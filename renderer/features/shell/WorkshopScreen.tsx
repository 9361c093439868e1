import { useCallback, useEffect, useState } from "react";
import type { MenuCommand } from "../../../shared/host";
import { navigate } from "../../app/route";
import { loadWorkshop } from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { useWorkshopStore } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";
import { Cockpit } from "../cockpit/Cockpit";
import { PhaseStepper } from "../cockpit/PhaseStepper";
import { startPresenting } from "../cockpit/usePresentation";
import { LockedBanner } from "./LockedBanner";
import { RefusalBanner, SaveErrorBanner, SaveStatusIndicator } from "./SaveStatus";
import { UndoRedo } from "./UndoRedo";
import { useEditShortcuts } from "./useEditShortcuts";
import { useExportBackup } from "./useExportBackup";
import { WORKSHOP_VIEWS } from "./views";
import "./shell.css";

type Loading = { state: "loading" } | { state: "ready" } | { state: "missing" } | { state: "failed"; message: string };

function useOpenWorkshop(workshopId: string): Loading {
  const { db } = useServices();
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  useEffect(() => {
    let cancelled = false;
    setLoading({ state: "loading" });
    loadWorkshop(db, workshopId).then(
      (workshop) => {
        if (cancelled) return;
        if (!workshop) return setLoading({ state: "missing" });
        useWorkshopStore.getState().open(workshop);
        setLoading({ state: "ready" });
      },
      (error: unknown) => !cancelled && setLoading({ state: "failed", message: String(error) }),
    );
    return () => {
      cancelled = true;
      useWorkshopStore.getState().close();
    };
  }, [db, workshopId]);
  return loading;
}

export function WorkshopScreen({ workshopId, view }: { workshopId: string; view: string | null }) {
  const loading = useOpenWorkshop(workshopId);
  const backup = useExportBackup();
  const title = useWorkshopStore((s) => s.workshop?.details.title);
  const onMenuCommand = useCallback(
    (command: MenuCommand) => {
      if (command === "file:export-backup") void backup.exportBackup();
      if (command === "workshop:home") navigate({ screen: "home" });
    },
    [backup.exportBackup],
  );
  useEditShortcuts(onMenuCommand);

  if (loading.state === "loading") return <p className="shell-message">Opening the workshop…</p>;
  if (loading.state !== "ready") {
    return (
      <main className="shell-message">
        <Banner tone="error">
          <p>
            {loading.state === "missing"
              ? "This workshop is not on this computer: it may have been deleted for good."
              : `The workshop could not be opened: ${loading.message}`}
          </p>
          <a className="btn" href="#/">
            Back to the workshops
          </a>
        </Banner>
      </main>
    );
  }

  const current = WORKSHOP_VIEWS.find((v) => v.key === view) ?? (WORKSHOP_VIEWS[0] as (typeof WORKSHOP_VIEWS)[number]);
  const Current = current.Component;
  return (
    <div className="shell">
      <header className="shell-header">
        <a className="btn btn-quiet" href="#/">
          ← Workshops
        </a>
        <span className="shell-title">{title || "Untitled workshop"}</span>
        <SaveStatusIndicator />
        <UndoRedo />
        <button type="button" className="btn" onClick={backup.exportBackup}>
          Export backup…
        </button>
        <button type="button" className="btn btn-primary" onClick={startPresenting}>
          Present (F5)
        </button>
        <PhaseStepper workshopId={workshopId} views={WORKSHOP_VIEWS} current={current.key} />
      </header>
      <div className="shell-banners">
        <LockedBanner workshopId={workshopId} />
        <SaveErrorBanner onExportBackup={backup.exportBackup} />
        <RefusalBanner />
        {backup.outcome && (
          <Banner tone={backup.outcome.tone}>
            <p>{backup.outcome.text}</p>
            <button type="button" className="btn" onClick={backup.dismiss}>
              OK
            </button>
          </Banner>
        )}
      </div>
      <main className="shell-body">
        <Current />
      </main>
      <Cockpit
        workshopId={workshopId}
        views={WORKSHOP_VIEWS}
        current={current.key}
        onExportBackup={backup.exportBackup}
      />
    </div>
  );
}
