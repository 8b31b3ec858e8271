/**
 * The font the engine bundles for drawing (link-preview cards, PDF fact sheets): Noto Sans SC
 * (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-sans-sc, the static
 * TrueType files Google Fonts serves. It has Latin with every Vietnamese letter and the
 * Simplified Chinese characters, so one font draws all three languages. Never a system font.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The two weights the engine draws with, as TrueType bytes. */
export interface FontPair {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FILES = {
  regular: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  bold: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
} as const;

/** Where the bundled font files are (resolved from the engine's node_modules). */
export function bundledFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return { regular: require.resolve(FILES.regular), bold: require.resolve(FILES.bold) };
}

let loading: Promise<FontPair> | undefined;

/** The bundled regular and bold fonts (about 10.5 MB each), read once per process. */
export function loadBundledFonts(): Promise<FontPair> {
  loading ??= (async () => {
    const paths = bundledFontPaths();
    const [regular, bold] = await Promise.all([readFile(paths.regular), readFile(paths.bold)]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })();
  return loading;
}
