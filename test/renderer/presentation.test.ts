import { act, renderHook } from "@testing-library/react";
import {
  startPresenting,
  stopPresenting,
  togglePresenting,
  usePresentationLifecycle,
} from "../../renderer/features/cockpit/usePresentation";
import { useUiStore } from "../../renderer/store/ui-store";

/** A browser whose full screen, like a real one, changes a moment after it is asked to. */
function aSlowFullscreen() {
  let element: Element | null = null;
  const exits: Array<() => void> = [];
  const requests: Array<() => void> = [];
  const settle = (next: Element | null) => {
    element = next;
    document.dispatchEvent(new Event("fullscreenchange"));
  };
  // As in Chromium: the promise settles first, the change event follows.
  const landed = (next: Element | null, done: () => void) => {
    done();
    settle(next);
  };
  Object.defineProperty(document, "fullscreenElement", { configurable: true, get: () => element });
  Object.defineProperty(document, "exitFullscreen", {
    configurable: true,
    value: () => new Promise<void>((done) => exits.push(() => landed(null, done))),
  });
  Object.defineProperty(document.documentElement, "requestFullscreen", {
    configurable: true,
    value: () => new Promise<void>((done) => requests.push(() => landed(document.documentElement, done))),
  });
  return {
    /** Lets the oldest pending request or exit land. */
    landRequest: async () => act(async () => requests.shift()?.()),
    landExit: async () => act(async () => exits.shift()?.()),
    pending: () => ({ requests: requests.length, exits: exits.length }),
    /** The pending exit never settles (as in a window hidden mid-change); full screen goes all the same. */
    stall: () => {
      exits.length = 0;
      element = null;
    },
    remove: () => {
      Reflect.deleteProperty(document, "fullscreenElement");
      Reflect.deleteProperty(document, "exitFullscreen");
      Reflect.deleteProperty(document.documentElement, "requestFullscreen");
    },
  };
}

const presenting = () => useUiStore.getState().presenting;
const settled = () => act(async () => undefined);

describe("presenting and the browser's full screen", () => {
  let screenMode: ReturnType<typeof aSlowFullscreen>;
  beforeEach(() => {
    useUiStore.setState({ presenting: false });
    screenMode = aSlowFullscreen();
  });
  afterEach(async () => {
    // What a test leaves asked for still lands, as a browser's would, before the next begins.
    while (screenMode.pending().exits + screenMode.pending().requests > 0) {
      await screenMode.landExit();
      await screenMode.landRequest();
    }
    screenMode.remove();
  });

  it("keeps a presentation started again before the last one's full screen had gone (Esc then F5)", async () => {
    const { unmount } = renderHook(() => usePresentationLifecycle());
    act(() => startPresenting());
    await settled();
    await screenMode.landRequest();
    act(() => stopPresenting());
    act(() => startPresenting());
    await screenMode.landExit();
    expect(presenting()).toBe(true);
    // The new presentation asks for full screen once the old one has left it.
    await settled();
    expect(screenMode.pending().requests).toBe(1);
    await screenMode.landRequest();
    expect(document.fullscreenElement).toBe(document.documentElement);
    expect(presenting()).toBe(true);
    unmount();
  });

  it("stops presenting when the browser leaves full screen by itself", async () => {
    const { unmount } = renderHook(() => usePresentationLifecycle());
    act(() => startPresenting());
    await settled();
    await screenMode.landRequest();
    await act(async () => {
      document.exitFullscreen();
    });
    await screenMode.landExit();
    expect(presenting()).toBe(false);
    unmount();
  });

  it("lets go of full screen that arrives after its presentation ended (F5 twice)", async () => {
    const { unmount } = renderHook(() => usePresentationLifecycle());
    act(() => togglePresenting());
    await settled();
    act(() => togglePresenting());
    await screenMode.landRequest();
    expect(presenting()).toBe(false);
    expect(screenMode.pending().exits).toBe(1);
    await screenMode.landExit();
    expect(document.fullscreenElement).toBeNull();
    unmount();
  });

  it("lets go of full screen that arrives after the workshop was left", async () => {
    const { unmount } = renderHook(() => usePresentationLifecycle());
    act(() => startPresenting());
    await settled();
    unmount();
    await screenMode.landRequest();
    expect(presenting()).toBe(false);
    expect(screenMode.pending().exits).toBe(1);
    await screenMode.landExit();
    expect(document.fullscreenElement).toBeNull();
  });

  it("presents again even when an earlier exit from full screen never settles", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    try {
      const { unmount } = renderHook(() => usePresentationLifecycle());
      act(() => startPresenting());
      await settled();
      await screenMode.landRequest();
      act(() => stopPresenting());
      screenMode.stall();
      act(() => startPresenting());
      await act(async () => vi.advanceTimersByTimeAsync(1500));
      expect(screenMode.pending().requests).toBe(1);
      unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  it("leaves full screen with the workshop", async () => {
    const { unmount } = renderHook(() => usePresentationLifecycle());
    act(() => startPresenting());
    await settled();
    await screenMode.landRequest();
    unmount();
    expect(presenting()).toBe(false);
    await screenMode.landExit();
    expect(document.fullscreenElement).toBeNull();
  });
});
