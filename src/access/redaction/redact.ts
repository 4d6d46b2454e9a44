import type * as mupdf from "mupdf";
import { fail } from "../../platform/errors/app-error.ts";
import type { RedactionArea } from "./area.ts";
import { drawLabelledBoxes } from "./label-box.ts";
import { withPdf } from "./open-pdf.ts";
import { stripHiddenCopies } from "./strip-hidden-copies.ts";

/** Rounding in a form or a search result may overshoot the page edge by a hair. */
const EDGE_TOLERANCE = 0.5;

/**
 * A full rewrite: no incremental update keeps the original revision behind the new one, garbage
 * collection drops the objects nothing points to any more (old content streams, attachments),
 * and the copy is written without encryption so that the requester can open it.
 */
const SAVE_OPTIONS = "garbage=deduplicate,compress,encrypt=none";

function checkedAreas(
  doc: mupdf.PDFDocument,
  areas: RedactionArea[],
): Map<number, RedactionArea[]> {
  const byPage = new Map<number, RedactionArea[]>();
  const pageCount = doc.countPages();
  for (const area of areas) {
    const { page, x, y, width, height } = area;
    const invalid = () => fail("redaction_area_invalid", { page });
    if (!Number.isInteger(page) || page < 1 || page > pageCount) throw invalid();
    if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) throw invalid();
    const [x0, y0, x1, y1] = doc.loadPage(page - 1).getBounds();
    const t = EDGE_TOLERANCE;
    if (x < x0 - t || y < y0 - t || x + width > x1 + t || y + height > y1 + t) throw invalid();
    const clipped = {
      ...area,
      x: Math.max(x, x0),
      y: Math.max(y, y0),
      width: Math.min(x + width, x1) - Math.max(x, x0),
      height: Math.min(y + height, y1) - Math.max(y, y0),
    };
    byPage.set(page, [...(byPage.get(page) ?? []), clipped]);
  }
  return byPage;
}

const rectOf = (a: RedactionArea): mupdf.Rect => [a.x, a.y, a.x + a.width, a.y + a.height];

const overlaps = (a: mupdf.Rect, b: mupdf.Rect) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A link over a removed name (a mailto: address, say) would give it away. */
function deleteLinksUnder(page: mupdf.PDFPage, rects: mupdf.Rect[]): void {
  for (const link of page.getLinks()) {
    if (rects.some((r) => overlaps(r, link.getBounds()))) page.deleteLink(link);
  }
}

/**
 * A copy of the PDF in which the content under each area is gone from the file, not merely
 * hidden: text is deleted, image pixels under the area are blanked, vector drawings entirely
 * inside it are removed. Each area then shows a black box with its label (the article of the
 * law that justifies the removal). Annotations and form fields are first flattened into the
 * page so that their text is redacted like the rest, and hidden copies (metadata, bookmarks,
 * attachments, thumbnails…) are stripped. Fails with `redaction_area_invalid` for an area off
 * its page.
 */
export function redactPdf(bytes: Uint8Array, areas: RedactionArea[]): Promise<Uint8Array> {
  return withPdf(bytes, (doc, lib) => {
    const byPage = checkedAreas(doc, areas);
    doc.bake(true, true);
    for (const [pageNumber, pageAreas] of byPage) {
      const page = doc.loadPage(pageNumber - 1);
      const rects = pageAreas.map(rectOf);
      for (const rect of rects) page.createAnnotation("Redact").setRect(rect);
      page.applyRedactions(
        false,
        lib.PDFPage.REDACT_IMAGE_PIXELS,
        lib.PDFPage.REDACT_LINE_ART_REMOVE_IF_COVERED,
        lib.PDFPage.REDACT_TEXT_REMOVE,
      );
      deleteLinksUnder(page, rects);
      drawLabelledBoxes(lib, doc, page, pageAreas);
    }
    stripHiddenCopies(doc);
    const buffer = doc.saveToBuffer(SAVE_OPTIONS);
    try {
      return buffer.asUint8Array().slice();
    } finally {
      buffer.destroy();
    }
  });
}
