import { APP_HOST, APP_SCHEME } from "./origin";

/**
 * What main lets web content do. Accord is offline and self-contained, so
 * every answer is "only our own pages": anything else is a bug or an attack.
 */

function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === "" &&
    parsed.password === "" &&
    parsed.port === ""
  );
}

/** will-navigate / will-redirect: the window never leaves the app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The window-open handler's answer, whatever was asked. */
export function windowOpenDecision(): { action: "deny" } {
  return { action: "deny" };
}

/** Camera, notifications, clipboard-read, geolocation…: a workshop app needs none. */
export function decidePermission(_permission: string): boolean {
  return false;
}

// data: and blob: carry images and downloads the app makes itself;
// devtools: is DevTools' own UI when a developer opens it.
const LOCAL_SCHEMES = new Set(["data:", "blob:", "devtools:"]);

/** session.webRequest.onBeforeRequest: every request off the machine is cancelled. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Every IPC handler answers only frames showing the app's own pages. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === "string" && isAppUrl(frameUrl);
}
