import { buildWaiting } from "../../shared/workshop/lazily";
import { loadQuickCheck } from "../../shared/workshop/shape";

/**
 * The workshop's screens (the map, the board, the room, the charter) load as
 * a chunk of their own: the home screen is up without them, and they are
 * fetched a moment after it is, so opening a workshop rarely waits on the
 * disk (and, if it is picked sooner, is fetched then).
 */
export const loadWorkshopScreen = () => import("../features/shell/WorkshopScreen");

/** How long the home screen has to itself before the rest loads. */
const HOME_FIRST_MS = 1000;

/**
 * Starts loading the workshop's screens, and the quick check a stored
 * workshop is opened through, and building the schemas every edit is checked
 * by, once the home screen has been up a moment and the page has nothing more
 * urgent to do. Sooner, their evaluation and the restyle their styles bring
 * held the home screen's first clicks back, while the list of workshops was
 * still coming from the disk; later, the first edit (or the first burst of a
 * room's votes) would wait for the schemas.
 */
export function preloadWorkshopScreen(): () => void {
  const idle = typeof requestIdleCallback === "function";
  const build = () => {
    if (!idle) buildWaiting();
    else requestIdleCallback((deadline) => buildWaiting(() => deadline.timeRemaining() > 1) && build());
  };
  const load = () => {
    void loadWorkshopScreen();
    void loadQuickCheck();
    build();
  };
  const timer = setTimeout(() => (idle ? requestIdleCallback(load, { timeout: 1000 }) : load()), HOME_FIRST_MS);
  return () => clearTimeout(timer);
}
