import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CharterFonts } from "../shared/pdf/fonts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const noto = (weight: string, file: string) => join(root, "node_modules/@expo-google-fonts/noto-sans", weight, file);

/** The Noto Sans files as Node reads them, straight from the installed package. */
export const nodeFonts: CharterFonts = {
  regular: noto("400Regular", "NotoSans_400Regular.ttf"),
  italic: noto("400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
  semiBold: noto("600SemiBold", "NotoSans_600SemiBold.ttf"),
  bold: noto("700Bold", "NotoSans_700Bold.ttf"),
};
