import fc from "fast-check";
import { buildCharterFile } from "../../shared/charter/build";
import type { CharterFile } from "../../shared/charter/format";
import { verifyCharterFile } from "../../shared/charter/verify";
import { expectOk } from "../builders";
import type { Editable } from "../shared/backup-builders";
import { aSignedWorkshop, INFO } from "./charter-builders";

type Leaf = { path: (string | number)[]; kind: "value" | "key" };

/** Every value and every key inside `charter`, as paths a test can edit. */
function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [
      { path: [...path, k], kind: "key" as const },
      ...leaves(v, [...path, k]),
    ]);
  }
  return [{ path, kind: "value" }];
}

/** Changes exactly one character (or the smallest possible step for a non-string) at a leaf. */
function changeOneCharacter(charter: Editable, leaf: Leaf, at: number): void {
  const parent = leaf.path.slice(0, -1).reduce((node, key) => node[key], charter);
  const key = leaf.path[leaf.path.length - 1] as string | number;
  const alter = (text: string) => {
    if (text.length === 0) return "x";
    const i = at % text.length;
    const c = text[i] === "x" ? "y" : "x";
    return text.slice(0, i) + c + text.slice(i + 1);
  };
  if (leaf.kind === "key") {
    const renamed = alter(String(key));
    parent[renamed] = parent[key];
    delete parent[key];
    return;
  }
  const old = parent[key];
  if (typeof old === "string") parent[key] = alter(old);
  else if (typeof old === "number") parent[key] = old + 1;
  else if (typeof old === "boolean") parent[key] = !old;
  else parent[key] = "x";
}

let signed: CharterFile;
beforeAll(async () => {
  signed = expectOk(await buildCharterFile(await aSignedWorkshop(), INFO));
});

describe("verifying a signed charter", () => {
  it("finds a file as exported intact", async () => {
    expect(await verifyCharterFile(structuredClone(signed))).toMatchObject({ intact: true, sealed: false });
  });

  it("fails when one character changes anywhere in the charter", async () => {
    const all = leaves(signed.charter);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.nat(1000), async (index, at) => {
        const file = structuredClone(signed) as Editable;
        changeOneCharacter(file.charter, all[index] as Leaf, at);
        const result = await verifyCharterFile(file);
        expect(result.intact).toBe(false);
        expect(result.firstMismatch?.path).toBe("$.signOff.contentHash");
      }),
      { numRuns: 300 },
    );
  });

  it("stays intact when a node moves on the journey map", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        async (x, y) => {
          const file = structuredClone(signed);
          file.layout.stages["s-mql"] = { x, y };
          expect((await verifyCharterFile(file)).intact).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("names a signature that approved other content", async () => {
    const file = structuredClone(signed);
    (file.signOff.signatures[1] as Editable).contentHash = `sha256:${"0".repeat(64)}`;
    const result = await verifyCharterFile(file);
    expect(result.firstMismatch).toEqual({
      path: "$.signOff.signatures[1].contentHash",
      message: expect.stringContaining("Bo Ærøskøbing's signature approves other content"),
    });
  });

  it("catches a draft relabelled as signed", async () => {
    const file = structuredClone(signed);
    file.signOff.signatures.pop();
    const result = await verifyCharterFile(file);
    expect(result.firstMismatch).toEqual({
      path: "$.signOff.status",
      message: 'is "signed", but Bo Ærøskøbing has not signed this content',
    });
  });

  it("does not throw on something that is not a charter at all", async () => {
    expect((await verifyCharterFile(42)).intact).toBe(false);
    expect((await verifyCharterFile({ charter: {}, signOff: null })).firstMismatch?.path).toBe("$.signOff");
  });
});
