/** Builders not yet run, in the order made: what buildWaiting still has to do. */
const waiting = new Set<() => unknown>();

const fixed = (what: string) => () => {
  throw new TypeError(`${what} a value built on first use (shared/workshop/lazily.ts) is not supported`);
};

/**
 * A value built the first time anything reads it. Building the workshop's
 * schemas takes tens of milliseconds in a page that has just started, and
 * the home screen needs none of them: built at import, they held back the
 * app's first screen. A proxy stands in for the value and hands every read
 * on to it.
 *
 * Reads go to the built value with the built value as the receiver, so what
 * a getter of zod's binds or caches is the schema's own (a method read from
 * the stand-in, `.nullable()` or `.meta()`, works on the real schema).
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
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property its own target lacks as fixed.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    defineProperty: fixed("Defining a property on"),
    deleteProperty: fixed("Deleting a property of"),
    preventExtensions: fixed("Freezing"),
  });
}

/**
 * Builds what is still waiting, while `more()` says there is time, and says
 * whether anything is left. The app builds them while it is idle after its
 * start, so the first edit (or a room's first burst of votes) does not pay
 * for them. They wait in the order made, so a schema's parts are built, each
 * a step of its own, before the schema that holds them.
 */
export function buildWaiting(more: () => boolean = () => true): boolean {
  for (const build of waiting) {
    if (!more()) return true;
    build();
  }
  return false;
}
