import type { RoomTally, RoomVotes, Verdict } from "../../../shared/room/frame";
import { wholeWords } from "../../../shared/room/short";
import { plural } from "../../../shared/workshop/plural";
import { FitList, FitText } from "./fit";
import { RoomClock } from "./RoomClock";
import type { FrameOf } from "./RoomScreen";
import { TermHeading } from "./TermHeading";

function VerdictLine({ verdict }: { verdict: Verdict }) {
  switch (verdict.kind) {
    case "none":
      return null;
    case "clear":
      return <p className="room-verdict">✓ Nothing blocks it</p>;
    case "held":
      // Who holds it back, by team: the tally above shows how, and six teams' sentences would not fit.
      return <p className="room-verdict room-verdict-held">⚠ Held back by {verdict.teams.join(", ")}</p>;
    case "overridden":
      return <p className="room-verdict">Overridden: {verdict.reason}</p>;
  }
}

function Tally({ rows, teams }: { rows: RoomTally[]; teams: FrameOf<"agreement">["teams"] }) {
  const values = rows[0]?.counts.map((c) => c.value) ?? [];
  const fist = rows.some((r) => r.average !== null) || values.length === 6;
  return (
    <table className="room-tally">
      <thead>
        <tr>
          <th scope="col">Team</th>
          {values.map((v) => (
            <th key={v} scope="col">
              {v}
            </th>
          ))}
          {fist && <th scope="col">Avg</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.teamId}>
            <th scope="row">{teams.find((t) => t.id === row.teamId)?.name}</th>
            {row.counts.map((c) => (
              <td key={c.value} className={c.count ? "room-hit" : undefined}>
                {c.count || "·"}
              </td>
            ))}
            {fist && <td>{row.average === null ? "–" : row.average.toFixed(1)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Blind until revealed: the room sees that people voted, and only then how. */
function Votes({ votes, teams }: { votes: RoomVotes; teams: FrameOf<"agreement">["teams"] }) {
  const counted = votes.of === null ? plural(votes.cast, "vote", "votes") : `${votes.cast} of ${votes.of} have voted`;
  return (
    <section className="room-votes" aria-label="Consensus check">
      <h2>{votes.method === "fist-of-five" ? "Fist of five" : "Agree · disagree · block"}</h2>
      {votes.revealed ? (
        <>
          <Tally rows={votes.tally} teams={teams} />
          <VerdictLine verdict={votes.verdict} />
        </>
      ) : (
        <p className="room-count">{votes.cast === 0 ? "No votes yet" : counted}</p>
      )}
    </section>
  );
}

/** Labelled lines (a criterion, a reason code, a stage's mapping), as many whole ones as fit. */
function Lines({
  lines,
  label,
  counting,
}: {
  lines: { label: string; text: string }[];
  label: string;
  counting: [string, string];
}) {
  return (
    <FitList
      className="room-lines"
      label={label}
      counting={counting}
      items={lines.map((line, i) => ({
        key: `${i}`,
        node: (
          <p>
            <strong>{line.label}:</strong> {wholeWords(line.text, 140)}
          </p>
        ),
      }))}
    />
  );
}

/** What is being agreed, its words on the left, the clock and the room's votes on the right. */
function Agreeing({ frame, children }: { frame: FrameOf<"agreement">; children: React.ReactNode }) {
  const term = frame.term as NonNullable<FrameOf<"agreement">["term"]>;
  return (
    <div className="room-agreement">
      {children}
      <aside className="room-side">
        <RoomClock timer={frame.timer} />
        <Votes votes={term.votes} teams={frame.teams} />
      </aside>
    </div>
  );
}

export function AgreementScreen({ frame }: { frame: FrameOf<"agreement"> }) {
  const { term } = frame;
  if (!term) return <p className="room-empty">No terms yet.</p>;
  const agreed = term.status === "agreed";
  if (term.rule) {
    // A CRM rule in a term's place: what it says, a line each.
    return (
      <Agreeing frame={frame}>
        <TermHeading term={term} kind="CRM rule" />
        <section className="room-wording room-rule" aria-label="The rule">
          <h2>{agreed ? "Agreed rule" : "Proposed rule"}</h2>
          {term.rule.lines.length > 0 ? (
            <Lines lines={term.rule.lines} label="What the rule says" counting={["line", "lines"]} />
          ) : (
            <p className="room-muted">Nothing in this rule yet.</p>
          )}
        </section>
      </Agreeing>
    );
  }
  const criteria = [
    ...term.entry.map((text) => ({ label: "In when", text })),
    ...term.exit.map((text) => ({ label: "Out when", text })),
  ];
  return (
    <Agreeing frame={frame}>
      <TermHeading term={term} />
      <section className="room-wording" aria-label="Wording">
        <h2>{agreed ? "Agreed wording" : "Proposed wording"}</h2>
        {term.wording.trim() ? <FitText>{term.wording}</FitText> : <p className="room-muted">No wording yet.</p>}
        {criteria.length > 0 && (
          <Lines lines={criteria} label="Entry and exit criteria" counting={["criterion", "criteria"]} />
        )}
      </section>
    </Agreeing>
  );
}
