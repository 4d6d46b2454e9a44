import { fail } from "../../platform/errors/app-error.ts";
import { withPdf } from "./open-pdf.ts";

/** Above this the image of an A4 page passes 60 megapixels: a preview never needs that. */
const MAX_DPI = 600;

/** A PNG image of one page (1-based) with its annotations, for the officer's preview. */
export function renderPagePng(bytes: Uint8Array, page: number, dpi = 96): Promise<Uint8Array> {
  const resolution = Math.min(Math.max(dpi, 18), MAX_DPI);
  return withPdf(bytes, (doc, lib) => {
    if (!Number.isInteger(page) || page < 1 || page > doc.countPages()) {
      throw fail("not_found");
    }
    const scale = resolution / 72;
    const pixmap = doc
      .loadPage(page - 1)
      .toPixmap(lib.Matrix.scale(scale, scale), lib.ColorSpace.DeviceRGB, false, true);
    try {
      return pixmap.asPNG();
    } finally {
      pixmap.destroy();
    }
  });
}
