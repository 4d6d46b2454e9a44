import { createPdf, numberPages, type Pdf } from "../../platform/pdf/document.ts";
import { drawTable } from "../../platform/pdf/table.ts";
import { composeLetter } from "./compose.ts";
import { letterLabel } from "./labels.ts";
import type { Block, Line } from "./markup.ts";
import type { LetterData } from "./types.ts";

type Doc = Pdf;

const SIZE = 10;
const GAP = 2;
const MARGIN = { top: 56, bottom: 64, left: 64, right: 64 };
const GREY = "#444444";
const RULE = "#999999";

/** The letter as a PDF: letterhead, the filled template, « Page 1 de 2 » on every page. */
export async function renderLetterPdf(data: LetterData, template?: string): Promise<Uint8Array> {
  const blocks = composeLetter(data, template);
  const { doc, done } = createPdf({
    // Québec administrations write on US Letter paper, French ones on A4.
    size: data.jurisdiction === "qc" ? "LETTER" : "A4",
    margins: MARGIN,
    lang: data.lang === "fr" ? (data.jurisdiction === "qc" ? "fr-CA" : "fr-FR") : "en-CA",
    displayTitle: true,
    info: {
      Title: letterLabel(data.lang, data.kind, { reference: data.reference }),
      Author: data.officer.organisation,
    },
  });
  doc.fontSize(SIZE);
  letterhead(doc, data);
  for (const block of blocks) drawBlock(doc, block);
  numberPages(doc, (n, total) => letterLabel(data.lang, "page", { n, total }), {
    left: MARGIN.left,
    color: GREY,
  });
  doc.end();
  return done;
}

function letterhead(doc: Doc, data: LetterData) {
  const { officer } = data;
  doc.font("bold").fontSize(13).text(officer.organisation);
  doc.font("regular").fontSize(SIZE).text(officer.unit);
  if (officer.addressLines.length > 0)
    doc.fillColor(GREY).fontSize(8.5).text(officer.addressLines.join(" · ")).fillColor("black");
  const y = doc.y + 6;
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(doc.page.width - MARGIN.right, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.fontSize(SIZE).text("", MARGIN.left, y + 18);
}

function drawBlock(doc: Doc, block: Block) {
  const width = contentWidth(doc);
  switch (block.type) {
    case "heading":
      if (block.level === 1) doc.moveDown(0.5);
      else doc.moveDown(0.4);
      doc.font("bold").fontSize(block.level === 1 ? 14 : 11.5);
      doc.text(runsText(block.line), MARGIN.left, doc.y, {
        width,
        align: block.level === 1 ? "center" : "left",
      });
      doc.font("regular").fontSize(SIZE).moveDown(0.6);
      return;
    case "paragraph":
      for (const line of block.lines) drawLine(doc, line, MARGIN.left, width);
      doc.moveDown(0.7);
      return;
    case "list":
      for (const item of block.items) {
        const y = doc.y;
        doc.text("–", MARGIN.left + 4, y, { width: 12, lineGap: GAP });
        doc.y = y;
        drawLine(doc, item, MARGIN.left + 18, width - 18);
      }
      doc.moveDown(0.7);
      return;
    case "quote": {
      const top = doc.y;
      doc.fontSize(SIZE - 0.5);
      for (const line of block.lines) drawLine(doc, line, MARGIN.left + 14, width - 14);
      doc.fontSize(SIZE);
      doc
        .moveTo(MARGIN.left + 4, top)
        .lineTo(MARGIN.left + 4, doc.y)
        .lineWidth(1.5)
        .strokeColor(RULE)
        .stroke();
      doc.moveDown(0.7);
      return;
    }
    case "table":
      table(doc, block.header, block.rows);
      doc.moveDown(0.7);
      return;
    case "space":
      doc.moveDown(1);
  }
}

/** One line of runs, bold where the template says so; an empty line keeps its height. */
function drawLine(doc: Doc, line: Line, x: number, width: number) {
  if (line.length === 0) {
    doc.text(" ", x, doc.y, { width, lineGap: GAP });
    return;
  }
  line.forEach((run, i) => {
    doc.font(run.bold ? "bold" : "regular");
    // Left-aligned: pdfkit drops the space between runs of different weight when justifying.
    const options = { width, lineGap: GAP, continued: i < line.length - 1 };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.font("regular");
}

const runsText = (line: Line) => line.map((r) => r.text).join("");
const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

/** Column widths: the first column (the document title) takes what the others leave. */
function columnWidths(total: number, count: number): number[] {
  if (count <= 1) return [total];
  const other = Math.min(130, (total * 0.45) / (count - 1));
  return [total - other * (count - 1), ...Array.from({ length: count - 1 }, () => other)];
}

function table(doc: Doc, header: Line[], rows: Line[][]) {
  drawTable(doc, {
    widths: columnWidths(contentWidth(doc), header.length),
    header: header.map(runsText),
    rows: rows.map((row) => header.map((_, i) => runsText(row[i] ?? []))),
    size: SIZE - 0.5,
    pad: 5,
    rule: RULE,
  });
  doc.font("regular").fontSize(SIZE);
}
