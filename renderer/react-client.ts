// The app's one way to React DOM's client. It is built into React's own chunk (vite.config.ts), so React DOM
// starts there: as it starts it makes a few errors, and where a debugger is attached (DevTools, Playwright) V8
// then reads again the source of every function on the stack, the whole chunk the start was called from included.
export { createRoot } from "react-dom/client";
