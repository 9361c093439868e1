/** Random ids; crypto.randomUUID exists in Node 20 and every secure browser context. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
