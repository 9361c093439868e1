import { useRoute } from "./app/route";
import { useCommandDispatcher } from "./commands/useCommandDispatcher";
import { useAppearance } from "./features/cockpit/useAppearance";
import { HomeScreen } from "./features/home/HomeScreen";
import { WorkshopScreen } from "./features/shell/WorkshopScreen";
import { useServices } from "./storage/StorageContext";

export function App() {
  const route = useRoute();
  const { host } = useServices();
  useAppearance();
  useCommandDispatcher(host);
  return route.screen === "workshop" ? (
    <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
  ) : (
    <HomeScreen />
  );
}
