import type { IpcMainInvokeEvent } from "electron";

type Handler = (
  event: Partial<IpcMainInvokeEvent> | { senderFrame: { url: string } | null },
  ...args: unknown[]
) => unknown;
const { handlers } = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));
vi.mock("electron", () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));

const { handle } = await import("../../electron/ipc-main");

describe("main's IPC handlers", () => {
  handle("app:version", () => "1.2.3");
  const version = handlers.get("app:version") as Handler;

  it("answer the app's own page", async () => {
    expect(await version({ senderFrame: { url: "app://accord/index.html" } })).toBe("1.2.3");
  });

  it("refuse a frame from anywhere else", () => {
    expect(() => version({ senderFrame: { url: "https://example.com/" } })).toThrow(/untrusted frame/);
  });

  it("refuse a sender whose frame has gone", () => {
    expect(() => version({ senderFrame: null })).toThrow(/untrusted frame/);
  });
});

describe("kept copies over IPC", async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { registerKeptCopies } = await import("../../electron/copies-ipc");
  const dir = mkdtempSync(join(tmpdir(), "accord-ipc-copies-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  registerKeptCopies(dir);
  const own = { senderFrame: { url: "app://accord/index.html" } };
  const call = (channel: string, ...args: unknown[]) => (handlers.get(channel) as Handler)(own, ...args);

  it("writes, lists, reads and removes a workshop's copy for the app's page", async () => {
    await call("copies:put", { id: "w", revision: 2 }, '{"x":1}');
    expect(await call("copies:list")).toEqual([{ id: "w", revision: 2, title: "", deletedAt: null }]);
    expect(await call("copies:read", "w")).toBe('{"x":1}');
    await call("copies:remove", "w");
    expect(await call("copies:read", "w")).toBeNull();
  });

  it("refuses what a page could send that is not a copy, and any other frame", async () => {
    await expect(call("copies:put", { id: "w", revision: 1 }, { not: "text" })).rejects.toThrow("is text");
    await expect(call("copies:put", { id: 5, revision: 1 }, "{}")).rejects.toThrow("id is 1 to 200");
    await expect(call("copies:read", null)).rejects.toThrow("id is 1 to 200");
    expect(() => (handlers.get("copies:list") as Handler)({ senderFrame: { url: "https://example.com/" } })).toThrow(
      /untrusted frame/,
    );
  });
});
