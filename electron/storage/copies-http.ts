import type { IncomingMessage, ServerResponse } from "node:http";
import { COPIES_HEADER, COPIES_PATH, KEPT_COPY_MAX_BYTES, type KeptCopy } from "../../shared/kept-copies";
import { isOwnPage } from "../room/local-control";
import type { KeptCopies } from "./kept-copies";

/*
 * Kept copies where there is no Electron: `npm start`'s server answers the
 * app's page on 127.0.0.1 at COPIES_PATH. Only the app's own page may ask:
 * the Host must be loopback (no DNS rebinding), a request must carry
 * COPIES_HEADER (another site's page cannot send it without a preflight),
 * and an Origin, when sent, must be exactly the app's: vite's own CORS
 * grants the preflight to any page on localhost, so this check is the one
 * that stops another local page.
 */

type Next = (error?: unknown) => void;

function fromOwnPage(req: IncomingMessage): boolean {
  if (req.headers[COPIES_HEADER] !== "1") return false;
  const origin = req.headers.origin;
  return isOwnPage({ ...req.headers, origin: origin ?? `http://${req.headers.host ?? ""}` });
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(text);
}

async function bodyOf(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > KEPT_COPY_MAX_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A connect-style handler for vite's preview and dev servers. */
export function keptCopiesHandler(copies: KeptCopies) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== COPIES_PATH && !url.pathname.startsWith(`${COPIES_PATH}/`)) {
      next();
      return;
    }
    if (!fromOwnPage(req)) {
      reply(res, 403, { error: "only Accord's own page may ask" });
      return;
    }
    void (async () => {
      const id = url.pathname === COPIES_PATH ? null : decodeURIComponent(url.pathname.slice(COPIES_PATH.length + 1));
      if (id === null && req.method === "GET") return reply(res, 200, await copies.list());
      if (id === null) return reply(res, 405, { error: "a list is read, not written" });
      if (req.method === "GET") {
        const text = await copies.read(id);
        if (text === null) return reply(res, 404, { error: "no copy" });
        res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
        return void res.end(text);
      }
      if (req.method === "PUT") {
        const text = await bodyOf(req);
        if (text === null) return reply(res, 413, { error: "a kept copy is too large" });
        const copy: KeptCopy = {
          id,
          revision: Number(url.searchParams.get("revision")),
          title: url.searchParams.get("title") ?? "",
          deletedAt: url.searchParams.get("deletedAt"),
        };
        await copies.put(copy, text);
        return reply(res, 204);
      }
      if (req.method === "DELETE") {
        await copies.remove(id);
        return reply(res, 204);
      }
      return reply(res, 405, { error: "not a way to ask" });
    })().catch((error: unknown) => reply(res, 400, { error: error instanceof Error ? error.message : String(error) }));
  };
}
