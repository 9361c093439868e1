/**
 * A record's own entry for a key, never one inherited from Object.prototype:
 * ids come from files, and a team whose id is "toString" must read as having
 * written nothing, not as a function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
