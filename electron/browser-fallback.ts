// What `npm start`'s server hosts in a browser, where Electron's main is not
// there to: the room the phones join, and the kept copies. vite.config.ts
// loads this, built to dist/electron/browser-fallback.cjs.
export { attachRoomControl } from "./room/local-control";
export { keptCopiesHandler } from "./storage/copies-http";
export { keptCopiesIn } from "./storage/kept-copies";
