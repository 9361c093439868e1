const PREFIX = "data:image/png;base64,";
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Far beyond a signature pad, well within what a PDF page can hold. */
export const PNG_MAX_SIDE = 4096;

function decode(base64: string): Uint8Array | null {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Why a drawn signature is not a PNG Accord can show and print, or null when
 * it is one: the data URL's prefix, valid base64, the PNG signature, and an
 * image header with a sensible size. A label saying PNG proves nothing.
 */
export function pngProblem(dataUrl: string): string | null {
  if (!dataUrl.startsWith(PREFIX)) return "is not a PNG image (data:image/png;base64,…)";
  const bytes = decode(dataUrl.slice(PREFIX.length));
  if (bytes === null) return "is not valid base64";
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b))
    return "is not a PNG image: its bytes say otherwise";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== "IHDR") return "is a damaged PNG image: it has no image header";
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0 || width > PNG_MAX_SIDE || height > PNG_MAX_SIDE) {
    return `is a PNG image of ${width}×${height} pixels; a signature is at most ${PNG_MAX_SIDE} on a side`;
  }
  return null;
}
