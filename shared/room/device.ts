/**
 * What a phone is called in the facilitator's list and on a signature made
 * on it: the kind of phone and its browser, read from what the browser says
 * of itself. A hint for people, not a proof of anything (a browser can say
 * what it likes), so it is kept short and plain.
 */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? "";
  const kind = /iPad/.test(ua)
    ? "iPad"
    : /iPhone|iPod/.test(ua)
      ? "iPhone"
      : /Android/.test(ua)
        ? /Mobile/.test(ua)
          ? "Android phone"
          : "Android tablet"
        : /Windows/.test(ua)
          ? "Windows computer"
          : /Macintosh|Mac OS X/.test(ua)
            ? "Mac"
            : /Linux|CrOS/.test(ua)
              ? "Linux computer"
              : "A device";
  const browser = /EdgA?\//.test(ua)
    ? "Edge"
    : /SamsungBrowser\//.test(ua)
      ? "Samsung Internet"
      : /Firefox\/|FxiOS\//.test(ua)
        ? "Firefox"
        : /CriOS\/|Chrome\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : null;
  return browser ? `${kind}, ${browser}` : kind;
}
