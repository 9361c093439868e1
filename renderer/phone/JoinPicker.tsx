import { useState } from "react";
import type { PhoneRoster, PhoneView } from "../../shared/room/phone-view";

/** A person finds their name under their team; in an anonymous room they may pick only their team. */
export function JoinPicker({
  view,
  roster,
  onJoin,
}: {
  view: PhoneView;
  roster: PhoneRoster;
  onJoin: (participantId: string | null, teamId: string | null) => void;
}) {
  const [withoutName, setWithoutName] = useState(false);
  if (withoutName) {
    return (
      <section className="card" aria-labelledby="pick-team">
        <h2 id="pick-team">Your team</h2>
        <p>Your votes will not carry your name.</p>
        <ul className="choices">
          {view.teams.map((team) => (
            <li key={team.id}>
              <button type="button" onClick={() => onJoin(null, team.id)}>
                {team.name}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="quiet" onClick={() => setWithoutName(false)}>
          Back to the names
        </button>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="pick-name">
      <h2 id="pick-name">Who are you?</h2>
      {view.teams.map((team) => {
        const people = roster.people.filter((p) => p.teamId === team.id);
        if (people.length === 0) return null;
        return (
          <div key={team.id} className="team-group">
            <h3>{team.name}</h3>
            <ul className="choices">
              {people.map((person) => (
                <li key={person.id}>
                  <button type="button" onClick={() => onJoin(person.id, null)}>
                    {person.name || "(no name yet)"}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {roster.people.length === 0 && !view.anonymous && <p>The facilitator has not listed the participants yet.</p>}
      {view.anonymous && (
        <button type="button" className="secondary" onClick={() => setWithoutName(true)}>
          Join without my name
        </button>
      )}
    </section>
  );
}
