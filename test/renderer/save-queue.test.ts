import { SaveQueue, type SaveStatus } from "../../renderer/storage/save-queue";
import { describeWriteError } from "../../renderer/storage/write-errors";
import type { Checked } from "../../shared/contract";
import { updateDetails } from "../../shared/workshop/details";
import { aWorkshop, expectOk } from "../builders";
import { checked } from "../stored";

const titled = (title: string): Checked => checked(expectOk(updateDetails(aWorkshop(), { title })));

function deferred() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    release = r;
  });
  return { promise, release };
}

describe("the save queue", () => {
  it("collapses edits made during a write into one follow-up write of the newest", async () => {
    const written: string[] = [];
    const gate = deferred();
    const queue = new SaveQueue(
      async (w) => {
        if (written.length === 0) await gate.promise;
        written.push(w.details.title);
      },
      () => undefined,
    );
    const first = queue.push(titled("a"));
    void queue.push(titled("ab"));
    void queue.push(titled("abc"));
    gate.release();
    await first;
    await queue.settled();
    expect(written).toEqual(["a", "abc"]);
    expect(queue.hasUnsaved).toBe(false);
  });

  it("keeps a failed edit, reports it, and stores it on retry", async () => {
    const statuses: SaveStatus[] = [];
    let failing = true;
    const stored: string[] = [];
    const queue = new SaveQueue(
      async (w) => {
        if (failing) throw Object.assign(new Error("device unplugged"), { name: "UnknownError" });
        stored.push(w.details.title);
      },
      (s) => statuses.push(s),
      () => "2026-11-23T10:00:00.000Z",
    );
    await queue.push(titled("Kickoff"));
    expect(statuses.at(-1)).toEqual({ state: "error", message: expect.stringMatching(/device unplugged/) });
    expect(queue.hasUnsaved).toBe(true);
    expect(stored).toEqual([]);
    failing = false;
    await queue.retry();
    expect(stored).toEqual(["Kickoff"]);
    expect(statuses.at(-1)).toEqual({ state: "saved", at: "2026-11-23T10:00:00.000Z" });
  });

  it("says a full disk is a full disk, and what to do", () => {
    const quota = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    expect(describeWriteError(quota)).toMatch(/disk is full.*Everything stored before it is safe.*Retry/);
    const wrapped = Object.assign(new Error("Transaction aborted"), {
      name: "AbortError",
      inner: { name: "QuotaExceededError" },
    });
    expect(describeWriteError(wrapped)).toMatch(/disk is full/);
  });
});
