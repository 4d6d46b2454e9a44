import type { PDFDocument, PDFObject, Rect } from "mupdf";
import { loadMupdf } from "../../platform/mupdf.ts";
import { winAnsiEncode } from "./win-ansi.ts";

// Only tests build PDFs, and they may wait for MuPDF as this file loads.
const mupdf = await loadMupdf();

/** One line of text at (x, baseline y) in PDF user space (origin bottom-left). */
export type Line = { x: number; y: number; text: string; size?: number };

export type TestPage = {
  lines: Line[];
  /** A solid red image, in PDF user space. */
  image?: { x: number; y: number; width: number; height: number };
  rotate?: 0 | 90 | 180 | 270;
};

const A4: Rect = [0, 0, 595, 842];

/** A hex string in the font's WinAnsi encoding, so accents and ’ come out right. */
const hexString = (s: string) =>
  `<${winAnsiEncode(s)
    .map((g) => g.code.toString(16).padStart(2, "0"))
    .join("")}>`;

function redPixels(doc: PDFDocument): PDFObject {
  const pixmap = new mupdf.Pixmap(mupdf.ColorSpace.DeviceRGB, [0, 0, 40, 40], false);
  const pixels = pixmap.getPixels();
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = 255;
    pixels[i + 1] = 0;
    pixels[i + 2] = 0;
  }
  return doc.addImage(new mupdf.Image(pixmap));
}

/** Builds a PDF in memory with MuPDF itself: Helvetica text, optionally a red picture. */
export function buildPdf(
  pages: TestPage[],
  extras: (doc: PDFDocument) => void = () => {},
): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
  for (const page of pages) {
    const ops = page.lines.map(
      (l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td ${hexString(l.text)} Tj ET`,
    );
    const resources: Record<string, unknown> = { Font: { F1: font } };
    if (page.image) {
      const { x, y, width, height } = page.image;
      resources.XObject = { Im1: redPixels(doc) };
      ops.push(`q ${width} 0 0 ${height} ${x} ${y} cm /Im1 Do Q`);
    }
    const pageObject = doc.addPage(A4, page.rotate ?? 0, resources, ops.join("\n"));
    doc.insertPage(-1, pageObject);
  }
  extras(doc);
  const bytes = doc.saveToBuffer("compress").asUint8Array().slice();
  doc.destroy();
  return bytes;
}
