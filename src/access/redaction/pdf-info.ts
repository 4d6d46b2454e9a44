import type { Quad } from "mupdf";
import type { PageArea } from "./area.ts";
import { withPdf } from "./open-pdf.ts";

export type PdfInfo = { pageCount: number; pages: { width: number; height: number }[] };

/** Page count and the displayed size of every page, in points. */
export function pdfInfo(bytes: Uint8Array): Promise<PdfInfo> {
  return withPdf(bytes, (doc) => {
    const pages = [];
    for (let i = 0; i < doc.countPages(); i++) {
      const [x0, y0, x1, y1] = doc.loadPage(i).getBounds();
      pages.push({ width: x1 - x0, height: y1 - y0 });
    }
    return { pageCount: pages.length, pages };
  });
}

/** The text of each page, in reading order as MuPDF sees it (index 0 is page 1). */
export function extractText(bytes: Uint8Array): Promise<string[]> {
  return withPdf(bytes, (doc) => {
    const texts = [];
    for (let i = 0; i < doc.countPages(); i++) {
      texts.push(doc.loadPage(i).toStructuredText("").asText());
    }
    return texts;
  });
}

/**
 * Ignoring case and accents, so that a search for « Helene » also finds « HÉLÈNE »: finding
 * too much only costs the officer a glance, missing a spelling leaks a name.
 */
const SEARCH_OPTIONS = "ignore-case,ignore-diacritics";

function areaOfQuad(page: number, q: Quad): PageArea {
  const xs = [q[0], q[2], q[4], q[6]];
  const ys = [q[1], q[3], q[5], q[7]];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { page, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * Every occurrence of `needle` in the document, one area per line of each occurrence (a match
 * that wraps gives two). MuPDF returns at most 500 matches per page.
 */
export async function findText(bytes: Uint8Array, needle: string): Promise<PageArea[]> {
  if (needle.trim() === "") return [];
  return withPdf(bytes, (doc) => {
    const areas: PageArea[] = [];
    for (let i = 0; i < doc.countPages(); i++) {
      for (const hit of doc.loadPage(i).search(needle, SEARCH_OPTIONS)) {
        for (const quad of hit) areas.push(areaOfQuad(i + 1, quad));
      }
    }
    return areas;
  });
}
