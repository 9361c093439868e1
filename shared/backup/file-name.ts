/** A file name that is safe on Windows, macOS and Linux and still reads like the workshop. */
export function safeFileStem(title: string): string {
  const stem = title
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "")
    .slice(0, 80);
  return stem || "workshop";
}

export function backupFileName(title: string, isoNow: string): string {
  return `${safeFileStem(title)} backup ${isoNow.slice(0, 10)}.accord.json`;
}

/** A workshop that cannot be opened, saved exactly as stored: named so nobody mistakes it for a backup. */
export function storedFileName(title: string, isoNow: string): string {
  return `${safeFileStem(title)} as stored ${isoNow.slice(0, 10)}.json`;
}
