import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { getHost } from "./host";
import { AccordDatabase } from "./storage/db";
import { connectPersistence, requestPersistentStorage } from "./storage/persistence";
import { ServicesProvider } from "./storage/StorageContext";
import "./ui/theme.css";

async function start() {
  const db = new AccordDatabase();
  const persistence = connectPersistence(db);
  const durability = await requestPersistentStorage(navigator.storage);
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={{ db, persistence, host: getHost(), durability }}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}

void start();
