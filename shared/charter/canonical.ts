import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";

/** RFC 8785 (JSON Canonicalization Scheme): the exact bytes the content hash is taken over. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error("canonicalJson: the value has no JSON form");
  return json;
}

/**
 * "sha256:" + lowercase hex of SHA-256 over the UTF-8 bytes of the charter's
 * canonical JSON. Synchronous on purpose (a pure-JS SHA-256, not the
 * platform's asynchronous one): the lock, the phase bar, the sign-off view
 * and the export all ask "is this signed?" of the same document in the same
 * moment, and must get one answer, never "not known yet".
 */
export function contentHash(charter: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(charter))))}`;
}
