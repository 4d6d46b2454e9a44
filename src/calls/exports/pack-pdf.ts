import type { Lang } from "../../platform/i18n/i18n.ts";
import { createPdf, drawHeading, numberPages, type Pdf } from "../../platform/pdf/document.ts";
import { drawTable } from "../../platform/pdf/table.ts";
import { exportText as t } from "./messages.ts";
import type { ApplicationSummaryView, RankingSummaryView } from "./present.ts";

const MARGIN = { top: 56, bottom: 56, left: 56, right: 56 };
const BODY = 9.5;
const HEADING = { size: 11.5, bodySize: BODY };

function open(lang: Lang, title: string) {
  const created = createPdf({
    size: "A4",
    margins: MARGIN,
    lang,
    info: { Title: title, Author: "Alliage" },
  });
  created.doc.fontSize(BODY);
  return created;
}

const widthOf = (doc: Pdf) => doc.page.width - MARGIN.left - MARGIN.right;

function paragraphs(doc: Pdf, lines: readonly string[]) {
  for (const line of lines) doc.text(line, MARGIN.left, doc.y, { width: widthOf(doc) });
  doc.moveDown(0.8);
}

function finish(doc: Pdf, lang: Lang, done: Promise<Uint8Array>) {
  numberPages(doc, (n, total) => t(lang, "page", { n, total }), { left: MARGIN.left });
  doc.end();
  return done;
}

/** One application's summary: its content, partners, budget, screening, reviews and result. */
export function applicationSummaryPdf(
  view: ApplicationSummaryView,
  lang: Lang,
): Promise<Uint8Array> {
  const { doc, done } = open(lang, view.heading);
  doc
    .font("bold")
    .fontSize(14)
    .text(view.heading, { width: widthOf(doc) });
  doc.font("regular").fontSize(BODY).moveDown(0.3);
  paragraphs(doc, [view.callLine, view.versionLine, view.status]);

  drawHeading(doc, t(lang, "summaryHeading"), HEADING);
  paragraphs(doc, [view.summary]);

  drawHeading(doc, t(lang, "partnersHeading"), HEADING);
  drawTable(doc, {
    widths: [200, 80, 110, 93],
    header: [t(lang, "partnerName"), t(lang, "party"), t(lang, "kind"), t(lang, "role")],
    rows: view.partners,
    size: 8.5,
  });
  doc.moveDown(0.8);

  drawHeading(doc, t(lang, "budgetHeading"), HEADING);
  if (view.budget.length) {
    drawTable(doc, {
      widths: [150, 45, 90, 198],
      header: [t(lang, "partnerName"), t(lang, "year"), t(lang, "amount"), t(lang, "description")],
      rows: view.budget,
      align: ["left", "left", "right", "left"],
      size: 8.5,
    });
    doc.moveDown(0.8);
  } else paragraphs(doc, [t(lang, "noBudget")]);

  drawHeading(doc, t(lang, "fundingHeading"), HEADING);
  paragraphs(doc, view.funding);

  drawHeading(doc, t(lang, "screeningHeading"), HEADING);
  for (const s of view.screenings) {
    doc
      .font("bold")
      .text(s.heading, MARGIN.left, doc.y, { width: widthOf(doc) })
      .font("regular");
    paragraphs(doc, s.lines);
  }

  drawHeading(doc, t(lang, "reviewsHeading"), HEADING);
  if (!view.reviews.length) paragraphs(doc, [t(lang, "noReviews")]);
  for (const review of view.reviews) {
    doc.font("bold").text(review.reviewer, MARGIN.left, doc.y, { width: widthOf(doc) });
    doc.font("regular").moveDown(0.2);
    drawTable(doc, {
      widths: [150, 40, 293],
      header: [t(lang, "criterion"), t(lang, "score"), t(lang, "comment")],
      rows: review.scores.map((s) => [s.label, s.score, s.comment]),
      align: ["left", "right", "left"],
      size: 8.5,
    });
    doc.moveDown(0.8);
  }

  drawHeading(doc, t(lang, "resultHeading"), HEADING);
  paragraphs(doc, view.result);

  drawHeading(doc, t(lang, "attachmentsHeading"), HEADING);
  paragraphs(doc, view.attachments.length ? view.attachments : [t(lang, "noAttachment")]);
  return finish(doc, lang, done);
}

/** The call's ranking, first in the pack. */
export function rankingSummaryPdf(view: RankingSummaryView, lang: Lang): Promise<Uint8Array> {
  const { doc, done } = open(lang, view.heading);
  doc
    .font("bold")
    .fontSize(14)
    .text(view.heading, { width: widthOf(doc) });
  doc.font("regular").fontSize(BODY).moveDown(0.3);
  paragraphs(doc, [view.callLine, t(lang, "rankingLead")]);
  if (view.rows.length) {
    drawTable(doc, {
      widths: [38, 100, 117, 55, 68, 105],
      header: [
        t(lang, "rank"),
        t(lang, "reference"),
        t(lang, "title"),
        t(lang, "meanShort"),
        t(lang, "opinions"),
        t(lang, "disagreements"),
      ],
      rows: view.rows,
      align: ["right", "left", "left", "right", "right", "left"],
      size: 8.5,
    });
  } else paragraphs(doc, [t(lang, "noRanking")]);
  return finish(doc, lang, done);
}
