/** Builders not yet run, in the order made: what buildWaiting still has to do. */
const waiting = new Set<() => unknown>();

/**
 * A value built the first time anything reads it. The workshop's schemas
 * take tens of milliseconds to build in a page that has just started (each
 * zod schema is an object with its methods made for it), and the home
 * screen needs none of them: built at import, they held back the app's
 * first screen. A proxy stands in for the value and hands every read on.
 */
export function lazily<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = () => {
    if (built === undefined) {
      waiting.delete(real);
      built = build();
    }
    return built;
  };
  waiting.add(real);
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property its own target lacks as fixed.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/**
 * Builds what is still waiting, while `more()` says there is time, and says
 * whether anything is left. The app builds them while it is idle after its
 * start, so the first edit (or a room's first burst of votes) does not pay
 * for them.
 */
export function buildWaiting(more: () => boolean = () => true): boolean {
  for (const build of waiting) {
    if (!more()) return true;
    build();
  }
  return false;
}
