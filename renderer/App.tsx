import { useRoute } from "./app/route";
import { HomeScreen } from "./features/home/HomeScreen";
import { WorkshopScreen } from "./features/shell/WorkshopScreen";

export function App() {
  const route = useRoute();
  return route.screen === "workshop" ? (
    <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
  ) : (
    <HomeScreen />
  );
}
