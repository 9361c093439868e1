import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keptCopiesHandler } from "../../electron/storage/copies-http";
import { keptCopiesIn } from "../../electron/storage/kept-copies";
import { COPIES_HEADER, COPIES_PATH } from "../../shared/kept-copies";

const dirs: string[] = [];
function aFolder() {
  const dir = mkdtempSync(join(tmpdir(), "accord-copies-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("kept copies in a folder", () => {
  it("keeps one whole copy of each workshop, the last written, with its id and title beside it", async () => {
    const dir = aFolder();
    const copies = keptCopiesIn(join(dir, "not-made-yet"));
    expect(await copies.list()).toEqual([]);
    await copies.put({ id: "w-1", revision: 1, title: "Kickoff", deletedAt: null }, '{"n":1}');
    await copies.put({ id: "w-1", revision: 3, title: "Kickoff, day 2", deletedAt: null }, '{"n":3}');
    await copies.put({ id: "W-1", revision: 1 }, '{"other":true}');
    expect(await copies.read("w-1")).toBe('{"n":3}');
    expect(await copies.read("W-1")).toBe('{"other":true}');
    expect((await copies.list()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      { id: "W-1", revision: 1, title: "", deletedAt: null },
      { id: "w-1", revision: 3, title: "Kickoff, day 2", deletedAt: null },
    ]);
    // A copy and its note a workshop: the older copy goes once the newer is in place.
    expect(readdirSync(join(dir, "not-made-yet"))).toHaveLength(4);
    // Written afresh by a storage that counts from 1 again (imported after a loss): the last written is kept.
    await copies.put({ id: "w-1", revision: 1, title: "Kickoff", deletedAt: null }, '{"again":1}');
    expect(await copies.read("w-1")).toBe('{"again":1}');
    await copies.remove("w-1");
    expect(await copies.read("w-1")).toBeNull();
    expect(await copies.list()).toEqual([{ id: "W-1", revision: 1, title: "", deletedAt: null }]);
    expect(readdirSync(join(dir, "not-made-yet"))).toHaveLength(2);
  });

  it("writes one workshop's copies in the order asked, one at a time", async () => {
    const copies = keptCopiesIn(aFolder());
    await Promise.all([5, 2, 9, 7].map((revision) => copies.put({ id: "w", revision }, `{"r":${revision}}`)));
    expect(await copies.read("w")).toBe('{"r":7}');
    expect(await copies.list()).toEqual([{ id: "w", revision: 7, title: "", deletedAt: null }]);
  });

  it("makes any id a short, safe file name and refuses what is not a copy", async () => {
    const dir = aFolder();
    const copies = keptCopiesIn(dir);
    await copies.put({ id: "../../etc/passwd", revision: 1 }, "{}");
    const long = "é".repeat(200);
    await copies.put({ id: long, revision: 2 }, '{"long":true}');
    expect(readdirSync(dir).every((f) => /^[0-9a-f]{40}\.(about|\d+\.json)$/.test(f))).toBe(true);
    expect(await copies.read("../../etc/passwd")).toBe("{}");
    expect(await copies.read(long)).toBe('{"long":true}');
    await expect(copies.put({ id: "", revision: 1 }, "{}")).rejects.toThrow("id is 1 to 200 characters");
    await expect(copies.put({ id: "w", revision: 0 }, "{}")).rejects.toThrow("revision is a whole number");
    await expect(copies.put({ id: "w", revision: 1.5 }, "{}")).rejects.toThrow("revision is a whole number");
    await expect(copies.put({ id: "w", revision: 1, title: 3 } as never, "{}")).rejects.toThrow("title is text");
    await expect(copies.read("x".repeat(201))).rejects.toThrow("id is 1 to 200 characters");
  });
});

describe("kept copies over npm start's server", () => {
  let server: Server;
  let base: string;
  let host: string;
  beforeAll(async () => {
    const handler = keptCopiesHandler(keptCopiesIn(aFolder()));
    server = createServer((req, res) =>
      handler(req, res, () => {
        res.writeHead(404);
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    base = `http://${host}${COPIES_PATH}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const own = { [COPIES_HEADER]: "1" };

  it("stores, lists, reads and removes copies for the app's own page", async () => {
    const put = await fetch(`${base}/w%2F1?revision=4&title=Q3%20review`, { method: "PUT", headers: own, body: "{}" });
    expect(put.status).toBe(204);
    expect(await (await fetch(base, { headers: own })).json()).toEqual([
      { id: "w/1", revision: 4, title: "Q3 review", deletedAt: null },
    ]);
    expect(await (await fetch(`${base}/w%2F1`, { headers: own })).text()).toBe("{}");
    expect((await fetch(`${base}/w%2F1`, { method: "DELETE", headers: own })).status).toBe(204);
    expect((await fetch(`${base}/w%2F1`, { headers: own })).status).toBe(404);
    expect((await fetch(`${base}/w?revision=nope`, { method: "PUT", headers: own, body: "{}" })).status).toBe(400);
    // Broken percent-encoding is a bad request, not a server error.
    expect((await fetch(`${base}/%E0%A4%A`, { headers: own })).status).toBe(400);
    // Other paths are the rest of the server's.
    expect((await fetch(`http://${host}/index.html`)).status).toBe(404);
  });

  it("answers no other page: without the app's header, from another origin, or by another name", async () => {
    expect((await fetch(base)).status).toBe(403);
    expect((await fetch(base, { headers: { ...own, origin: "http://evil.example" } })).status).toBe(403);
    // Vite's own CORS lets other local pages through its preflight: the exact origin is what stops them.
    expect((await fetch(base, { headers: { ...own, origin: "http://localhost:3000" } })).status).toBe(403);
    expect((await fetch(base, { headers: { ...own, origin: "http://x.localhost" } })).status).toBe(403);
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      // A name that resolves to 127.0.0.1 (DNS rebinding) reaches the server with its own Host.
      const req = request(`${base}`, { headers: { ...own, host: "evil.example:80" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await fetch(base, { headers: { ...own, origin: `http://${host}` } })).status).toBe(200);
  });
});
