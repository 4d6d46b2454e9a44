import type { Pdf } from "./document.ts";

export type PdfTable = {
  /** Column widths in points; they start at the left margin. */
  widths: readonly number[];
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Alignment of each column (left when absent). */
  align?: readonly ("left" | "right")[];
  size: number;
  pad?: number;
  rule?: string;
};

/**
 * A ruled table, its header shaded and repeated at the top of each page it runs onto. Rows are
 * measured first, so that a row never splits across two pages.
 */
export function drawTable(doc: Pdf, table: PdfTable): void {
  const pad = table.pad ?? 4;
  const left = doc.page.margins.left;
  const { widths } = table;
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const texts = widths.map((_, i) => cells[i] ?? "");
    doc.font(bold ? "bold" : "regular").fontSize(table.size);
    const height =
      Math.max(
        ...texts.map((text, i) =>
          doc.heightOfString(text || " ", { width: (widths[i] ?? 0) - 2 * pad }),
        ),
      ) +
      2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold) drawRow(table.header, true);
      doc.font(bold ? "bold" : "regular").fontSize(table.size);
    }
    const top = doc.y;
    let x = left;
    texts.forEach((text, i) => {
      const w = widths[i] ?? 0;
      if (bold) doc.rect(x, top, w, height).fillColor("#eeeeee").fill().fillColor("black");
      doc
        .rect(x, top, w, height)
        .lineWidth(0.5)
        .strokeColor(table.rule ?? "#999999")
        .stroke();
      doc.text(text, x + pad, top + pad, { width: w - 2 * pad, align: table.align?.[i] ?? "left" });
      x += w;
    });
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(table.header, true);
  for (const row of table.rows) drawRow(row, false);
}
