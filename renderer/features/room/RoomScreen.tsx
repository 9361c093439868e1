import { ROOM_SCREEN_LABELS } from "../../../shared/room/cue";
import type { RoomFrame } from "../../../shared/room/frame";
import { AgreementScreen } from "./AgreementScreen";
import { ClosingScreen } from "./ClosingScreen";
import { DefinitionsScreen } from "./DefinitionsScreen";
import { RoomPage } from "./fit";
import { JoinLine } from "./JoinCard";
import { JourneyScreen } from "./JourneyScreen";
import { MeasuresScreen } from "./MeasuresScreen";
import { SignOffScreen } from "./SignOffScreen";
import { WelcomeScreen } from "./WelcomeScreen";
import "./room.css";

function Body({ frame }: { frame: RoomFrame }) {
  switch (frame.screen) {
    case "blank":
      return null;
    case "welcome":
      return <WelcomeScreen frame={frame} />;
    case "journey":
      return <JourneyScreen frame={frame} />;
    case "definitions":
      return <DefinitionsScreen frame={frame} />;
    case "agreement":
      return <AgreementScreen frame={frame} />;
    case "measures":
      return <MeasuresScreen frame={frame} />;
    case "signoff":
      return <SignOffScreen frame={frame} />;
    case "closing":
      return <ClosingScreen frame={frame} />;
  }
}

/** What the room reads from the back: drawn from a frame alone, nothing to click, nothing to type. */
export function RoomScreen({ frame }: { frame: RoomFrame }) {
  const title = frame.title.trim() || "Untitled workshop";
  return (
    <RoomPage.Provider value={frame.page}>
      <div className="room" data-screen={frame.screen}>
        {frame.screen === "blank" ? (
          <main className="room-blank">
            <h1>{title}</h1>
          </main>
        ) : (
          <>
            {frame.screen !== "welcome" && (
              <header className="room-head">
                <span className="room-workshop">{title}</span>
                <span className="room-phase">{ROOM_SCREEN_LABELS[frame.screen]}</span>
                {frame.join && <JoinLine join={frame.join} />}
              </header>
            )}
            <main className="room-body">
              <Body frame={frame} />
            </main>
          </>
        )}
      </div>
    </RoomPage.Provider>
  );
}

/** Narrows a frame to one screen's, for that screen's component. */
export type FrameOf<K extends RoomFrame["screen"]> = Extract<RoomFrame, { screen: K }>;
