import { existsSync, readFileSync } from "node:fs";
import { metaContentSecurityPolicy } from "../../electron/origin";

const page = "renderer/index.html";

describe("the renderer's entry page", () => {
  it.skipIf(!existsSync(page))("carries the same content security policy as the app:// responses", () => {
    const html = readFileSync(page, "utf8");
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/);
    expect(meta?.[1]).toBe(metaContentSecurityPolicy());
  });
});
