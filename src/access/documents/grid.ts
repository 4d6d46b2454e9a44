import { loadMupdf } from "../../platform/mupdf.ts";

const MM_PER_INCH = 25.4;
/** Light grey every centimetre, darker every five: readable without hiding the page. */
const MINOR = { every: 10, shade: 0.25 };
const MAJOR = { every: 50, shade: 0.7 };
const GRID_BLUE = [40, 90, 200] as const;

/**
 * The page image with a millimetre grid drawn into its pixels, so that the officer can read the
 * coordinates of an area off the preview: pages have no client script to measure with.
 */
export async function withMillimetreGrid(png: Uint8Array, dpi: number): Promise<Uint8Array> {
  const mupdf = await loadMupdf();
  const image = new mupdf.Image(png);
  const pixmap = image.toPixmap();
  try {
    const width = pixmap.getWidth();
    const height = pixmap.getHeight();
    const stride = pixmap.getStride();
    // Bytes per pixel, alpha included: the page is rendered in RGB.
    const n = pixmap.getNumberOfComponents();
    const pixels = pixmap.getPixels();
    const pxPerMm = dpi / MM_PER_INCH;
    const tint = (offset: number, shade: number) => {
      GRID_BLUE.forEach((target, c) => {
        const base = pixels[offset + c] ?? 255;
        pixels[offset + c] = base + (target - base) * shade;
      });
    };
    for (const { every, shade } of [MINOR, MAJOR]) {
      for (let mm = every; mm * pxPerMm < width; mm += every) {
        const x = Math.round(mm * pxPerMm);
        for (let y = 0; y < height; y++) tint(y * stride + x * n, shade);
      }
      for (let mm = every; mm * pxPerMm < height; mm += every) {
        const y = Math.round(mm * pxPerMm);
        for (let x = 0; x < width; x++) tint(y * stride + x * n, shade);
      }
    }
    return pixmap.asPNG().slice();
  } finally {
    pixmap.destroy();
    image.destroy();
  }
}
