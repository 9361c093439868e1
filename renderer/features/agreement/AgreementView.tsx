import { useEffect, useState } from "react";
import { useWorkshopStore } from "../../store/workshop-store";
import { AgreePanel } from "./AgreePanel";
import { ConsensusCheck } from "./ConsensusCheck";
import { DecisionLog } from "./DecisionLog";
import { ParkingLot } from "./ParkingLot";
import { TermPicker } from "./TermPicker";
import { TimeBox } from "./TimeBox";
import "./agreement.css";

function ConsensusFor({ termId }: { termId: string }) {
  const name = useWorkshopStore((s) => s.workshop?.terms.find((t) => t.id === termId)?.term ?? "");
  return <ConsensusCheck termId={termId} termName={name} />;
}

export function AgreementView() {
  const [picked, setPicked] = useState<string | null>(null);
  const termId = useWorkshopStore((s) => {
    const terms = s.workshop?.terms ?? [];
    return terms.some((t) => t.id === picked)
      ? picked
      : ((terms.find((t) => t.status !== "agreed") ?? terms[0])?.id ?? null);
  });
  // Pin the first term shown, so agreeing it does not jump the panel to the next one.
  useEffect(() => {
    if (picked === null && termId !== null) setPicked(termId);
  }, [picked, termId]);
  return (
    <div className="agreement">
      <TermPicker current={termId} onPick={setPicked} />
      <div className="agreement-main">
        {termId ? (
          <AgreePanel key={termId} termId={termId} />
        ) : (
          <p className="muted">No terms yet: add them on the Definitions board.</p>
        )}
      </div>
      <aside className="agreement-side">
        <TimeBox />
        {termId && <ConsensusFor key={termId} termId={termId} />}
        <ParkingLot />
        <DecisionLog />
      </aside>
    </div>
  );
}
