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

/** A queue whose document writes wait for `frame` (the idle moment), and what it says. */
function aRecordingQueue(write: (w: Checked) => Promise<void> = async () => undefined) {
  const statuses: SaveStatus[] = [];
  const frame = deferred();
  const queue = new SaveQueue(
    write,
    (s) => statuses.push(s),
    () => "2026-12-07T21:00:00.000Z",
    () => frame.promise,
  );
  return { queue, statuses, frame };
}

describe("the save queue", () => {
  it("collapses edits made during a write into one follow-up write of the newest", async () => {
    const written: string[] = [];
    const gate = deferred();
    const writing = deferred();
    const queue = new SaveQueue(
      async (w) => {
        writing.release();
        if (written.length === 0) await gate.promise;
        written.push(w.details.title);
      },
      () => undefined,
      undefined,
      async () => undefined,
    );
    const first = queue.push(titled("a"));
    await writing.promise;
    void queue.push(titled("ab"));
    void queue.push(titled("abc"));
    gate.release();
    await first;
    await queue.settled();
    expect(written).toEqual(["a", "abc"]);
    expect(queue.hasUnsaved).toBe(false);
  });

  it("writes the document when the page is idle, once for the edits made before then", async () => {
    const written: string[] = [];
    const frame = deferred();
    const queue = new SaveQueue(
      async (w) => {
        written.push(w.details.title);
      },
      () => undefined,
      undefined,
      () => frame.promise,
    );
    void queue.push(titled("a"));
    void queue.push(titled("ab"));
    await Promise.resolve();
    expect(written).toEqual([]);
    frame.release();
    await queue.settled();
    expect(written).toEqual(["ab"]);
  });

  it("calls an edit stored once its record of changes is on disk, before the document's write", async () => {
    const { queue, statuses, frame } = aRecordingQueue();
    void queue.push(titled("a"), Promise.resolve(true));
    expect(statuses).toEqual([{ state: "saving" }]);
    expect(queue.hasUnsaved).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(statuses.at(-1)).toEqual({ state: "saved", at: "2026-12-07T21:00:00.000Z" });
    expect(queue.hasUnsaved).toBe(false);
    // The document is still to be written: a window reopening the workshop now is shown this edit.
    expect(queue.unsaved?.details.title).toBe("a");
    frame.release();
    await queue.settled();
    expect(queue.unsaved).toBeNull();
    // Said once: the document's write that follows changes nothing on screen.
    expect(statuses.filter((s) => s.state === "saved")).toHaveLength(1);
  });

  it("waits for the document when the record could not reach the disk, or a newer edit's has not yet", async () => {
    const { queue, statuses, frame } = aRecordingQueue();
    const newer = deferred();
    void queue.push(titled("a"), Promise.resolve(false));
    await Promise.resolve();
    await Promise.resolve();
    expect(statuses).toEqual([{ state: "saving" }]);
    const second = newer.promise.then(() => true);
    void queue.push(titled("ab"), Promise.resolve(true));
    void queue.push(titled("abc"), second);
    await Promise.resolve();
    await Promise.resolve();
    // "ab"'s record is on disk, but "abc" is what the screen shows, and its record is not.
    expect(statuses.filter((s) => s.state === "saved")).toEqual([]);
    expect(queue.hasUnsaved).toBe(true);
    frame.release();
    await queue.settled();
    expect(statuses.at(-1)).toEqual({ state: "saved", at: "2026-12-07T21:00:00.000Z" });
  });

  it("never calls an edit stored while the document's write is failing, even with its record on disk", async () => {
    const statuses: SaveStatus[] = [];
    const queue = new SaveQueue(
      async () => {
        throw Object.assign(new Error("Another window stored a change"), { name: "StaleWrite" });
      },
      (s) => statuses.push(s),
      () => "2026-12-07T21:00:00.000Z",
      async () => undefined,
    );
    await queue.push(titled("a"));
    expect(statuses.at(-1)?.state).toBe("error");
    const kept = deferred();
    const next = queue.push(
      titled("ab"),
      kept.promise.then(() => true),
    );
    kept.release();
    await next;
    await Promise.resolve();
    expect(statuses.filter((s) => s.state === "saved")).toEqual([]);
    expect(statuses.at(-1)?.state).toBe("error");
    expect(queue.hasUnsaved).toBe(true);
  });

  it("starts no write and reports nothing once the window is going", async () => {
    const written: string[] = [];
    const { queue, statuses, frame } = aRecordingQueue(async (w) => {
      written.push(w.details.title);
    });
    const pushed = queue.push(titled("a"), Promise.resolve(true));
    queue.stop();
    frame.release();
    await pushed;
    expect(written).toEqual([]);
    expect(statuses).toEqual([{ state: "saving" }]);
  });

  it("calls nothing stored after a failure outside a write, until a write succeeds; a write asked for says it is storing", async () => {
    const { queue, statuses, frame } = aRecordingQueue();
    queue.fail(Object.assign(new Error("Another window changed this workshop too"), { name: "WindowsDisagree" }));
    void queue.push(titled("a"), Promise.resolve(true));
    await Promise.resolve();
    await Promise.resolve();
    expect(statuses.map((s) => s.state)).toEqual(["error"]);
    expect(queue.hasUnsaved).toBe(true);
    void queue.push(titled("a"), undefined, { asked: true });
    expect(statuses.at(-1)).toEqual({ state: "saving" });
    frame.release();
    await queue.settled();
    expect(statuses.at(-1)).toEqual({ state: "saved", at: "2026-12-07T21:00:00.000Z" });
  });

  it("writes at once when hurried: a window going out of sight may get no idle moment", async () => {
    const written: string[] = [];
    const queue = new SaveQueue(
      async (w) => {
        written.push(w.details.title);
      },
      () => undefined,
      undefined,
      () => new Promise<void>(() => undefined),
    );
    const pushed = queue.push(titled("a"));
    await Promise.resolve();
    expect(written).toEqual([]);
    queue.hurry();
    await pushed;
    expect(written).toEqual(["a"]);
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
      async () => undefined,
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
