import { useEffect, useState } from "react";
import { navigate, parseRoute, routeHash } from "../../app/route";
import { useBindCommands } from "../../commands/bind";
import { loadWorkshop, type Recovered } from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { unreadableReason } from "../../storage/summary";
import { useUiStore } from "../../store/ui-store";
import { closeWorkshop, openWorkshop, useWorkshopStore } from "../../store/workshop-store";
import { Banner, NoticeBanner } from "../../ui/Banner";
import { Cockpit } from "../cockpit/Cockpit";
import { PhaseStepper } from "../cockpit/PhaseStepper";
import { startPresenting } from "../cockpit/usePresentation";
import { PhonesPanel } from "../phones/PhonesPanel";
import { usePhoneRoomHost } from "../phones/usePhoneRoomHost";
import { useRoomCue } from "../room/cue-store";
import { openRoomScreen } from "../room/open-room";
import { PresenterStrip } from "../room/PresenterStrip";
import { RoomPresentation } from "../room/RoomPresentation";
import { useBlindRounds } from "../room/useBlindRounds";
import { useRoomBroadcast } from "../room/useRoomBroadcast";
import { BroughtBackBanner } from "./BroughtBackBanner";
import { LockedBanner } from "./LockedBanner";
import { KeptChangesBanner, RefusalBanner, SaveErrorBanner, SaveStatusIndicator, TypedTextNotice } from "./SaveStatus";
import { UndoRedo } from "./UndoRedo";
import { useExportBackup } from "./useExportBackup";
import { useLeaveGuard } from "./useLeaveGuard";
import { WORKSHOP_VIEWS } from "./views";
import "./shell.css";

const NOTHING_RECOVERED: Recovered = { restored: false, absorbed: [], offers: [], problems: [] };

type Loading =
  | { state: "loading" }
  /** `unsaved`: what is on screen holds changes that are not stored yet, kept from before. */
  | { state: "ready"; unsaved: boolean; recovered: Recovered }
  | { state: "missing" }
  | { state: "unreadable"; message: string }
  | { state: "failed"; message: string };

function useOpenWorkshop(workshopId: string): Loading {
  const { db, persistence } = useServices();
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  useEffect(() => {
    let cancelled = false;
    setLoading({ state: "loading" });
    // What a window that closed or crashed left unstored goes into the document before it is read.
    // Failing to bring it back is said, never swallowed: the records stay for the next opening.
    const recovering = persistence.recover(workshopId).catch(
      (error: unknown): Recovered => ({
        ...NOTHING_RECOVERED,
        problems: [
          { path: "$", message: `What was typed before Accord closed could not be brought back yet: ${error}` },
        ],
      }),
    );
    recovering
      .then(async (recovered) => ({ recovered, loaded: await loadWorkshop(db, workshopId) }))
      .then(
        ({ recovered, loaded }) => {
          if (cancelled) return;
          if (loaded.state === "missing") return setLoading({ state: "missing" });
          if (loaded.state === "unreadable") {
            return setLoading({ state: "unreadable", message: unreadableReason(loaded.problems, "It") });
          }
          const unsaved = persistence.unsavedFor(workshopId);
          openWorkshop(unsaved ?? loaded.workshop);
          persistence.follow(loaded.workshop, loaded.revision);
          setLoading({ state: "ready", unsaved: unsaved !== null, recovered });
        },
        (error: unknown) => !cancelled && setLoading({ state: "failed", message: String(error) }),
      );
    return () => {
      cancelled = true;
      persistence.unfollow();
      closeWorkshop();
    };
  }, [db, persistence, workshopId]);
  return loading;
}

export function WorkshopScreen({ workshopId, view }: { workshopId: string; view: string | null }) {
  const loading = useOpenWorkshop(workshopId);
  const backup = useExportBackup();
  const title = useWorkshopStore((s) => s.workshop?.details.title);
  const leave = useLeaveGuard();
  const { host } = useServices();
  const presenting = useUiStore((s) => s.presenting);
  useRoomBroadcast(workshopId);
  usePhoneRoomHost(workshopId);
  useBlindRounds();
  // biome-ignore lint/correctness/useExhaustiveDependencies: moving to another phase is what starts long texts from their beginning.
  useEffect(() => useRoomCue.getState().forgetPage(), [view]);
  // Each phase opens at its top, not where the last one was scrolled to; a deep link scrolls to its own target.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the phase changing is what this follows.
  useEffect(() => {
    const route = parseRoute(window.location.hash);
    if (route.screen === "workshop" && route.target === null) document.documentElement.scrollTop = 0;
  }, [view]);
  useBindCommands({
    "room.open": () => void openRoomScreen(host, workshopId),
    "file.export-backup": () => void backup.exportBackup(),
    "workshop.home": () => leave.mayLeave() && navigate({ screen: "home" }),
  });

  if (loading.state === "loading") return <p className="shell-message">Opening the workshop…</p>;
  if (loading.state !== "ready") {
    return (
      <main className="shell-message">
        <Banner tone="error">
          <p>
            {loading.state === "missing"
              ? "This workshop is not on this computer: it may have been deleted for good."
              : loading.state === "unreadable"
                ? `This workshop cannot be opened, and is kept exactly as it is stored. ${loading.message} On the home screen, “Export as stored” saves it as a file.`
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
    <>
      <div className="shell" data-view={current.key} inert={presenting} aria-hidden={presenting || undefined}>
        <header className="shell-header">
          <a className="btn btn-quiet" href={routeHash({ screen: "home" })} onClick={leave.onLeaveClick}>
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
        <PresenterStrip workshopId={workshopId} />
        <PhonesPanel />
        <div className="shell-banners">
          <LockedBanner workshopId={workshopId} />
          <SaveErrorBanner onExportBackup={backup.exportBackup} />
          {loading.unsaved && <KeptChangesBanner />}
          <BroughtBackBanner recovered={loading.recovered} />
          <RefusalBanner />
          <TypedTextNotice />
          <NoticeBanner notice={backup.outcome} onDismiss={backup.dismiss} />
        </div>
        <main className="shell-body">
          <Current />
        </main>
      </div>
      {presenting && <RoomPresentation />}
      <Cockpit workshopId={workshopId} views={WORKSHOP_VIEWS} current={current.key} />
    </>
  );
}
