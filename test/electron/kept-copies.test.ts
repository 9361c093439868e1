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
  it("keeps the newest revision of each workshop, whole, and lets an older one never replace it", async () => {
    const dir = aFolder();
    const copies = keptCopiesIn(join(dir, "not-made-yet"));
    expect(await copies.list()).toEqual([]);
    await copies.put({ id: "w-1", revision: 1 }, '{"n":1}');
    await copies.put({ id: "w-1", revision: 3 }, '{"n":3}');
    await copies.put({ id: "w-1", revision: 2 }, '{"n":2}');
    await copies.put({ id: "W-1", revision: 1 }, '{"other":true}');
    expect(await copies.read("w-1")).toBe('{"n":3}');
    expect(await copies.read("W-1")).toBe('{"other":true}');
    expect((await copies.list()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      { id: "W-1", revision: 1 },
      { id: "w-1", revision: 3 },
    ]);
    // One file a workshop: the older ones go once the newer is in place.
    expect(readdirSync(join(dir, "not-made-yet"))).toHaveLength(2);
    await copies.remove("w-1");
    expect(await copies.read("w-1")).toBeNull();
    expect(await copies.list()).toEqual([{ id: "W-1", revision: 1 }]);
  });

  it("writes one workshop's copies in turn, so copies asked for together leave the newest", async () => {
    const copies = keptCopiesIn(aFolder());
    await Promise.all([5, 2, 9, 7].map((revision) => copies.put({ id: "w", revision }, `{"r":${revision}}`)));
    expect(await copies.read("w")).toBe('{"r":9}');
    expect(await copies.list()).toEqual([{ id: "w", revision: 9 }]);
  });

  it("makes any id a safe file name and refuses what is not a copy", async () => {
    const dir = aFolder();
    const copies = keptCopiesIn(dir);
    await copies.put({ id: "../../etc/passwd", revision: 1 }, "{}");
    expect(readdirSync(dir)).toEqual([`${Buffer.from("../../etc/passwd").toString("hex")}.1.json`]);
    expect(await copies.read("../../etc/passwd")).toBe("{}");
    await expect(copies.put({ id: "", revision: 1 }, "{}")).rejects.toThrow("id is 1 to 200 characters");
    await expect(copies.put({ id: "w", revision: 0 }, "{}")).rejects.toThrow("revision is a whole number");
    await expect(copies.put({ id: "w", revision: 1.5 }, "{}")).rejects.toThrow("revision is a whole number");
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
    expect((await fetch(`${base}/w%2F1?revision=4`, { method: "PUT", headers: own, body: '{"a":1}' })).status).toBe(
      204,
    );
    expect(await (await fetch(base, { headers: own })).json()).toEqual([{ id: "w/1", revision: 4 }]);
    expect(await (await fetch(`${base}/w%2F1`, { headers: own })).text()).toBe('{"a":1}');
    expect((await fetch(`${base}/w%2F1`, { method: "DELETE", headers: own })).status).toBe(204);
    expect((await fetch(`${base}/w%2F1`, { headers: own })).status).toBe(404);
    expect((await fetch(`${base}/w?revision=nope`, { method: "PUT", headers: own, body: "{}" })).status).toBe(400);
    // Other paths are the rest of the server's.
    expect((await fetch(`http://${host}/index.html`)).status).toBe(404);
  });

  it("answers no other page: without the app's header, from another origin, or by another name", async () => {
    expect((await fetch(base)).status).toBe(403);
    expect((await fetch(base, { headers: { ...own, origin: "http://evil.example" } })).status).toBe(403);
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
