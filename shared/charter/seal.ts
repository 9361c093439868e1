import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Problem } from "../workshop/result";
import { canonicalJson } from "./canonical";
import type { CharterFile, Seal } from "./format";

/**
 * An Accord installation's key pair. The private key is a WebCrypto key made
 * non-extractable: it signs, and no code (ours included) can read it out, so
 * it never reaches a backup, a file or the clipboard.
 */
export interface SealKeys {
  privateKey: CryptoKey;
  /** The public key's raw 32 bytes (RFC 8032), as published in each seal. */
  publicKey: Uint8Array;
}

export interface SealCheck {
  /** A seal is present and verifies. */
  sealed: boolean;
  /** The fingerprint of the key that sealed the file, when it is sealed. */
  key: string | null;
  /** Why a seal that is present does not verify. */
  problem?: Problem;
  /** Why a seal that is present could not be checked at all on this system: neither confirmed nor refuted. */
  unchecked?: string;
}

const ED25519 = { name: "Ed25519" } as const;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export async function makeSealKeys(): Promise<SealKeys> {
  const pair = (await crypto.subtle.generateKey(ED25519, false, ["sign", "verify"])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  return { privateKey: pair.privateKey, publicKey };
}

/** "sha256:" and the lowercase hex SHA-256 of the raw public key: what `verify --key` pins. */
export function keyFingerprint(publicKey: Uint8Array): string {
  return `sha256:${bytesToHex(sha256(publicKey))}`;
}

/** The bytes a seal signs: the UTF-8 of the RFC 8785 form of {"charter", "signOff"} exactly as in the file. */
export function sealedBytes(file: { charter: unknown; signOff: unknown }): Uint8Array {
  return utf8ToBytes(canonicalJson({ charter: file.charter, signOff: file.signOff }));
}

/** The file with this installation's seal over its charter and sign-off (any earlier seal replaced). */
export async function sealCharterFile(file: CharterFile, keys: SealKeys): Promise<CharterFile> {
  const signature = new Uint8Array(
    await crypto.subtle.sign(ED25519, keys.privateKey, sealedBytes(file) as Uint8Array<ArrayBuffer>),
  );
  const seal: Seal = {
    algorithm: "Ed25519",
    publicKey: toBase64url(keys.publicKey),
    keyFingerprint: keyFingerprint(keys.publicKey),
    signature: toBase64url(signature),
  };
  return { ...file, seal };
}

/**
 * Checks a parsed file's seal; a file without one is "not sealed", which is
 * no fault (older charters, the CLI's). Never throws, whatever the value.
 */
export async function checkSeal(value: unknown): Promise<SealCheck> {
  if (!isObject(value) || value.seal === undefined) return { sealed: false, key: null };
  const seal = value.seal;
  const broken = (path: string, message: string): SealCheck => ({
    sealed: false,
    key: null,
    problem: { path, message },
  });
  if (!isObject(seal)) return broken("$.seal", "is not a seal");
  const publicKey = typeof seal.publicKey === "string" ? fromBase64url(seal.publicKey) : null;
  const signature = typeof seal.signature === "string" ? fromBase64url(seal.signature) : null;
  if (seal.algorithm !== "Ed25519") return broken("$.seal.algorithm", 'must be "Ed25519"');
  if (publicKey?.length !== 32) return broken("$.seal.publicKey", "is not a 32-byte Ed25519 public key in base64url");
  if (signature?.length !== 64) return broken("$.seal.signature", "is not a 64-byte Ed25519 signature in base64url");
  const fingerprint = keyFingerprint(publicKey);
  if (seal.keyFingerprint !== fingerprint) {
    return broken("$.seal.keyFingerprint", `is not the fingerprint of $.seal.publicKey, which is ${fingerprint}`);
  }
  let good = false;
  try {
    const key = await crypto.subtle.importKey("raw", publicKey as Uint8Array<ArrayBuffer>, ED25519, false, ["verify"]);
    const bytes = sealedBytes(value as { charter: unknown; signOff: unknown }) as Uint8Array<ArrayBuffer>;
    good = await crypto.subtle.verify(ED25519, key, signature as Uint8Array<ArrayBuffer>, bytes);
  } catch (error) {
    // A system without Ed25519 says nothing about the file: saying "changed" would accuse it falsely.
    if (error instanceof Error && error.name === "NotSupportedError") {
      return {
        sealed: false,
        key: null,
        unchecked: `this system's WebCrypto has no Ed25519 (${error.message}), so the seal by ${fingerprint} is neither confirmed nor refuted`,
      };
    }
    good = false;
  }
  if (!good) {
    return broken(
      "$.seal.signature",
      `does not match: the charter or its sign-off was changed after the key ${fingerprint} sealed it`,
    );
  }
  return { sealed: true, key: fingerprint };
}

export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of base64url text without padding, or null when it is not exactly that. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(
    text
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(text.length / 4) * 4, "="),
  );
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // Only the canonical spelling: unused low bits must be zero, so one key has one text.
  return toBase64url(bytes) === text ? bytes : null;
}
