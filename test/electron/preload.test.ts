import type { AccordBridge } from "../../shared/ipc";

const { exposed, ipc } = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipc: {
    invoke: vi.fn(async (channel: string) => `reply to ${channel}`),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock("electron", () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: ipc,
}));

await import("../../electron/preload");
const bridge = exposed.get("accord") as AccordBridge;

describe("what the preload gives the page", () => {
  it("exposes one object, window.accord, made only of functions", () => {
    expect([...exposed.keys()]).toEqual(["accord"]);
    expect(Object.keys(bridge).sort()).toEqual([
      "appVersion",
      "listKeptCopies",
      "onMenuCommand",
      "onRoomHost",
      "openRoomScreen",
      "openTextFile",
      "putKeptCopy",
      "readKeptCopy",
      "removeKeptCopy",
      "saveFile",
      "showAvailableCommands",
      "toRoomHost",
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe("function");
  });

  it("never hands over ipcRenderer itself", () => {
    expect(Object.values(bridge)).not.toContain(ipc);
    expect(Object.values(bridge)).not.toContain(ipc.invoke);
  });

  it("asks main on the contract's channels", async () => {
    const options = { title: "Import", filters: [], maxBytes: 10 };
    await bridge.openTextFile(options);
    expect(ipc.invoke).toHaveBeenLastCalledWith("file:open", options);
    await bridge.appVersion();
    expect(ipc.invoke).toHaveBeenLastCalledWith("app:version");
    await bridge.showAvailableCommands(["edit.undo"]);
    expect(ipc.invoke).toHaveBeenLastCalledWith("menu:available", ["edit.undo"]);
    await bridge.openRoomScreen("w1");
    expect(ipc.invoke).toHaveBeenLastCalledWith("room:open", "w1");
    await bridge.putKeptCopy({ id: "w1", revision: 3 }, "{}");
    expect(ipc.invoke).toHaveBeenLastCalledWith("copies:put", { id: "w1", revision: 3 }, "{}");
    await bridge.listKeptCopies();
    expect(ipc.invoke).toHaveBeenLastCalledWith("copies:list");
    await bridge.readKeptCopy("w1");
    expect(ipc.invoke).toHaveBeenLastCalledWith("copies:read", "w1");
    await bridge.removeKeptCopy("w1");
    expect(ipc.invoke).toHaveBeenLastCalledWith("copies:remove", "w1");
    await bridge.toRoomHost({ type: "open", address: "127.0.0.1" });
    expect(ipc.invoke).toHaveBeenLastCalledWith("room:host", { type: "open", address: "127.0.0.1" });
  });

  it("passes on menu commands without the IPC event, drops unknown ones, and unsubscribes", () => {
    const heard: unknown[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => heard.push(command));
    const [channel, listener] = ipc.on.mock.calls.at(-1) as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe("menu:command");
    listener({ sender: "secret" }, "edit.undo");
    listener({ sender: "secret" }, "shell:open-external");
    expect(heard).toEqual(["edit.undo"]);
    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith("menu:command", listener);
  });
});
