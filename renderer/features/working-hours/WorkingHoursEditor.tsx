import { useState } from "react";
import { writesOneOne } from "../../../shared/charter/build";
import { SETUP_TARGETS } from "../../../shared/charter/readiness";
import { dayName, defaultSlaCalendar, describeSlaCalendar } from "../../../shared/workshop/calendar";
import { type SlaCalendar, WEEKDAYS } from "../../../shared/workshop/model";
import { edit, useWorkshopStore } from "../../store/workshop-store";
import "./working-hours.css";

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", ...known, current])].sort((a, b) =>
    a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b),
  );
}

/**
 * The calendar "business hours" and "business days" SLAs count in: which
 * days, which hours, in which time zone. Signed with the charter (format 1.1),
 * so a CRM's SLA clock can be set to what the room agreed.
 */
export function WorkingHoursEditor() {
  const calendar = useWorkshopStore((s) => s.workshop?.slaCalendar ?? null);
  const oneZero = useWorkshopStore((s) => (s.workshop ? !writesOneOne(s.workshop) : false));
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = (next: SlaCalendar | null) => {
    const result = edit("setSlaCalendar", next);
    setRefusal(result.ok ? null : (result.problems[0]?.message ?? "That change was refused."));
  };
  return (
    <section className="setup-section working-hours" aria-labelledby="working-hours-heading">
      <h2 id="working-hours-heading">Working hours for SLAs</h2>
      {calendar === null ? (
        <div data-route-target={SETUP_TARGETS.calendar}>
          <p className="muted">
            Not set: an SLA in business hours or business days does not yet say which days and hours count.
          </p>
          <button type="button" className="btn" onClick={() => set(defaultSlaCalendar(localZone()))}>
            Set working hours
          </button>
        </div>
      ) : (
        <CalendarFields calendar={calendar} onChange={set} />
      )}
      {oneZero && (
        <p className="muted">
          This version’s charter is written in format 1.0, which has no calendar: the working hours are signed from the
          next version.
        </p>
      )}
      {refusal && (
        <p className="working-hours-refusal" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}

function CalendarFields({ calendar, onChange }: { calendar: SlaCalendar; onChange: (c: SlaCalendar | null) => void }) {
  const toggle = (day: (typeof WEEKDAYS)[number], on: boolean) =>
    onChange({
      ...calendar,
      workingDays: on ? [...calendar.workingDays, day] : calendar.workingDays.filter((d) => d !== day),
    });
  return (
    <>
      <p className="muted">{describeSlaCalendar(calendar)}</p>
      <div className="working-hours-grid">
        <label className="field" data-route-target={SETUP_TARGETS.calendar}>
          <span>Time zone</span>
          <select value={calendar.timeZone} onChange={(e) => onChange({ ...calendar, timeZone: e.target.value })}>
            {zones(calendar.timeZone).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        <TimeField
          label="Day starts"
          value={calendar.hours.start}
          onCommit={(start) => onChange({ ...calendar, hours: { ...calendar.hours, start } })}
        />
        <TimeField
          label="Day ends"
          value={calendar.hours.end}
          onCommit={(end) => onChange({ ...calendar, hours: { ...calendar.hours, end } })}
        />
      </div>
      <fieldset className="working-days">
        <legend>Working days</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} className="working-day">
            <input
              type="checkbox"
              checked={calendar.workingDays.includes(day)}
              onChange={(e) => toggle(day, e.target.checked)}
            />
            {dayName(day)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-quiet" onClick={() => onChange(null)}>
        Remove working hours
      </button>
    </>
  );
}

/**
 * A time kept as typed until the field is left (or Enter): a half-typed hour
 * ("1" on the way to 19:00) is no refused calendar, and one change is one undo step.
 */
function TimeField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="time"
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
    </label>
  );
}
