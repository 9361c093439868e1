import { routeHash } from "../../app/route";
import type { WorkshopView } from "./views";

export function ViewTabs({
  workshopId,
  views,
  current,
}: {
  workshopId: string;
  views: WorkshopView[];
  current: string;
}) {
  return (
    <nav className="view-tabs" aria-label="Workshop phases">
      {views.map((view) => (
        <a
          key={view.key}
          className="view-tab"
          href={routeHash({ screen: "workshop", workshopId, view: view.key })}
          aria-current={view.key === current ? "page" : undefined}
        >
          {view.label}
        </a>
      ))}
    </nav>
  );
}
