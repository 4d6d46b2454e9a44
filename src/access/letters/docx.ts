import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { composeLetter } from "./compose.ts";
import { letterLabel } from "./labels.ts";
import type { Block, Line } from "./markup.ts";
import type { LetterData } from "./types.ts";

type Child = Paragraph | Table;

// Twentieths of a point, as Word counts: US Letter for Québec, A4 for France, 1 inch margins.
const PAGE = {
  qc: { width: 12240, height: 15840 },
  fr: { width: 11906, height: 16838 },
} as const;
const MARGIN = 1134;
const SPACE_AFTER = 160;

/** The same letter as a Word document: same blocks, a real table, page numbers in the footer. */
export async function renderLetterDocx(data: LetterData, template?: string): Promise<Uint8Array> {
  const blocks = composeLetter(data, template);
  const language = data.lang === "fr" ? (data.jurisdiction === "qc" ? "fr-CA" : "fr-FR") : "en-CA";
  const doc = new Document({
    creator: data.officer.organisation,
    title: letterLabel(data.lang, data.kind, { reference: data.reference }),
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21, language: { value: language } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[data.jurisdiction],
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: pageFooter(data) },
        children: [...letterhead(data), ...blocks.flatMap((b) => toDocx(b, contentWidth(data)))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function letterhead(data: LetterData): Paragraph[] {
  const { officer } = data;
  return [
    new Paragraph({
      children: [new TextRun({ text: officer.organisation, bold: true, size: 26 })],
    }),
    new Paragraph({ children: [new TextRun(officer.unit)] }),
    new Paragraph({
      children: [
        new TextRun({ text: officer.addressLines.join(" · "), size: 17, color: "444444" }),
      ],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "999999", space: 4 } },
      spacing: { after: 360 },
    }),
  ];
}

function pageFooter(data: LetterData): Footer {
  const { lang } = data;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 17,
            children: [
              letterLabel(lang, "pageWord"),
              PageNumber.CURRENT,
              letterLabel(lang, "ofWord"),
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/** Runs of a line; `first` starts the line on a new line inside the same paragraph. */
function runs(line: Line, breakBefore: boolean): TextRun[] {
  if (line.length === 0) return [new TextRun({ text: "", break: breakBefore ? 1 : 0 })];
  return line.map(
    (run, i) =>
      new TextRun({ text: run.text, bold: run.bold, break: breakBefore && i === 0 ? 1 : 0 }),
  );
}

const linesRuns = (lines: Line[]) => lines.flatMap((line, i) => runs(line, i > 0));

const contentWidth = (data: LetterData) => PAGE[data.jurisdiction].width - 2 * MARGIN;

function toDocx(block: Block, width: number): Child[] {
  switch (block.type) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: runs(block.line, false),
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: linesRuns(block.lines), spacing: { after: SPACE_AFTER } })];
    case "list":
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item, false) }),
      );
    case "quote":
      return [
        new Paragraph({
          children: linesRuns(block.lines),
          indent: { left: 400 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "999999", space: 8 } },
          spacing: { after: SPACE_AFTER },
        }),
      ];
    case "table":
      return [
        table(block.header, block.rows, width),
        new Paragraph({ spacing: { after: SPACE_AFTER } }),
      ];
    case "space":
      return [new Paragraph({})];
  }
}

/** The first column (the document title) takes what the others leave, as in the PDF. */
function columnWidths(total: number, count: number): number[] {
  if (count <= 1) return [total];
  const other = Math.round(Math.min(2600, (total * 0.45) / (count - 1)));
  return [total - other * (count - 1), ...Array.from({ length: count - 1 }, () => other)];
}

function table(header: Line[], rows: Line[][], width: number): Table {
  const cell = (line: Line, head: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: line.map((r) => new TextRun({ text: r.text, bold: head || r.bold })),
        }),
      ],
      shading: head ? { type: ShadingType.CLEAR, fill: "EEEEEE", color: "auto" } : undefined,
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columnWidths(width, header.length),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map(
        (row) => new TableRow({ children: header.map((_, i) => cell(row[i] ?? [], false)) }),
      ),
    ],
  });
}
