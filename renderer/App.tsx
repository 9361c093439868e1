import { useRoute } from "./app/route";
import { useAppearance } from "./features/cockpit/useAppearance";
import { HomeScreen } from "./features/home/HomeScreen";
import { WorkshopScreen } from "./features/shell/WorkshopScreen";

export function App() {
  const route = useRoute();
  useAppearance();
  return route.screen === "workshop" ? (
    <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
  ) : (
    <HomeScreen />
  );
}
