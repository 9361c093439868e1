import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every source file of the app, with its text. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [{ path, text: readFileSync(path, "utf8") }] : [];
  });
}

const APP = ["shared", "renderer", "electron", "cli"].flatMap(sources);
const offenders = (pattern: RegExp, allowed: readonly string[]) =>
  APP.filter((f) => pattern.test(f.text) && !allowed.includes(f.path)).map((f) => f.path);

describe("nothing writes a workshop without the write contract", () => {
  it("only the repository writes the database (and the database's own upgrade step, and the write-ahead slots)", () => {
    const writes =
      /\.(documents|workshops|unstored)\s*\.\s*(put|add|update|delete|bulkPut|bulkAdd|bulkUpdate|bulkDelete|clear|modify)\(|\.table\(/;
    // The slots module writes only `unstored`, records that reach a document through recoverUnstored's commit.
    const allowed = ["renderer/storage/repository.ts", "renderer/storage/db.ts", "renderer/storage/unstored.ts"];
    expect(offenders(writes, allowed)).toEqual([]);
  });

  it("only the contract's commit and openDocument mark a document as checked", () => {
    expect(
      offenders(/markChecked/, ["shared/contract/checked.ts", "shared/contract/commit.ts", "shared/contract/open.ts"]),
    ).toEqual([]);
  });

  it("only the store's own module sets the open workshop, and it does so with commit's result", () => {
    expect(offenders(/useWorkshopStore\s*\.\s*setState/, ["renderer/store/workshop-store.ts"])).toEqual([]);
  });

  it("the repository refuses, as a bug, a document that skipped the contract", async () => {
    const { saveWorkshop } = await import("../../renderer/storage/repository");
    const { aWorkshop } = await import("../builders");
    // @ts-expect-error: the type system refuses an unchecked document too; this proves the runtime check.
    await expect(saveWorkshop({} as never, aWorkshop(), "2026-11-22T10:00:00Z")).rejects.toThrow(/write contract/);
  });
});
