import { useRef } from "react";
import { signOffBlockers } from "../../../shared/charter/readiness";
import type { Workshop } from "../../../shared/workshop/model";
import { isLocked, signOffStatus } from "../../../shared/workshop/signoff";
import { useWorkshopStore } from "../../store/workshop-store";
import { ShortHash } from "../../ui/charter/ShortHash";
import { EarlierVersions } from "./EarlierVersions";
import { ReadinessList } from "./ReadinessList";
import { SignatoryList } from "./SignatoryList";
import { useContentHash } from "./useContentHash";
import { ChangesSinceSigned, LockedBanner } from "./VersionPanel";
import "./signoff.css";

function ApprovedHash({ version, hash, locked }: { version: number; hash: string | null; locked: boolean }) {
  return (
    <p className="approved-hash">
      {locked ? `Version ${version} was signed with content hash` : `Signing approves version ${version}, content hash`}{" "}
      {hash ? <ShortHash hash={hash} /> : <span className="muted">being computed…</span>}
    </p>
  );
}

function SignOff({ workshop }: { workshop: Workshop }) {
  const { charter, hash } = useContentHash(workshop);
  // Until the hash is known, the lock is read without it: a locked version cannot change anyway.
  const locked = hash ? isLocked(workshop, hash) : isLocked(workshop);
  // For display only, the last hash stands in while the next is computed, so rows do not flicker to "sign again".
  const lastHash = useRef<string | null>(null);
  if (hash) lastHash.current = hash;
  const status = signOffStatus(workshop, hash ?? lastHash.current ?? "");
  const blockers = signOffBlockers(workshop);
  const notYet = blockers.length > 0 ? "Settle the gaps above, or sign with them as open items, first." : null;
  const teamName = (teamId: string) => workshop.teams.find((t) => t.id === teamId)?.name ?? "";
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
