import emoji from "@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url";
import emojiBold from "@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf?url";
import regular from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import italic from "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url";
import semiBold from "@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url";
import bold from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import japanese from "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url";
import japaneseBold from "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url";
import korean from "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url";
import koreanBold from "@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url";
import math from "@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf?url";
import chinese from "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url";
import chineseBold from "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url";
import symbols from "@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf?url";
import type { CharterFonts } from "../../../shared/pdf/fonts";

/**
 * The font files as asset URLs the bundler copies into the app, so the PDF
 * engine fetches them from the app itself: no network, ever. Only URLs are
 * held here; the engine fetches a fallback only for a charter whose text
 * needs it (a Japanese charter reads the Japanese font, others never do).
 */
export const browserFonts: CharterFonts = {
  regular,
  italic,
  semiBold,
  bold,
  fallbacks: {
    math: { regular: math, bold: math },
    symbols: { regular: symbols, bold: symbols },
    japanese: { regular: japanese, bold: japaneseBold },
    korean: { regular: korean, bold: koreanBold },
    chinese: { regular: chinese, bold: chineseBold },
    emoji: { regular: emoji, bold: emojiBold },
  },
};
