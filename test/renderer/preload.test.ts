import { preloadWorkshopScreen } from "../../renderer/app/workshop-screen";
import { buildWaiting, lazily } from "../../shared/workshop/lazily";

describe("what loads after the home screen is up", () => {
  const idle: IdleRequestCallback[] = [];
  const deadline = (steps: number): IdleDeadline => {
    let left = steps;
    return { didTimeout: false, timeRemaining: () => (left-- > 0 ? 10 : 0) };
  };

  beforeEach(() => {
    vi.useFakeTimers();
    idle.length = 0;
    vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => idle.push(callback));
    buildWaiting(); // whatever the modules imported so far left waiting
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("waits a moment, then builds the schemas in idle time, a few at a time, until none is left", () => {
    const builds = Array.from({ length: 3 }, () => vi.fn(() => ({})));
    for (const build of builds) lazily(build);
    preloadWorkshopScreen();
    vi.advanceTimersByTime(999);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    idle.shift()?.(deadline(1)); // the loads, then asks for idle time to build in
    idle.shift()?.(deadline(1)); // time for one build
    expect(builds.map((b) => b.mock.calls.length)).toEqual([1, 0, 0]);
    idle.shift()?.(deadline(5));
    expect(builds.map((b) => b.mock.calls.length)).toEqual([1, 1, 1]);
    expect(idle).toHaveLength(0);
  });

  it("loads nothing if the app leaves the home screen's first moment behind it", () => {
    const build = vi.fn(() => ({}));
    lazily(build);
    const cancel = preloadWorkshopScreen();
    cancel();
    vi.advanceTimersByTime(5000);
    expect(idle).toHaveLength(0);
    expect(build).not.toHaveBeenCalled();
  });
});
