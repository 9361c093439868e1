import { useEffect } from "react";
import { useUiStore } from "../../store/ui-store";

/**
 * Presenting asks for full screen, but a refusal (no user gesture, a kiosk)
 * still hides the chrome: the room sees the same.
 */
export function startPresenting(): void {
  useUiStore.getState().setPresenting(true);
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresenting(): void {
  useUiStore.getState().setPresenting(false);
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

export function togglePresenting(): void {
  if (useUiStore.getState().presenting) stopPresenting();
  else startPresenting();
}

/** Leaving full screen from outside (the browser's own Esc) stops presenting; so does leaving the workshop. */
export function usePresentationLifecycle(): boolean {
  const presenting = useUiStore((s) => s.presenting);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && useUiStore.getState().presenting) stopPresenting();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      useUiStore.getState().setPresenting(false);
    };
  }, []);
  return presenting;
}
