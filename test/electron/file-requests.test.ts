import path from "node:path";
import {
  decideSave,
  defaultSavePath,
  MAX_OPEN_BYTES,
  openSizeLimit,
  parseOpenRequest,
  parseSaveRequest,
  resolveSavePath,
} from "../../electron/file-requests";

const backup = [{ name: "Accord backup", extensions: ["json"] }];

describe("where an exported backup goes", () => {
  it("adds the backup extension when the facilitator leaves it off", () => {
    expect(resolveSavePath("/home/f/Q3 workshop", backup)).toBe("/home/f/Q3 workshop.json");
  });

  it("keeps a name that already has it, in any case", () => {
    expect(resolveSavePath("/home/f/q3.json", backup)).toBe("/home/f/q3.json");
    expect(resolveSavePath("/home/f/q3.JSON", backup)).toBe("/home/f/q3.JSON");
  });

  it("treats a dotted date as part of the name, not as an extension", () => {
    expect(resolveSavePath("/home/f/charter 2025.06", backup)).toBe("/home/f/charter 2025.06.json");
  });

  it("accepts any of several offered extensions", () => {
    const pdfOrPng = [
      { name: "PDF", extensions: ["pdf"] },
      { name: "Image", extensions: ["png"] },
    ];
    expect(resolveSavePath("/x/charter.png", pdfOrPng)).toBe("/x/charter.png");
    expect(resolveSavePath("/x/charter", pdfOrPng)).toBe("/x/charter.pdf");
  });

  it("never replaces a file the dialog did not ask about: a name that gains its extension and exists is asked about again", () => {
    const existing = new Set(["/home/f/report.txt.json"]);
    const exists = (p: string) => existing.has(p);
    expect(decideSave("/home/f/report.txt", backup, exists)).toEqual({
      kind: "ask-again",
      path: "/home/f/report.txt.json",
    });
    expect(decideSave("/home/f/report.txt.json", backup, exists)).toEqual({
      kind: "write",
      path: "/home/f/report.txt.json",
    });
    expect(decideSave("/home/f/fresh", backup, exists)).toEqual({ kind: "write", path: "/home/f/fresh.json" });
  });

  it("leaves the name alone when any file type is allowed", () => {
    expect(resolveSavePath("/x/notes", [{ name: "All files", extensions: ["*"] }])).toBe("/x/notes");
  });

  it("starts the dialog in the given folder with the suggested name, never a path the page chose", () => {
    expect(defaultSavePath("/home/f/Documents", "Q3 alignment.json")).toBe(
      path.join("/home/f/Documents", "Q3 alignment.json"),
    );
    expect(defaultSavePath("/home/f/Documents", "../../.bashrc")).toBe(path.join("/home/f/Documents", "-..-.bashrc"));
    expect(defaultSavePath("/home/f/Documents", 'a<b>:c"d|e?f*')).toBe(path.join("/home/f/Documents", "a-b--c-d-e-f-"));
    expect(defaultSavePath("/home/f/Documents", "...")).toBe(path.join("/home/f/Documents", "Accord"));
  });
});

describe("how much a file may weigh", () => {
  it("keeps the renderer's smaller limit", () => {
    expect(openSizeLimit(5 * 1024 * 1024)).toBe(5 * 1024 * 1024);
  });

  it("never reads more than main's own ceiling", () => {
    expect(openSizeLimit(10 * MAX_OPEN_BYTES)).toBe(MAX_OPEN_BYTES);
  });
});

describe("what the renderer may ask for over IPC", () => {
  it("accepts a well-formed import request", () => {
    const request = { title: "Import a workshop", filters: backup, maxBytes: 1024 };
    expect(parseOpenRequest(request)).toEqual(request);
  });

  it.each([
    ["nothing", undefined],
    ["a string", "open"],
    ["no limit", { title: "t", filters: backup }],
    ["a negative limit", { title: "t", filters: backup, maxBytes: -1 }],
    ["an endless limit", { title: "t", filters: backup, maxBytes: Number.POSITIVE_INFINITY }],
    ["an extension with a path in it", { title: "t", filters: [{ name: "x", extensions: ["../x"] }], maxBytes: 1 }],
  ])("refuses an import request with %s", (_what, request) => {
    expect(parseOpenRequest(request)).toBeNull();
  });

  it("accepts text and bytes to save", () => {
    expect(parseSaveRequest({ title: "t", suggestedName: "a.json", filters: backup, contents: "{}" })).not.toBeNull();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(parseSaveRequest({ title: "t", suggestedName: "a.pdf", filters: [], contents: bytes })?.contents).toBe(
      bytes,
    );
  });

  it("refuses to save something that is neither text nor bytes", () => {
    expect(parseSaveRequest({ title: "t", suggestedName: "a.json", filters: backup, contents: { a: 1 } })).toBeNull();
    expect(parseSaveRequest({ title: "t", suggestedName: 42, filters: backup, contents: "" })).toBeNull();
  });
});
