import { isLocked } from "../../../shared/signoff/lock";
import { routeHash, useRoute } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";

/**
 * A signed version reads as signed on every screen, not only on Sign off, so
 * nobody types into a locked charter. One line: it stays on every phase, and
 * the phase below it is what the room came to see.
 */
export function LockedBanner({ workshopId }: { workshopId: string }) {
  const version = useWorkshopStore((s) => (s.workshop && isLocked(s.workshop) ? s.workshop.signOff.version : null));
  const route = useRoute();
  if (version === null) return null;
  const onSignOff = route.screen === "workshop" && route.view === "signoff";
  return (
    <p className="locked-line" role="status">
      <strong>Version {version} is signed and locked.</strong>{" "}
      {onSignOff ? (
        `To change it, start version ${version + 1} below.`
      ) : (
        <>
          To change it, start version {version + 1} on{" "}
          <a href={routeHash({ screen: "workshop", workshopId, view: "signoff", target: null })}>Sign off</a>.
        </>
      )}
    </p>
  );
}
