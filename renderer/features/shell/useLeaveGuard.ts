import { useEffect } from "react";
import { useServices } from "../../storage/StorageContext";

export const UNSTORED_LEAVE =
  "Your latest changes are not stored yet. They stay in this window and come back when you open this workshop again, but closing the window now would lose them. Leave this workshop anyway?";

/**
 * While a change is not stored (a full disk, say), closing the window asks
 * first, and so does leaving the workshop in the app; the unstored changes
 * stay in this window either way (see Persistence.unsavedFor).
 */
export function useLeaveGuard(): {
  onLeaveClick: (event: { preventDefault: () => void }) => void;
  mayLeave: () => boolean;
} {
  const { persistence } = useServices();
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!persistence.queue.hasUnsaved) return;
      e.preventDefault();
      // Chromium still wants returnValue set to show its prompt.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [persistence]);
  const mayLeave = () => !persistence.queue.hasUnsaved || window.confirm(UNSTORED_LEAVE);
  return {
    mayLeave,
    onLeaveClick: (event) => {
      if (!mayLeave()) event.preventDefault();
    },
  };
}
