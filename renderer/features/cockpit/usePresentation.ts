import { useEffect } from "react";
import { useUiStore } from "../../store/ui-store";

/*
 * Full screen comes and goes a moment after it is asked for. Esc then F5 in
 * quick succession used to end the new presentation when the old exit landed,
 * so full screen is held by one presentation at a time: an exit counts only
 * once this presentation has entered, and a new request waits for our exit.
 */
let heldByThisPresentation = false;
let ourExit: Promise<void> = Promise.resolve();

/**
 * Presenting asks for full screen, but a refusal (no user gesture, a kiosk)
 * still hides the chrome: the room sees the same.
 */
export function startPresenting(): void {
  heldByThisPresentation = false;
  useUiStore.getState().setPresenting(true);
  void ourExit.then(() => {
    if (!useUiStore.getState().presenting || document.fullscreenElement) return;
    document.documentElement
      .requestFullscreen?.()
      // Arriving after the presentation ended (the workshop left meanwhile, nobody listening), it is let go here.
      .then(() => {
        if (!useUiStore.getState().presenting) leaveFullscreen();
      })
      .catch(() => undefined);
  });
}

export function stopPresenting(): void {
  heldByThisPresentation = false;
  useUiStore.getState().setPresenting(false);
  leaveFullscreen();
}

/** An exit that never settles (a window hidden mid-change) holds later presentations back this long at most. */
const EXIT_WAITED_MS = 1500;

let exiting = false;

function leaveFullscreen(): void {
  if (exiting || !document.fullscreenElement || !document.exitFullscreen) return;
  exiting = true;
  const exit = document.exitFullscreen().catch(() => undefined);
  ourExit = Promise.race([exit, new Promise<void>((resolve) => setTimeout(resolve, EXIT_WAITED_MS))]).then(() => {
    exiting = false;
  });
}

export function togglePresenting(): void {
  if (useUiStore.getState().presenting) stopPresenting();
  else startPresenting();
}

function onFullscreenChange(): void {
  const { presenting } = useUiStore.getState();
  if (document.fullscreenElement) {
    heldByThisPresentation = presenting;
    // Full screen that arrives after its presentation ended (F5 twice) is let go.
    if (!presenting) leaveFullscreen();
  } else if (presenting && heldByThisPresentation) {
    stopPresenting();
  }
}

/** Leaving full screen from outside (the browser's own Esc) stops presenting; so does leaving the workshop. */
export function usePresentationLifecycle(): boolean {
  const presenting = useUiStore((s) => s.presenting);
  useEffect(() => {
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      if (useUiStore.getState().presenting) stopPresenting();
    };
  }, []);
  return presenting;
}
