import { createBrowserHost } from "../../renderer/host/browser";
import { createElectronHost } from "../../renderer/host/electron";
import type { AccordBridge, OpenFileReply } from "../../shared/ipc";

const backup = [{ name: "Accord backup", extensions: ["json"] }];

/** Stands in for the user picking a file (or cancelling) in the browser's file chooser. */
function userPicks(file: File | null) {
  return vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(function (this: HTMLInputElement) {
    if (file === null) {
      this.dispatchEvent(new Event("cancel"));
      return;
    }
    Object.defineProperty(this, "files", { value: [file] });
    this.dispatchEvent(new Event("change"));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("exporting a backup in a plain browser", () => {
  it("downloads the file under the suggested name", async () => {
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:http://127.0.0.1:4780/abc");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const outcome = await createBrowserHost("0.1.0").saveFile({
      title: "Export backup",
      suggestedName: "Q3 alignment.json",
      filters: backup,
      contents: '{"name":"Q3 alignment"}',
    });

    expect(outcome).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe("Q3 alignment.json");
    expect(clicked[0]?.href).toBe("blob:http://127.0.0.1:4780/abc");
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('{"name":"Q3 alignment"}');
    expect(document.querySelector("a[download]")).toBeNull();
  });
});

describe("importing a workshop in a plain browser", () => {
  it("refuses a file over the limit, saying how large it is", async () => {
    userPicks(new File(["x".repeat(3 * 1024)], "huge.json"));
    const host = createBrowserHost("0.1.0");
    await expect(host.openTextFile({ title: "Import", filters: backup, maxBytes: 1024 })).rejects.toThrow(
      "“huge.json” is 3 KiB, larger than the 1 KiB Accord can open.",
    );
  });

  it("reads a file within the limit", async () => {
    userPicks(new File(['{"name":"Q3"}'], "q3.json"));
    const opened = await createBrowserHost("0.1.0").openTextFile({ title: "Import", filters: backup, maxBytes: 1024 });
    expect(opened).toEqual({ name: "q3.json", text: '{"name":"Q3"}' });
    expect(document.querySelector("input[type=file]")).toBeNull();
  });

  it("refuses a file that is not UTF-8, naming the byte, rather than reading U+FFFD into it", async () => {
    userPicks(new File([new Uint8Array([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d])], "latin1.json"));
    const host = createBrowserHost("0.1.0");
    await expect(host.openTextFile({ title: "Import", filters: backup, maxBytes: 1024 })).rejects.toThrow(
      "“latin1.json” is not UTF-8 text: the byte 0xE9 at byte offset 3 (counted from 0) begins no valid character. Save it as UTF-8 and import it again.",
    );
  });

  it("resolves null when the facilitator cancels", async () => {
    userPicks(null);
    expect(await createBrowserHost("0.1.0").openTextFile({ title: "Import", filters: backup, maxBytes: 1 })).toBeNull();
  });

  it("offers only the backup's file types", async () => {
    let accept = "";
    vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(function (this: HTMLInputElement) {
      accept = this.accept;
      this.dispatchEvent(new Event("cancel"));
    });
    await createBrowserHost("0.1.0").openTextFile({ title: "Import", filters: backup, maxBytes: 1 });
    expect(accept).toBe(".json");
  });
});

describe("the browser host", () => {
  it("has no native menu, so subscribing to it is harmless", () => {
    const host = createBrowserHost("0.1.0");
    expect(host.kind).toBe("browser");
    expect(() => host.onMenuCommand(() => undefined)()).not.toThrow();
  });
});

function bridgeReplying(open: OpenFileReply | Error): AccordBridge {
  return {
    appVersion: async () => "0.1.0",
    openTextFile: async () => {
      if (open instanceof Error) throw open;
      return open;
    },
    saveFile: async () => {
      throw new Error("Error invoking remote method 'file:save': Error: EACCES: permission denied");
    },
    onMenuCommand: () => () => undefined,
    showAvailableCommands: async () => undefined,
    toRoomHost: async () => undefined,
    onRoomHost: () => () => undefined,
    putKeptCopy: async () => undefined,
    listKeptCopies: async () => [],
    readKeptCopy: async () => null,
    removeKeptCopy: async () => undefined,
    openRoomScreen: async () => "opened",
  };
}

describe("the Electron host", () => {
  const options = { title: "Import", filters: backup, maxBytes: 10 };

  it("returns the opened file, or null when cancelled", async () => {
    const file = { name: "q3.json", text: "{}" };
    expect(await createElectronHost(bridgeReplying({ kind: "opened", file })).openTextFile(options)).toEqual(file);
    expect(await createElectronHost(bridgeReplying({ kind: "cancelled" })).openTextFile(options)).toBeNull();
  });

  it("rejects a refused file with main's own words", async () => {
    const host = createElectronHost(bridgeReplying({ kind: "refused", message: "“big.json” is 60.0 MB, larger…" }));
    await expect(host.openTextFile(options)).rejects.toThrow(/^“big.json” is 60.0 MB/);
  });

  it("strips Electron's IPC wording from a failed save", async () => {
    const host = createElectronHost(bridgeReplying({ kind: "cancelled" }));
    await expect(
      host.saveFile({ title: "Export", suggestedName: "a.json", filters: backup, contents: "{}" }),
    ).rejects.toThrow(/^EACCES: permission denied$/);
  });
});

describe("choosing the host", () => {
  afterEach(() => {
    delete window.accord;
    vi.resetModules();
  });

  it("is the browser when no preload ran", async () => {
    const { getHost } = await import("../../renderer/host/index");
    expect(getHost().kind).toBe("browser");
  });

  it("is Electron when the preload exposed window.accord", async () => {
    window.accord = bridgeReplying({ kind: "cancelled" });
    const { getHost } = await import("../../renderer/host/index");
    expect(getHost().kind).toBe("electron");
  });
});
