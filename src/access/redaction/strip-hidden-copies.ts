import type * as mupdf from "mupdf";

/**
 * Places outside the page content where removed words may survive: document properties and XMP
 * metadata, bookmarks, attachments and scripts (under Names), form data, the structure tree
 * (alternate and actual text), page thumbnails (a picture of the unredacted page) and the
 * private data some editors keep. None of it is needed to read the released document.
 */
const CATALOG_KEYS = [
  "Metadata",
  "Outlines",
  "Names",
  "Dests",
  "OpenAction",
  "AA",
  "AcroForm",
  "StructTreeRoot",
  "MarkInfo",
  "PieceInfo",
  "SpiderInfo",
];
const PAGE_KEYS = ["Thumb", "Metadata", "PieceInfo", "AA", "StructParents"];

export function stripHiddenCopies(doc: mupdf.PDFDocument): void {
  const trailer = doc.getTrailer();
  trailer.delete("Info");
  const catalog = trailer.get("Root");
  for (const key of CATALOG_KEYS) catalog.delete(key);
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.findPage(i);
    for (const key of PAGE_KEYS) page.delete(key);
  }
}
