import { PREVIEW_URL, previewFailureMessage, previewIsListening } from "../../scripts/preview-output.mjs";

describe("serving Accord for a browser", () => {
  it("always uses the same address, so the browser keeps finding its workshops", () => {
    expect(PREVIEW_URL).toBe("http://127.0.0.1:4780/");
  });

  it("knows when vite is listening", () => {
    expect(previewIsListening("  ➜  Local:   http://127.0.0.1:4780/\n")).toBe(true);
    expect(previewIsListening("vite v8.3.8 building…")).toBe(false);
  });

  it("says in one line that the port is busy", () => {
    const message = previewFailureMessage(
      "error when starting preview server:\nError: Port 4780 is already in use\n    at …",
      1,
    );
    expect(message).toMatch(/^Port 4780 is busy/);
    expect(message).not.toContain("\n");
  });

  it("explains any other stop without a stack trace", () => {
    const message = previewFailureMessage("TypeError: boom\n    at x (y.js:1:1)", 7);
    expect(message).toBe("The preview server stopped unexpectedly (exit code 7).");
  });
});
