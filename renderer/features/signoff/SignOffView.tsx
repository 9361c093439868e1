import { useMemo } from "react";
import { buildCharter } from "../../../shared/charter/build";
import { signOffBlockers } from "../../../shared/charter/readiness";
import { currentHash } from "../../../shared/signoff/lock";
import { signOffStatus } from "../../../shared/signoff/status";
import { byId } from "../../../shared/workshop/locate";
import type { Workshop } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";
import { ShortHash } from "../../ui/charter/ShortHash";
import { EarlierVersions } from "./EarlierVersions";
import { ReadinessList } from "./ReadinessList";
import { SignatoryList } from "./SignatoryList";
import { ChangesSinceSigned, LockedBanner } from "./VersionPanel";
import "./signoff.css";

function ApprovedHash({ version, hash, locked }: { version: number; hash: string; locked: boolean }) {
  return (
    <p className="approved-hash">
      {locked ? `Version ${version} was signed with content hash` : `Signing approves version ${version}, content hash`}{" "}
      <ShortHash hash={hash} />
    </p>
  );
}

function SignOff({ workshop }: { workshop: Workshop }) {
  const charter = useMemo(() => buildCharter(workshop), [workshop]);
  const hash = currentHash(workshop);
  const status = signOffStatus(workshop);
  const { locked } = status;
  const blockers = signOffBlockers(workshop);
  const notYet = blockers.length > 0 ? "Settle the gaps above, or sign with them as open items, first." : null;
  const teamName = (teamId: string) => byId(workshop.teams, teamId)?.name ?? "";
  return (
    <div className={locked ? "signoff signoff-locked" : "signoff"}>
      {locked ? (
        <LockedBanner version={workshop.signOff.version} hash={hash} signed={status.signatories.length} />
      ) : (
        <ReadinessList workshop={workshop} />
      )}
      <ApprovedHash version={workshop.signOff.version} hash={hash} locked={locked} />
      {workshop.signOff.version > 1 && <ChangesSinceSigned workshop={workshop} charter={charter} />}
      <SignatoryList
        signatories={status.signatories}
        teamName={teamName}
        version={workshop.signOff.version}
        hash={hash}
        locked={locked}
        notYet={notYet}
      />
      <EarlierVersions workshop={workshop} />
    </div>
  );
}

/**
 * Step 6: the readiness check, the signatures, the lock and the next version.
 * It reads the whole workshop, unlike the editing views: the hash being
 * approved depends on all of it, and nobody types here.
 */
export function SignOffView() {
  const workshop = useWorkshopStore((s) => s.workshop);
  return workshop ? <SignOff workshop={workshop} /> : null;
}
