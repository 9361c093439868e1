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
