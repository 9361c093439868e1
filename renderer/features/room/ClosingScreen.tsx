import { wholeWords } from "../../../shared/room/short";
import { plural } from "../../../shared/workshop/plural";
import { FitList } from "./fit";
import type { FrameOf } from "./RoomScreen";

export function ClosingScreen({ frame }: { frame: FrameOf<"closing"> }) {
  return (
    <div className="room-closing">
      <header className="room-term">
        <h1 className="room-title">{plural(frame.agreed.length, "term agreed", "terms agreed")}</h1>
        <span className="room-place">
          {frame.signed} of {frame.of} signed · {plural(frame.parked.length, "question parked", "questions parked")}
        </span>
      </header>
      <FitList
        className="room-lines"
        label="Agreed today"
        counting={["agreed term", "agreed terms"]}
        items={frame.agreed.map((t, i) => ({
          key: `${i}`,
          node: (
            <p>
              <strong>{t.term}</strong>
              {t.definition.trim() ? `: ${wholeWords(t.definition, 140)}` : ""}
            </p>
          ),
        }))}
      />
    </div>
  );
}
