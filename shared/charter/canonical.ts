import canonicalize from "canonicalize";
import type { Charter } from "./format";

/** RFC 8785 (JSON Canonicalization Scheme): the exact bytes the content hash is taken over. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error("canonicalJson: the value has no JSON form");
  return json;
}

/**
 * Hashes already computed, by canonical text. Signing and starting a new
 * version are synchronous operations that must refuse a hash that is not the
 * current one, while SHA-256 from the platform is asynchronous; so every hash
 * contentHash() computes is remembered here for them to check against.
 * A memo of a pure function, never part of the document.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 16;

function remember(canonical: string, hash: string): void {
  known.delete(canonical);
  known.set(canonical, hash);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value as string);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "sha256:" + lowercase hex of SHA-256 over the UTF-8 bytes of the charter's canonical JSON. */
export async function contentHash(charter: unknown): Promise<string> {
  const canonical = canonicalJson(charter);
  const cached = known.get(canonical);
  if (cached !== undefined) return cached;
  const hash = `sha256:${await sha256Hex(canonical)}`;
  remember(canonical, hash);
  return hash;
}

/** The hash of this exact content if contentHash() has computed it recently, else undefined. */
export function knownContentHash(charter: Charter): string | undefined {
  return known.get(canonicalJson(charter));
}
