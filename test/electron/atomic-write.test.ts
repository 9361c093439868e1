import * as fsPromises from "node:fs/promises";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type AtomicFs, writeFileAtomic } from "../../electron/atomic-write";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "accord-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real fs, except the steps a test makes fail. */
function failingFs(overrides: Partial<AtomicFs>): AtomicFs {
  return { open: fsPromises.open, rename: fsPromises.rename, unlink: fsPromises.unlink, ...overrides };
}

describe("saving a backup atomically", () => {
  it("writes a new file", async () => {
    const target = path.join(dir, "workshop.json");
    await writeFileAtomic(target, '{"name":"Q3 alignment"}');
    expect(await readFile(target, "utf8")).toBe('{"name":"Q3 alignment"}');
    expect(await readdir(dir)).toEqual(["workshop.json"]);
  });

  it("replaces an older backup completely", async () => {
    const target = path.join(dir, "workshop.json");
    await writeFile(target, "old contents that are longer than the new ones");
    await writeFileAtomic(target, new TextEncoder().encode("new"));
    expect(await readFile(target, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["workshop.json"]);
  });

  it("leaves the old backup untouched and no temporary file when the app dies between write and rename", async () => {
    const target = path.join(dir, "workshop.json");
    await writeFile(target, "the signed charter");
    const crash = failingFs({
      rename: async () => {
        throw new Error("simulated crash before rename");
      },
    });
    await expect(writeFileAtomic(target, "half a charter", crash)).rejects.toThrow("simulated crash");
    expect(await readFile(target, "utf8")).toBe("the signed charter");
    expect(await readdir(dir)).toEqual(["workshop.json"]);
  });

  it("leaves the old backup untouched when the disk fills up mid-write", async () => {
    const target = path.join(dir, "workshop.json");
    await writeFile(target, "the signed charter");
    const fullDisk = failingFs({
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        return {
          writeFile: async () => {
            throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    });
    await expect(writeFileAtomic(target, "new charter", fullDisk)).rejects.toThrow("ENOSPC");
    expect(await readFile(target, "utf8")).toBe("the signed charter");
    expect(await readdir(dir)).toEqual(["workshop.json"]);
  });

  it("flushes the file before renaming it into place", async () => {
    const steps: string[] = [];
    const traced = failingFs({
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        const what = file === dir ? "dir" : "file";
        return {
          writeFile: async (data) => {
            steps.push(`write ${what}`);
            await handle.writeFile(data);
          },
          sync: async () => {
            steps.push(`sync ${what}`);
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        steps.push("rename");
        await fsPromises.rename(from, to);
      },
    });
    await writeFileAtomic(path.join(dir, "workshop.json"), "x", traced);
    expect(steps).toEqual(["write file", "sync file", "rename", "sync dir"]);
  });

  it("still succeeds where the directory cannot be flushed (Windows)", async () => {
    const target = path.join(dir, "workshop.json");
    const noDirSync = failingFs({
      open: async (file, flags) => {
        if (file === dir) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
        return fsPromises.open(file, flags);
      },
    });
    await writeFileAtomic(target, "x", noDirSync);
    expect(await readFile(target, "utf8")).toBe("x");
  });
});
