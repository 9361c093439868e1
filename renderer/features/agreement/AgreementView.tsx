import { useEffect, useState } from "react";
import { nextToAgree, termNamedBy } from "../../../shared/workshop/glossary";
import { CRM_RULE_TOPICS, type Workshop } from "../../../shared/workshop/model";
import { RULE_NAMES, ruleSubjectId, topicOfSubject } from "../../../shared/workshop/rule-subject";
import { useRouteTarget } from "../../app/route";
import { useBindCommands } from "../../commands/bind";
import { useWorkshopStore } from "../../store/workshop-store";
import { AgreePanel } from "./AgreePanel";
import { ConsensusCheck } from "./ConsensusCheck";
import { DecisionLog } from "./DecisionLog";
import { ParkingLot } from "./ParkingLot";
import { RulePanel } from "./RulePanel";
import { TermPicker } from "./TermPicker";
import { TimeBox } from "./TimeBox";
import "./agreement.css";
import { useTermField } from "../../store/selectors";
import { useRoomCue } from "../room/cue-store";

function ConsensusFor({ termId }: { termId: string }) {
  const name = useTermField(termId, "term") ?? "";
  return <ConsensusCheck termId={termId} termName={name} />;
}

/** The term (or CRM rule) a link points at; null if it is gone. */
function termOf(workshop: Workshop | null, id: string): string | null {
  if (topicOfSubject(id)) return id;
  return (workshop && termNamedBy(workshop, id)?.id) ?? null;
}

const RULE_IDS = CRM_RULE_TOPICS.map(ruleSubjectId);

export function AgreementView() {
  const target = useRouteTarget();
  // Start on the linked term at once, so a link or reload never shows another term first.
  const [picked, setPicked] = useState<string | null>(() =>
    target ? termOf(useWorkshopStore.getState().workshop, target.id) : null,
  );
  // A later link (the palette, while this view is open) opens its term too; one that is gone leaves the pick alone.
  useEffect(() => {
    const termId = target && termOf(useWorkshopStore.getState().workshop, target.id);
    if (termId) setPicked(termId);
  }, [target]);
  const termId = useWorkshopStore((s) => {
    const terms = s.workshop?.terms ?? [];
    if (picked !== null && topicOfSubject(picked)) return picked;
    return terms.some((t) => t.id === picked) ? picked : (nextToAgree(terms)?.id ?? null);
  });
  const topic = termId === null ? null : topicOfSubject(termId);
  // Pin the first term shown, so agreeing it does not jump the panel to the next one.
  useEffect(() => {
    if (picked === null && termId !== null) setPicked(termId);
  }, [picked, termId]);
  const step = (by: 1 | -1) => () => {
    const ids = [...(useWorkshopStore.getState().workshop?.terms.map((t) => t.id) ?? []), ...RULE_IDS];
    const next = ids[ids.indexOf(termId ?? "") + by];
    if (next) setPicked(next);
  };
  // The room screen shows the term (or CRM rule) the facilitator is on.
  useEffect(() => {
    if (termId) useRoomCue.getState().focusTerm(termId);
  }, [termId]);
  useBindCommands({
    "agreement.previous": step(-1),
    "agreement.next": step(1),
    "agreement.reveal": () => termId && useRoomCue.getState().toggleReveal(termId),
  });
  return (
    <div className="agreement">
      <TermPicker current={termId} onPick={setPicked} />
      <div className="agreement-main">
        {topic ? (
          <RulePanel key={topic} topic={topic} />
        ) : termId ? (
          <AgreePanel key={termId} termId={termId} />
        ) : (
          <p className="muted">No terms yet: add them on the Definitions board.</p>
        )}
      </div>
      <aside className="agreement-side">
        <TimeBox />
        {topic ? (
          <ConsensusCheck key={termId} termId={termId as string} termName={RULE_NAMES[topic].title} />
        ) : (
          termId && <ConsensusFor key={termId} termId={termId} />
        )}
        <ParkingLot />
        <DecisionLog />
      </aside>
    </div>
  );
}
