import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { roomRoute } from "./app/route";
import { getHost } from "./host";
import { AccordDatabase } from "./storage/db";
import { keepCopies } from "./storage/kept-copies";
import { connectPersistence, requestPersistentStorage } from "./storage/persistence";
import { ServicesProvider } from "./storage/StorageContext";
import "./ui/theme.css";

async function start() {
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  // A room screen's window only shows what the facilitator's window sends: it opens no storage of its own.
  const room = roomRoute(window.location.hash);
  if (room !== null) {
    const { RoomWindow } = await import("./features/room/RoomWindow");
    createRoot(root).render(
      <StrictMode>
        <RoomWindow workshopId={room} />
      </StrictMode>,
    );
    return;
  }
  const db = new AccordDatabase();
  keepCopies(db, getHost().keptCopies());
  const persistence = connectPersistence(db);
  // Asked for beside the first render, not before it: only the home screen's footer says what came back.
  const durability = requestPersistentStorage(navigator.storage);
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={{ db, persistence, host: getHost(), durability }}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}

void start();
