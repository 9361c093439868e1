import { makeSealKeys, type SealKeys } from "../../shared/charter/seal";
import type { AccordDatabase } from "./db";

/** The one record of the `keys` store: this installation's sealing key pair. */
export interface StoredSealKeys extends SealKeys {
  id: "seal";
  createdAt: string;
}

const made = new WeakMap<AccordDatabase, Promise<SealKeys>>();

/**
 * This installation's sealing keys, made on first use. The private key is a
 * non-extractable CryptoKey, kept as such in IndexedDB (a structured clone,
 * never bytes), in its own store: no backup, export or sync reads it. Two
 * windows asking at once keep whichever key was stored first.
 */
export function installationSealKeys(db: AccordDatabase): Promise<SealKeys> {
  let keys = made.get(db);
  if (!keys) {
    keys = readOrMake(db);
    made.set(db, keys);
    keys.catch(() => made.delete(db));
  }
  return keys;
}

async function readOrMake(db: AccordDatabase): Promise<SealKeys> {
  const stored = await db.keys.get("seal");
  if (stored) return stored;
  const fresh: StoredSealKeys = { id: "seal", createdAt: new Date().toISOString(), ...(await makeSealKeys()) };
  try {
    await db.keys.add(fresh);
    return fresh;
  } catch (error) {
    // Another window stored its key a moment earlier: that one is the installation's.
    const other = await db.keys.get("seal");
    if (other) return other;
    throw error;
  }
}
