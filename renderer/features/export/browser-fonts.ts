import regular from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import italic from "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url";
import semiBold from "@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url";
import bold from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import type { CharterFonts } from "../../../shared/pdf/fonts";

/**
 * The Noto Sans files as asset URLs the bundler copies into the app, so the
 * PDF engine fetches them from the app itself: no network, ever. Loaded with
 * the PDF engine, only when an export starts.
 */
export const browserFonts: CharterFonts = { regular, italic, semiBold, bold };
