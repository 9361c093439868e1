import { useTermField } from "../../store/selectors";
import { AgreedFields } from "./AgreedFields";
import { StageHandoff } from "./StageHandoff";
import { TermStatusButtons } from "./StatusButtons";
import { TeamTexts } from "./TeamTexts";

/** What the room writes down for one term; the consensus check sits beside it, in view of the room. */
export function AgreePanel({ termId }: { termId: string }) {
  const name = useTermField(termId, "term") ?? "";
  const stageId = useTermField(termId, "stageId");
  const agreedAt = useTermField(termId, "agreedAt");
  return (
    <article className="agree-panel" aria-labelledby={`agree-${termId}`}>
      <header className="agree-head">
        <h2 id={`agree-${termId}`}>{name}</h2>
        <TermStatusButtons termId={termId} termName={name} />
      </header>
      {agreedAt && <p className="agreed-at">Agreed at {new Date(agreedAt).toLocaleTimeString()}</p>}
      <TeamTexts termId={termId} termName={name} />
      <AgreedFields termId={termId} termName={name} />
      {stageId && <StageHandoff stageId={stageId} />}
    </article>
  );
}
