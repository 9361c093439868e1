import { buildCharterFile } from "../../shared/charter/build";
import type { CharterFile } from "../../shared/charter/format";
import {
  checkSeal,
  fromBase64url,
  keyFingerprint,
  makeSealKeys,
  sealCharterFile,
  sealedBytes,
  toBase64url,
} from "../../shared/charter/seal";
import { verifyCharterFile } from "../../shared/charter/verify";
import { expectOk } from "../builders";
import { aSignedWorkshop, INFO } from "./charter-builders";
import { fixtureKeys } from "./fixture-cases";

type Json = ReturnType<typeof JSON.parse>;
const keys = await fixtureKeys();
const signed = expectOk(await buildCharterFile(await aSignedWorkshop(), INFO));
const sealed: Json = JSON.parse(JSON.stringify(await sealCharterFile(signed, keys.A)));

/** Every place in a value that holds a string, number, boolean or null, as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

function changedAt(file: Json, path: (string | number)[]): Json {
  const copy = JSON.parse(JSON.stringify(file));
  const parent = path.slice(0, -1).reduce((v, k) => v[k], copy);
  const key = path[path.length - 1] as string | number;
  const old = parent[key];
  parent[key] =
    typeof old === "string" ? `${old}·` : typeof old === "number" ? old + 1 : typeof old === "boolean" ? !old : "x";
  return copy;
}

describe("the seal", () => {
  it("verifies as made, naming the key's fingerprint", async () => {
    expect(sealed.seal).toMatchObject({ algorithm: "Ed25519", keyFingerprint: keys.A.fingerprint });
    expect(await checkSeal(sealed)).toEqual({ sealed: true, key: keys.A.fingerprint });
    expect(await verifyCharterFile(sealed)).toEqual({ intact: true, sealed: true, key: keys.A.fingerprint });
  });

  it("breaks when any one value of the charter or the sign-off changes, every signature's included", async () => {
    const places = [...leaves(sealed.charter, ["charter"]), ...leaves(sealed.signOff, ["signOff"])];
    expect(places.length).toBeGreaterThan(100);
    expect(places.some((p) => p[0] === "signOff" && p[2] === 1 && p[3] === "signedAt")).toBe(true);
    for (const place of places) {
      const check = await checkSeal(changedAt(sealed, place));
      expect(check, place.join(".")).toMatchObject({ sealed: false, problem: { path: "$.seal.signature" } });
    }
  });

  it("breaks when a signature is added or taken away", async () => {
    const added = JSON.parse(JSON.stringify(sealed));
    added.signOff.signatures.push({ ...added.signOff.signatures[0], participantId: "p-cy" });
    const removed = JSON.parse(JSON.stringify(sealed));
    removed.signOff.signatures.pop();
    for (const file of [added, removed]) expect((await checkSeal(file)).sealed).toBe(false);
  });

  it("covers neither the layout nor the export's time and generator", async () => {
    const moved = JSON.parse(JSON.stringify(sealed));
    moved.layout.stages["s-mql"].x += 500;
    moved.exportedAt = "2030-01-01T00:00:00Z";
    moved.generator = "Something else";
    expect(await checkSeal(moved)).toEqual({ sealed: true, key: keys.A.fingerprint });
  });

  it("signs the RFC 8785 form of charter and sign-off together", () => {
    const text = new TextDecoder().decode(sealedBytes(sealed));
    expect(text.startsWith('{"charter":{"crmAgreement":')).toBe(true);
    expect(text).toContain('},"signOff":{"contentHash":"sha256:');
    expect(text).not.toContain("layout");
  });

  it("re-sealing with another key replaces the seal and names the other key", async () => {
    const again = await sealCharterFile(sealed as CharterFile, keys.B);
    expect(await checkSeal(again)).toEqual({ sealed: true, key: keys.B.fingerprint });
    expect(keys.A.fingerprint).not.toBe(keys.B.fingerprint);
  });

  it("on a system without Ed25519, says the seal cannot be checked there, not that the file changed", async () => {
    const refuse = () => Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError"));
    const spy = vi.spyOn(crypto.subtle, "importKey").mockImplementation(refuse);
    try {
      const check = await checkSeal(sealed);
      expect(check).toMatchObject({ sealed: false, key: null });
      expect(check.problem).toBeUndefined();
      expect(check.unchecked).toMatch(/no Ed25519.*neither confirmed nor refuted/);
      // Intact: the content matches its hash; the seal is said to be unknown, not broken.
      const verified = await verifyCharterFile(sealed);
      expect(verified).toMatchObject({ intact: true, sealed: false, sealUnchecked: check.unchecked });
    } finally {
      spy.mockRestore();
    }
    expect(await checkSeal(sealed)).toEqual({ sealed: true, key: keys.A.fingerprint });
  });

  it("a file without a seal is simply not sealed, and never throws on a broken one", async () => {
    expect(await checkSeal(signed)).toEqual({ sealed: false, key: null });
    for (const seal of [null, "seal", [], {}, { ...sealed.seal, signature: 5 }, { ...sealed.seal, publicKey: "!" }]) {
      const check = await checkSeal({ ...sealed, seal });
      expect(check.sealed).toBe(false);
      expect(check.problem?.path).toMatch(/^\$\.seal/);
    }
  });

  it("fingerprints the raw public key (RFC 8032's first test key)", () => {
    const raw = Uint8Array.from(Buffer.from("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "hex"));
    // sha256 of those 32 bytes, computed outside Accord.
    expect(keyFingerprint(raw)).toBe("sha256:21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9");
    expect(toBase64url(raw)).toBe("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
  });

  it("reads only canonical base64url: no padding, no other alphabet, no stray low bits", () => {
    const raw = fromBase64url("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
    expect(raw?.length).toBe(32);
    for (const wrong of [
      "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
      "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo",
    ]) {
      expect(fromBase64url(wrong)).toBeNull();
    }
    expect(fromBase64url("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURp")).toBeNull();
    expect(fromBase64url("A")).toBeNull();
  });

  it("an installation's private key cannot be read out", async () => {
    const made = await makeSealKeys();
    expect(made.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("pkcs8", made.privateKey)).rejects.toThrow();
    expect(made.publicKey).toHaveLength(32);
    const file = await sealCharterFile(signed, made);
    expect((await checkSeal(file)).key).toBe(keyFingerprint(made.publicKey));
  });
});
