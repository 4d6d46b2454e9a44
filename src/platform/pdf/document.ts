import type PDFDocument from "pdfkit";
import { onFirstUse } from "../first-use.ts";
import { FONTS } from "./fonts.ts";

const pdfkit = onFirstUse<typeof PDFDocument>("pdfkit");

export type Pdf = PDFKit.PDFDocument;

/**
 * A pdfkit document with the DejaVu fonts registered as "regular" and "bold", pages kept in
 * memory (so page numbers can be written at the end), and a promise of the finished bytes.
 */
export function createPdf(options: PDFKit.PDFDocumentOptions): {
  doc: Pdf;
  done: Promise<Uint8Array>;
} {
  const PdfKit = pdfkit();
  const doc = new PdfKit({ bufferPages: true, ...options });
  const done = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.font("regular");
  return { doc, done };
}

/** Writes « Page n de N » (or any label) centred under every page, once the content is laid out. */
export function numberPages(
  doc: Pdf,
  label: (n: number, total: number) => string,
  options: { left: number; color?: string; size?: number },
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(options.size ?? 8.5)
      .fillColor(options.color ?? "#444444")
      .text(label(i + 1, count), options.left, doc.page.height - bottom + 24, {
        width: doc.page.width - options.left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor("black");
}

/**
 * A bold heading, moved to a new page when fewer than 80 points would follow it on this one (a
 * heading alone at the foot of a page), then the regular font at the body size.
 */
export function drawHeading(
  doc: Pdf,
  text: string,
  options: { size: number; bodySize: number },
): void {
  const { left, right, bottom } = doc.page.margins;
  if (doc.y + 80 > doc.page.height - bottom) doc.addPage();
  doc
    .font("bold")
    .fontSize(options.size)
    .text(text, left, doc.y, { width: doc.page.width - left - right });
  doc.font("regular").fontSize(options.bodySize).moveDown(0.4);
}
