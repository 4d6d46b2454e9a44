import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans from the dejavu-fonts-ttf package (Bitstream Vera licence, DejaVu changes in the
 * public domain): unlike the PDF standard fonts it has « », ’, œ and the narrow no-break space
 * (U+202F) that French typography puts before ; ! ?.
 */
export const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;
