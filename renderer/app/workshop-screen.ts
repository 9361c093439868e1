/**
 * The workshop's screens (the map, the board, the room, the charter) load as
 * a chunk of their own: the home screen is up without them, and they are
 * fetched as soon as it is, so opening a workshop never waits on the disk.
 */
export const loadWorkshopScreen = () => import("../features/shell/WorkshopScreen");

/** Starts loading the workshop's screens once the page has nothing more urgent to do. */
export function preloadWorkshopScreen(): void {
  const load = () => void loadWorkshopScreen();
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 0);
}
