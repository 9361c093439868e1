// Reading vite preview's output, so that start.mjs can speak in one line of
// its own instead of passing vite's banner or a stack trace to the user.

export const PREVIEW_HOST = "127.0.0.1";
// Fixed: IndexedDB data belongs to the origin, so a new port would look like
// every workshop had vanished.
export const PREVIEW_PORT = 4780;
export const PREVIEW_URL = `http://${PREVIEW_HOST}:${PREVIEW_PORT}/`;

/** True once vite says it is listening. */
export function previewIsListening(output) {
  return output.includes(`${PREVIEW_HOST}:${PREVIEW_PORT}`);
}

/** One plain line for a preview server that stopped before or while serving. */
export function previewFailureMessage(output, exitCode) {
  if (/already in use|EADDRINUSE/i.test(output)) {
    return `Port ${PREVIEW_PORT} is busy (is Accord already running?); stop whatever uses it and run npm start again.`;
  }
  if (/EACCES|permission denied/i.test(output)) {
    return `Accord is not allowed to listen on ${PREVIEW_HOST}:${PREVIEW_PORT} here.`;
  }
  if (/dist[\\/]renderer|index\.html|does not exist/i.test(output)) {
    return "The built app is missing from dist/renderer; run npm run build to see why.";
  }
  return `The preview server stopped unexpectedly (exit code ${exitCode ?? "unknown"}).`;
}
