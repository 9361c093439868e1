import {
  decidePermission,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  windowOpenDecision,
} from "../../electron/guards";

describe("where the Accord window may go", () => {
  it("moves between the app's own pages", () => {
    expect(isAllowedNavigation("app://accord/index.html")).toBe(true);
    expect(isAllowedNavigation("app://accord/index.html#/workshop/1")).toBe(true);
  });

  it.each([
    "https://example.com/",
    "http://127.0.0.1:4780/",
    "file:///etc/passwd",
    "app://other/index.html",
    "app://accord@evil.example/",
    "javascript:alert(1)",
    "",
  ])("never navigates to %s", (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it("never opens a new window, whatever a link asks", () => {
    expect(windowOpenDecision()).toEqual({ action: "deny" });
  });
});

describe("what the page may ask of the machine", () => {
  it.each(["media", "notifications", "geolocation", "clipboard-read", "openExternal", "fullscreen", "unknown"])(
    "denies the %s permission",
    (permission) => {
      expect(decidePermission(permission)).toBe(false);
    },
  );
});

describe("which requests leave the page", () => {
  it("lets the app load its own files, data URLs and blobs", () => {
    expect(isAllowedRequest("app://accord/assets/index.js")).toBe(true);
    expect(isAllowedRequest("data:image/png;base64,AAAA")).toBe(true);
    expect(isAllowedRequest("blob:app://accord/5b1c-4e2a")).toBe(true);
  });

  it("lets DevTools show its own interface", () => {
    expect(isAllowedRequest("devtools://devtools/bundled/inspector.html")).toBe(true);
  });

  it.each([
    "https://fonts.googleapis.com/css",
    "http://localhost:3000/",
    "ws://127.0.0.1:9229/",
    "file:///home/facilitator/.ssh/id_rsa",
    "chrome-extension://abc/script.js",
    "app://evil/x.js",
  ])("cancels %s", (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
});

describe("who may call main over IPC", () => {
  it("answers frames showing the app", () => {
    expect(isTrustedSender("app://accord/index.html")).toBe(true);
  });

  it.each([null, undefined, "", "about:blank", "https://example.com/", "file:///x/index.html"])(
    "refuses a frame at %s",
    (url) => {
      expect(isTrustedSender(url)).toBe(false);
    },
  );
});
