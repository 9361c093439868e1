import path from "node:path";

/**
 * The app's origin. IndexedDB data belongs to an origin: change any of these
 * after the first release and every workshop seems to vanish.
 */
export const APP_SCHEME = "app";
export const APP_HOST = "accord";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ["default-src", "'self'"],
  // The PDF engine lays pages out with WebAssembly (yoga). 'wasm-unsafe-eval'
  // allows compiling WebAssembly only; JavaScript eval stays forbidden.
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  // ... and decodes drawn signatures in a worker made from a blob of its own code.
  ["worker-src", "'self' blob:"],
  // React Flow positions nodes and edges with inline styles.
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
  ["frame-ancestors", "'none'"],
];

/** The policy sent with every app:// response. */
export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The same policy for renderer/index.html's meta tag: browsers ignore (and
 * warn about) frame-ancestors in a meta tag, so it is left out there. */
export function metaContentSecurityPolicy(): string {
  return CSP_DIRECTIVES.filter(([name]) => name !== "frame-ancestors")
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

// Refused before parsing: the URL parser would quietly resolve these, and a
// request that needs resolving is not one the app's own pages make.
const SUSPICIOUS = /\.\.|%2e%2e|%2e\.|\.%2e|\\|%5c|%2f|%00/i;

/** Maps an app:// URL to a file under rootDir, or null when it must not be served. */
export function resolveAppFile(rootDir: string, url: string): string | null {
  if (url !== APP_ORIGIN && !url.startsWith(`${APP_ORIGIN}/`)) return null;
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/)[0] ?? "";
  if (SUSPICIOUS.test(rawPath)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (!relative.startsWith("/")) relative = `/${relative}`;
  if (relative.endsWith("/")) relative += "index.html";

  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, file);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) return null;
  return file;
}

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** Module scripts are refused without a JavaScript MIME type, so the type is never guessed from content. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

/** Headers for every response the app:// handler gives. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    "Content-Type": mimeTypeFor(filePath),
    "Content-Security-Policy": contentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  };
}
