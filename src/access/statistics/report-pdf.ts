import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { createPdf, drawHeading, numberPages, type Pdf } from "../../platform/pdf/document.ts";
import { drawTable } from "../../platform/pdf/table.ts";
import { JURISDICTION_LABELS } from "../requests/messages.ts";
import type { Figures } from "./compute.ts";
import { DEFINITIONS, statsText as t } from "./messages.ts";
import { indicatorLines } from "./present.ts";

type Doc = Pdf;

const SIZE = 10;
const MARGIN = { top: 56, bottom: 64, left: 64, right: 64 };
const RULE = "#999999";
const GREY = "#444444";
const PAD = 4;

export type ReportInput = {
  lang: Lang;
  year: number;
  /** The figures of that year, one entry per jurisdiction. */
  figures: readonly Figures[];
  /** The day the report is produced, ISO. */
  generatedOn: string;
};

/**
 * The annual report: for each jurisdiction the table of figures and the articles invoked, then
 * what each figure means. Set in the letters' font, which has « », ’ and the narrow no-break
 * space that French figures (« 85 % ») need.
 */
export function renderAnnualReport(input: ReportInput): Promise<Uint8Array> {
  const { lang, year } = input;
  const title = t(lang, "reportTitle", { year });
  const { doc, done } = createPdf({
    size: "A4",
    margins: MARGIN,
    lang: lang === "fr" ? "fr" : "en",
    displayTitle: true,
    info: { Title: title },
  });
  doc
    .font("bold")
    .fontSize(16)
    .text(title, { width: width(doc) });
  doc
    .font("regular")
    .fontSize(SIZE)
    .fillColor(GREY)
    .text(t(lang, "generatedOn", { date: formatDate(lang, input.generatedOn) }))
    .fillColor("black")
    .moveDown(1);
  doc.text(t(lang, "lead"), { width: width(doc) }).moveDown(1);
  for (const f of input.figures) jurisdictionSection(doc, lang, f);
  definitions(doc, lang);
  numberPages(doc, (n, total) => t(lang, "page", { n, total }), { left: MARGIN.left, color: GREY });
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

const heading = (doc: Doc, text: string, size: number) =>
  drawHeading(doc, text, { size, bodySize: SIZE });

function jurisdictionSection(doc: Doc, lang: Lang, f: Figures) {
  heading(doc, localise(JURISDICTION_LABELS[f.jurisdiction], lang), 13);
  if (f.received === 0) {
    doc.text(t(lang, "nothingThisYear", { year: f.year })).moveDown(1);
    return;
  }
  table(
    doc,
    [t(lang, "indicator"), t(lang, "value")],
    indicatorLines(lang, f).map((l) => [l.sub ? `    ${l.label}` : l.label, l.value]),
  );
  heading(doc, t(lang, "articles"), 11);
  if (f.articles.length === 0) doc.text(t(lang, "noArticle"));
  else
    table(
      doc,
      [t(lang, "article"), t(lang, "documents")],
      f.articles.map((a) => [a.article, formatNumber(lang, a.count, 0)]),
    );
  doc.moveDown(1);
}

/** A two-column table, the figures right-aligned; its header is repeated after a page break. */
function table(doc: Doc, header: [string, string], rows: [string, string][]) {
  const total = width(doc);
  drawTable(doc, {
    widths: [total * 0.68, total * 0.32],
    header,
    rows,
    align: ["left", "right"],
    size: SIZE - 0.5,
    pad: PAD,
    rule: RULE,
  });
  doc.font("regular").fontSize(SIZE).moveDown(0.6);
}

function definitions(doc: Doc, lang: Lang) {
  heading(doc, t(lang, "definitions"), 13);
  for (const d of DEFINITIONS) {
    doc.font("bold").text(localise(d.term, lang), MARGIN.left, doc.y, { width: width(doc) });
    doc
      .font("regular")
      .text(localise(d.text, lang), { width: width(doc) })
      .moveDown(0.5);
  }
}
