import { useEffect, useState } from "react";
import { PHASES } from "../../../shared/session/phase-list";
import { isAgendaMinutes } from "../../../shared/workshop/agenda";
import { type AgendaItem, type AgendaPart, LIMITS, type Term } from "../../../shared/workshop/model";
import { edit } from "../../store/workshop-store";
import { formatPlannedStart } from "../../ui/format";

const PARTS: { part: AgendaPart; label: string }[] = [
  ...PHASES.map((p) => ({ part: p.key, label: p.label })),
  { part: "break", label: "Break" },
];

/** Minutes as typed: an empty or half-typed number stays in the field and is kept once it is a number of minutes. */
function Minutes({ item }: { item: AgendaItem }) {
  const [typed, setTyped] = useState(String(item.minutes));
  useEffect(() => setTyped(String(item.minutes)), [item.minutes]);
  // What is typed but not kept is said, not silently left different from the plan.
  const unkept = typed.trim() !== "" && !isAgendaMinutes(Number(typed));
  return (
    <label className="agenda-minutes">
      <input
        type="number"
        min={1}
        max={LIMITS.agendaMinutes}
        value={typed}
        aria-label="Minutes"
        onChange={(e) => {
          setTyped(e.target.value);
          const minutes = e.target.valueAsNumber;
          if (isAgendaMinutes(minutes)) edit("updateAgendaItem", item.id, { minutes });
        }}
      />
      <span>min</span>
      {unkept && (
        <span className="agenda-unkept" role="status">
          from 1 to {LIMITS.agendaMinutes} whole minutes; the plan keeps {item.minutes}
        </span>
      )}
    </label>
  );
}

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
  terms: readonly Term[];
  startsAt: number;
  startedAt: string | null;
}

export function AgendaRow({ item, index, count, terms, startsAt, startedAt }: Props) {
  const label = PARTS.find((p) => p.part === item.part)?.label ?? item.part;
  return (
    <li className="agenda-row">
      <span className="agenda-start" title="Planned start">
        {formatPlannedStart(startedAt, startsAt)}
      </span>
      <select
        aria-label={`Part of the session, item ${index + 1}`}
        value={item.part}
        onChange={(e) => edit("updateAgendaItem", item.id, { part: e.target.value as AgendaPart })}
      >
        {PARTS.map((p) => (
          <option key={p.part} value={p.part}>
            {p.label}
          </option>
        ))}
      </select>
      {item.part === "agreement" && (
        <select
          aria-label={`Term, item ${index + 1}`}
          value={item.termId ?? ""}
          onChange={(e) => edit("updateAgendaItem", item.id, { termId: e.target.value || null })}
        >
          <option value="">All terms</option>
          {terms.map((t) => (
            <option key={t.id} value={t.id}>
              {t.term || "Unnamed term"}
            </option>
          ))}
        </select>
      )}
      <Minutes item={item} />
      <span className="agenda-moves">
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Move ${label} earlier`}
          disabled={index === 0}
          onClick={() => edit("moveAgendaItem", item.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Move ${label} later`}
          disabled={index === count - 1}
          onClick={() => edit("moveAgendaItem", item.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`Remove ${label} from the agenda`}
          onClick={() => edit("removeAgendaItem", item.id)}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
