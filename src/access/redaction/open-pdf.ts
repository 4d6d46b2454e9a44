import type * as mupdf from "mupdf";
import { fail } from "../../platform/errors/app-error.ts";
import { loadMupdf, type Mupdf } from "../../platform/mupdf.ts";

const MAGIC = "%PDF-";
/** The PDF header may follow a little junk; readers accept it within the first kilobyte. */
const HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, HEADER_WINDOW));
  return head.includes(MAGIC);
}

/**
 * Opens bytes as a PDF the caller owns (destroy it when done), or fails with `not_a_pdf` or
 * `pdf_encrypted`. MuPDF repairs damaged files silently, so a truncated file is only refused
 * when nothing of its pages can be recovered.
 */
function openPdf(lib: Mupdf, bytes: Uint8Array): mupdf.PDFDocument {
  if (bytes.length === 0 || !hasPdfHeader(bytes)) throw fail("not_a_pdf");
  let doc: mupdf.PDFDocument;
  try {
    doc = new lib.PDFDocument(bytes);
  } catch {
    throw fail("not_a_pdf");
  }
  if (doc.needsPassword()) {
    doc.destroy();
    throw fail("pdf_encrypted");
  }
  try {
    if (doc.countPages() < 1) throw new Error("no page");
    doc.loadPage(0).getBounds();
  } catch {
    doc.destroy();
    throw fail("not_a_pdf");
  }
  return doc;
}

/**
 * Runs `use` on the opened PDF and frees MuPDF's memory afterwards; `use` receives MuPDF itself
 * too, loaded at the first PDF (platform/mupdf.ts).
 */
export async function withPdf<T>(
  bytes: Uint8Array,
  use: (doc: mupdf.PDFDocument, lib: Mupdf) => T,
): Promise<T> {
  const lib = await loadMupdf();
  const doc = openPdf(lib, bytes);
  try {
    return use(doc, lib);
  } finally {
    doc.destroy();
  }
}

/** Throws `not_a_pdf` (or `pdf_encrypted`) unless the bytes are a PDF with at least one page. */
export async function assertPdf(bytes: Uint8Array): Promise<void> {
  await withPdf(bytes, () => undefined);
}
