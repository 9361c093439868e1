import path from "node:path";
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  mimeTypeFor,
  resolveAppFile,
} from "../../electron/origin";

const root = path.resolve("/srv/accord/dist/renderer");

describe("serving the app from app://accord/", () => {
  it("opens index.html for the app's root and its entry URL", () => {
    expect(resolveAppFile(root, "app://accord/")).toBe(path.join(root, "index.html"));
    expect(resolveAppFile(root, "app://accord")).toBe(path.join(root, "index.html"));
    expect(resolveAppFile(root, APP_ENTRY_URL)).toBe(path.join(root, "index.html"));
  });

  it("serves built assets, ignoring query and fragment", () => {
    expect(resolveAppFile(root, "app://accord/assets/index-abc.js?v=1#x")).toBe(
      path.join(root, "assets", "index-abc.js"),
    );
    expect(resolveAppFile(root, "app://accord/fonts/Noto%20Sans.ttf")).toBe(path.join(root, "fonts", "Noto Sans.ttf"));
  });

  it.each([
    ["plain dot-dot", "app://accord/../../etc/passwd"],
    ["dot-dot inside a path", "app://accord/assets/../../secret.txt"],
    ["encoded dot-dot", "app://accord/%2e%2e/%2E%2E/etc/passwd"],
    ["half-encoded dot-dot", "app://accord/.%2e/etc/passwd"],
    ["backslash", "app://accord/..\\..\\windows\\win.ini"],
    ["encoded backslash", "app://accord/assets%5c..%5csecret"],
    ["encoded slash", "app://accord/assets%2f..%2fsecret"],
    ["null byte", "app://accord/index.html%00.png"],
  ])("refuses to leave the app folder by %s", (_how, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    ["another host", "app://evil/index.html"],
    ["a look-alike host", "app://accord.evil/index.html"],
    ["credentials before the host", "app://accord@evil/index.html"],
    ["a port", "app://accord:8080/index.html"],
    ["the file scheme", "file:///srv/accord/dist/renderer/index.html"],
    ["the web", "https://accord/index.html"],
    ["garbage", "not a url"],
  ])("refuses requests for %s", (_what, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe("the content security policy", () => {
  it("allows only the app's own scripts, styles, fonts and connections", () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    // WebAssembly for the PDF engine, and no JavaScript eval or inline script.
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(eval|inline)'/);
    expect(csp).toContain("worker-src 'self' blob:;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("lets React Flow set inline styles, and nothing else inline", () => {
    expect(contentSecurityPolicy()).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("is the same in the page's meta tag, less the frame-ancestors that meta tags cannot carry", () => {
    expect(metaContentSecurityPolicy()).toBe(contentSecurityPolicy().replace("; frame-ancestors 'none'", ""));
  });

  it("rides on every response with the file's type", () => {
    const headers = appResponseHeaders("/x/assets/app.js");
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy());
    expect(headers["Content-Type"]).toBe("text/javascript; charset=utf-8");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("never guesses a type for an unknown file", () => {
    expect(mimeTypeFor("/x/backup.accord")).toBe("application/octet-stream");
    expect(mimeTypeFor("/x/INDEX.HTML")).toBe("text/html; charset=utf-8");
  });
});
