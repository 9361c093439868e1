import { loadWorkshopScreen } from "../../renderer/app/workshop-screen";
import "fake-indexeddb/auto";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// React Flow under jsdom needs all three shims, or edges never render
// (the toolchain notes beside this repository, shared/design/toolchain.md): a ResizeObserver that really calls
// back, non-zero element sizes, and DOMMatrixReadOnly.
class CallingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() => this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver));
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = CallingResizeObserver as unknown as typeof ResizeObserver;

Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get: () => 800 },
  offsetHeight: { configurable: true, get: () => 600 },
});

class DOMMatrixReadOnlyShim {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([0-9.]+)\)/)?.[1];
    this.m22 = scale ? Number(scale) : 1;
  }
}
globalThis.DOMMatrixReadOnly ??= DOMMatrixReadOnlyShim as unknown as typeof DOMMatrixReadOnly;

// Web Locks, as Chromium has them: every app a test renders is a window of one origin, and a
// window's lock is held until it lets go (as a tab's is until it closes or crashes).
class InMemoryLocks {
  private readonly held = new Set<string>();
  async request(name: string, callback: () => Promise<unknown>): Promise<unknown> {
    this.held.add(name);
    try {
      return await callback();
    } finally {
      this.held.delete(name);
    }
  }
  async query() {
    // A lock let go of a moment ago is free once the releases queued before this query have run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { held: [...this.held].map((name) => ({ name, mode: "exclusive" as const })), pending: [] };
  }
}
Object.defineProperty(globalThis.navigator, "locks", { configurable: true, value: new InMemoryLocks() });

afterEach(() => {
  cleanup();
});

// The workshop's screens load as their own chunk (renderer/app/workshop-screen.ts). Loaded here once, so
// a test's first look at a workshop waits on the screen itself, not on the test runner compiling its modules.
await loadWorkshopScreen();
