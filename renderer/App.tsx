import { lazy, Suspense, useEffect } from "react";
import { useRoute } from "./app/route";
import { loadWorkshopScreen, preloadWorkshopScreen } from "./app/workshop-screen";
import { useCommandDispatcher } from "./commands/useCommandDispatcher";
import { useAppearance } from "./features/cockpit/useAppearance";
import { HomeScreen } from "./features/home/HomeScreen";
import { useServices } from "./storage/StorageContext";

const WorkshopScreen = lazy(() => loadWorkshopScreen().then((m) => ({ default: m.WorkshopScreen })));

export function App() {
  const route = useRoute();
  const { host } = useServices();
  useAppearance();
  useCommandDispatcher(host);
  useEffect(preloadWorkshopScreen, []);
  return route.screen === "workshop" ? (
    <Suspense fallback={<p className="shell-message">Opening the workshop…</p>}>
      <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
    </Suspense>
  ) : (
    <HomeScreen />
  );
}
