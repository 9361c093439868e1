import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CharterFonts, FallbackFiles } from "../shared/pdf/fonts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = (pkg: string, weight: string, name: string) =>
  join(root, "node_modules/@expo-google-fonts", pkg, weight, `${name}_${weight}.ttf`);
const noto = (weight: string) => file("noto-sans", weight, "NotoSans");
const pair = (pkg: string, name: string, bold = "700Bold"): FallbackFiles => ({
  regular: file(pkg, "400Regular", name),
  bold: file(pkg, bold, name),
});

/** The font files as Node reads them, straight from the installed packages. */
export const nodeFonts: CharterFonts = {
  regular: noto("400Regular"),
  italic: noto("400Regular_Italic"),
  semiBold: noto("600SemiBold"),
  bold: noto("700Bold"),
  fallbacks: {
    // One weight exists of these two; bold text then uses the regular glyphs.
    math: pair("noto-sans-math", "NotoSansMath", "400Regular"),
    symbols: pair("noto-sans-symbols-2", "NotoSansSymbols2", "400Regular"),
    japanese: pair("noto-sans-jp", "NotoSansJP"),
    korean: pair("noto-sans-kr", "NotoSansKR"),
    chinese: pair("noto-sans-sc", "NotoSansSC"),
    emoji: pair("noto-emoji", "NotoEmoji"),
  },
};
