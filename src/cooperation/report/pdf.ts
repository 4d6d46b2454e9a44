import { formatDate, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, pick } from "../../platform/i18n/i18n.ts";
import { createPdf, drawHeading, numberPages, type Pdf } from "../../platform/pdf/document.ts";
import { drawTable } from "../../platform/pdf/table.ts";
import { formatMoney } from "../financing/money.ts";
import { formatRate, rateSourceIn } from "../financing/rate-text.ts";
import type { PortfolioSummary } from "../financing/summary.ts";
import { PROJECT_STATUSES, STATUS_LABELS } from "../projects/labels.ts";
import { portfolioCounts } from "./counts.ts";
import { reportText } from "./messages.ts";
import type { NativeTotals, ReportData } from "./queries.ts";

type Doc = Pdf;
type Key = Parameters<typeof reportText>[1];

const SIZE = 10;
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const GREY = "#444444";
const RULE = "#999999";
const PAD = 4;

/** Financing as the actor may see it: hidden, or native sums and the summaries in CAD and EUR. */
export type ReportFinancing =
  | { visible: false }
  | { visible: true; native: NativeTotals[]; converted: PortfolioSummary[] };

export type ReportInput = {
  lang: Lang;
  generatedOn: string;
  data: ReportData;
  financing: ReportFinancing;
};

/**
 * The portfolio report for a meeting of the joint committee: a title page, the counts by
 * priority, line of action and status, the list of projects with their partners, then the
 * financing in both currencies. Set in DejaVu, which has « », ’ and the narrow no-break space.
 */
export function renderPortfolioReport(input: ReportInput): Promise<Uint8Array> {
  const { lang } = input;
  const t = (key: Key, vars?: Record<string, string | number>) => reportText(lang, key, vars);
  const { doc, done } = createPdf({
    size: "A4",
    margins: MARGIN,
    lang,
    displayTitle: true,
    info: { Title: t("title") },
  });
  titlePage(doc, input, t);
  doc.addPage();
  countsSection(doc, input, t);
  projectList(doc, input, t);
  financingSection(doc, input, t);
  numberPages(doc, (n, total) => t("page", { n, total }), { left: MARGIN.left, color: GREY });
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

function titlePage(
  doc: Doc,
  input: ReportInput,
  t: (k: Key, v?: Record<string, string | number>) => string,
) {
  doc
    .font("bold")
    .fontSize(24)
    .text(t("title"), MARGIN.left, 220, { width: width(doc), align: "center" });
  doc
    .moveDown(1)
    .font("regular")
    .fontSize(13)
    .text(t("subtitle"), { width: width(doc), align: "center" });
  doc
    .moveDown(2)
    .fontSize(12)
    .fillColor(GREY)
    .text(t("producedOn", { date: formatDate(input.lang, input.generatedOn) }), {
      width: width(doc),
      align: "center",
    })
    .fillColor("black");
  doc
    .moveDown(3)
    .fontSize(SIZE)
    .text(t("scope", { n: input.data.projects.length }), { width: width(doc), align: "center" });
}

const heading = (doc: Doc, text: string, size = 14) =>
  drawHeading(doc, text, { size, bodySize: SIZE });

function countsSection(doc: Doc, input: ReportInput, t: (k: Key) => string) {
  const { lang, data } = input;
  const counts = portfolioCounts(data, PROJECT_STATUSES);
  const n = (v: number) => formatNumber(lang, v, 0);
  heading(doc, t("countsTitle"));
  table(
    doc,
    [0.8, 0.2],
    [t("byPriority"), t("projects")],
    counts.byPriority.map((c) => {
      const p = data.priorities.find((x) => x.code === c.key);
      return [`${c.key}. ${p ? pick(p, "title", lang) : ""}`, n(c.count)];
    }),
  );
  table(
    doc,
    [0.8, 0.2],
    [t("byLine"), t("projects")],
    counts.byLine.map((c) => {
      const l = data.lines.find((x) => x.code === c.key);
      const text = l ? pick(l, "summary", lang) || pick(l, "text", lang) : "";
      return [`${c.key} ${text}`, n(c.count)];
    }),
  );
  doc
    .fillColor(GREY)
    .text(t("countsNote"), { width: width(doc) })
    .fillColor("black")
    .moveDown(0.6);
  table(
    doc,
    [0.8, 0.2],
    [t("byStatus"), t("projects")],
    counts.byStatus.map((c) => [
      localise(STATUS_LABELS[c.key as keyof typeof STATUS_LABELS], lang),
      n(c.count),
    ]),
  );
}

function projectList(doc: Doc, input: ReportInput, t: (k: Key) => string) {
  const { lang, data } = input;
  heading(doc, t("listTitle"));
  if (data.projects.length === 0) {
    doc.text(t("noProject")).moveDown(1);
    return;
  }
  table(
    doc,
    [0.15, 0.4, 0.15, 0.3],
    [t("colCode"), t("colTitle"), t("colStatus"), t("colPartners")],
    data.projects.map((p) => [
      p.code,
      pick(p, "title", lang),
      localise(STATUS_LABELS[p.status as keyof typeof STATUS_LABELS], lang),
      p.partners.join(", "),
    ]),
    { numeric: false },
  );
}

function financingSection(
  doc: Doc,
  input: ReportInput,
  t: (k: Key, v?: Record<string, string | number>) => string,
) {
  const { lang, financing } = input;
  heading(doc, t("financingTitle"));
  if (!financing.visible) {
    doc.text(t("financingHidden"), { width: width(doc) });
    return;
  }
  const [first] = financing.converted;
  if (first) {
    table(
      doc,
      [0.25, 0.25, 0.25, 0.25],
      [t("colCurrency"), t("colCommitted"), t("colDisbursed"), t("colRemaining")],
      financing.converted.map((s) => [
        s.currency,
        formatMoney(lang, s.total.committed, s.currency),
        formatMoney(lang, s.total.disbursed, s.currency),
        formatMoney(lang, s.total.committed - s.total.disbursed, s.currency),
      ]),
    );
    if (first.rate) {
      doc.fillColor(GREY).text(
        t("rateUsed", {
          date: formatDate(lang, first.rate.row.on_date),
          base: first.rate.row.base,
          quote: first.rate.row.quote,
          rate: formatRate(lang, first.rate.row.rate),
          source: rateSourceIn(lang, first.rate.row.source),
        }),
        { width: width(doc) },
      );
      doc.fillColor("black").moveDown(0.6);
    }
  } else {
    doc.text(t("noRate"), { width: width(doc) }).moveDown(0.6);
  }
  heading(doc, t("nativeTitle"), 12);
  table(
    doc,
    [0.25, 0.25, 0.25, 0.25],
    [t("colCurrency"), t("colCommitted"), t("colDisbursed"), t("colRemaining")],
    financing.native.map((n) => [
      t("nativeRow", { currency: n.currency }),
      formatMoney(lang, n.committed, n.currency),
      formatMoney(lang, n.disbursed, n.currency),
      formatMoney(lang, n.committed - n.disbursed, n.currency),
    ]),
  );
}

/** A table whose header is repeated after a page break; figures right-aligned unless told. */
function table(
  doc: Doc,
  fractions: number[],
  header: string[],
  rows: string[][],
  options: { numeric?: boolean } = {},
) {
  const numeric = options.numeric ?? true;
  drawTable(doc, {
    widths: fractions.map((f) => f * width(doc)),
    header,
    rows,
    align: header.map((_, i) => (numeric && i > 0 ? "right" : "left")),
    size: SIZE - 1,
    pad: PAD,
    rule: RULE,
  });
  doc.font("regular").fontSize(SIZE).moveDown(0.8);
}
