import { isLocked } from "../../../shared/signoff/lock";
import { routeHash } from "../../app/route";
import { useWorkshopStore } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";

/** A signed version reads as signed on every screen, not only on Sign off, so nobody types into a locked charter. */
export function LockedBanner({ workshopId }: { workshopId: string }) {
  const version = useWorkshopStore((s) => (s.workshop && isLocked(s.workshop) ? s.workshop.signOff.version : null));
  if (version === null) return null;
  return (
    <Banner tone="info">
      <p>
        <strong>Version {version} is signed and locked.</strong> It can be read and exported; to change it, start
        version {version + 1} on the Sign off screen.
      </p>
      <a className="btn" href={routeHash({ screen: "workshop", workshopId, view: "signoff", target: null })}>
        Go to Sign off
      </a>
    </Banner>
  );
}
