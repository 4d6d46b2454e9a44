/**
 * A brief as an A4 PDF: title, status and approvals, summary, conclusions, each figure drawn
 * as vectors (bars of supply risk against the 1.0 threshold) with its values, then every
 * source and vintage the figures used. DejaVu, as the other PDFs, for « », ’ and accents.
 */
import { formatDate, formatDateTime } from "../../platform/i18n/format.ts";
import { type Lang, pick } from "../../platform/i18n/i18n.ts";
import { createPdf, numberPages, type Pdf } from "../../platform/pdf/document.ts";
import { EU_THRESHOLDS_2023 } from "../engine/index.ts";
import type { FrozenFigure } from "./figure-types.ts";
import { chartRows, criticalText, listText, valueText } from "./figure-view.tsx";
import { briefText as t } from "./messages.ts";
import { PARTY_LABELS, STATUS_LABELS, titleIn } from "./model.ts";
import type { Brief } from "./queries.ts";

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const GREY = "#444444";
const BAR = "#1f4e96";
const THRESHOLD = "#b0001e";

const width = (doc: Pdf) => doc.page.width - MARGIN.left - MARGIN.right;

/** Starts a new page when `needed` points would not fit above the bottom margin. */
function room(doc: Pdf, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN.bottom) doc.addPage();
}

function heading(doc: Pdf, text: string) {
  room(doc, 60);
  doc
    .moveDown(0.8)
    .font("bold")
    .fontSize(13)
    .fillColor("black")
    .text(text, MARGIN.left, doc.y, { width: width(doc) });
  doc.moveDown(0.3).font("regular").fontSize(10);
}

export function briefPdf(
  lang: Lang,
  b: Brief,
  materials: { id: string; name_fr: string; name_en: string }[],
): Promise<Uint8Array> {
  const c = b.content;
  const title = titleIn(c, lang);
  const { doc, done } = createPdf({
    size: "A4",
    margins: MARGIN,
    lang,
    displayTitle: true,
    info: { Title: title },
  });
  doc
    .font("regular")
    .fontSize(9)
    .fillColor(GREY)
    .text(t(lang, "pdfSubtitle"), { width: width(doc) });
  doc
    .moveDown(0.5)
    .font("bold")
    .fontSize(20)
    .fillColor("black")
    .text(title, { width: width(doc) });
  doc.moveDown(0.5).font("regular").fontSize(10).fillColor(GREY);
  const author = `${b.author.name ?? t(lang, "unknownAuthor")} (${PARTY_LABELS[b.author.party][lang]})`;
  doc.text(
    b.publishedAt
      ? t(lang, "publishedBy", { date: formatDate(lang, b.publishedAt), author })
      : `${STATUS_LABELS[b.status][lang]} — ${t(lang, "draftedBy", { author, version: b.version })}`,
    { width: width(doc) },
  );
  for (const a of b.approvals)
    doc.text(
      t(lang, "approvedBy", {
        party: PARTY_LABELS[a.party][lang],
        name: a.name ?? t(lang, "unknownAuthor"),
        date: formatDateTime(lang, a.at),
      }),
      { width: width(doc) },
    );
  if (materials.length > 0 || c.projects.length > 0)
    doc.text(
      `${t(lang, "links")}${lang === "fr" ? "\u00a0:" : ":"} ${listText(
        lang,
        [materials.map((m) => pick(m, "name", lang)).join(", "), c.projects.join(", ")].filter(
          Boolean,
        ),
      )}`,
      {
        width: width(doc),
      },
    );
  doc.fillColor("black");
  heading(doc, t(lang, "summary"));
  doc.text(lang === "fr" ? c.summaryFr || c.summaryEn : c.summaryEn || c.summaryFr, {
    width: width(doc),
    align: "justify",
  });
  heading(doc, t(lang, "conclusions"));
  doc.text(
    lang === "fr" ? c.conclusionsFr || c.conclusionsEn : c.conclusionsEn || c.conclusionsFr,
    {
      width: width(doc),
      align: "justify",
    },
  );
  if (c.figures.length > 0) {
    heading(doc, t(lang, "figures"));
    doc
      .fontSize(9)
      .fillColor(GREY)
      .text(t(lang, "figuresFrozen"), { width: width(doc) })
      .fillColor("black");
    for (const [i, f] of c.figures.entries()) figure(doc, lang, f, i + 1);
  }
  const sources = [...new Set(c.figures.flatMap((f) => f.sources))];
  if (sources.length > 0) {
    heading(doc, t(lang, "pdfSources"));
    for (const s of sources) doc.text(`• ${s}`, { width: width(doc) });
  }
  numberPages(doc, (n, total) => t(lang, "pdfPage", { n, total }), {
    left: MARGIN.left,
    color: GREY,
  });
  doc.end();
  return done;
}

/** One figure: its title, bars drawn with vector paths, and the table of its values. */
function figure(doc: Pdf, lang: Lang, f: FrozenFigure, n: number) {
  const bars = chartRows(f);
  room(doc, 40 + bars.length * 16);
  doc
    .moveDown(0.6)
    .font("bold")
    .fontSize(10.5)
    .text(t(lang, "figureN", { n, title: f.title[lang] }), MARGIN.left, doc.y, {
      width: width(doc),
    });
  doc
    .font("regular")
    .fontSize(8.5)
    .fillColor(GREY)
    .text(t(lang, "frozenAt", { date: formatDateTime(lang, new Date(f.frozenAt)) }))
    .fillColor("black");
  doc.moveDown(0.4);
  if (bars.length > 0) {
    const labelWidth = 230;
    const x0 = MARGIN.left + labelWidth;
    const plot = width(doc) - labelWidth - 40;
    const max = Math.max(EU_THRESHOLDS_2023.supplyRisk * 1.2, ...bars.map((r) => r.value ?? 0));
    const scale = plot / max;
    const top = doc.y;
    bars.forEach((r, i) => {
      const y = top + i * 16;
      doc
        .fontSize(8)
        .fillColor("black")
        .text(r.label[lang], MARGIN.left, y + 2, {
          width: labelWidth - 8,
          lineBreak: false,
          ellipsis: true,
        });
      doc.rect(x0, y + 2, (r.value ?? 0) * scale, 10).fill(BAR);
      doc
        .fillColor("black")
        .text(valueText(lang, r.unit, r.value), x0 + (r.value ?? 0) * scale + 4, y + 2, {
          lineBreak: false,
        });
    });
    const bottom = top + bars.length * 16 + 2;
    const tx = x0 + EU_THRESHOLDS_2023.supplyRisk * scale;
    doc
      .save()
      .moveTo(tx, top)
      .lineTo(tx, bottom)
      .dash(3, { space: 2 })
      .strokeColor(THRESHOLD)
      .lineWidth(1)
      .stroke()
      .restore();
    doc.moveTo(x0, top).lineTo(x0, bottom).strokeColor(GREY).lineWidth(0.5).stroke();
    doc
      .fontSize(7.5)
      .fillColor(THRESHOLD)
      .text(t(lang, "threshold"), tx + 2, bottom + 1, { lineBreak: false })
      .fillColor("black");
    doc.x = MARGIN.left;
    doc.y = bottom + 14;
  }
  // The values, the table a reader checks the bars against.
  for (const r of f.rows) {
    room(doc, 14);
    const note = [
      criticalText(lang, r.critical),
      r.provenance ? t(lang, `provenance_${r.provenance}`) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    const y = doc.y;
    doc.fontSize(8.5).text(r.label[lang], MARGIN.left, y, { width: 260 });
    const after = doc.y;
    doc.text(valueText(lang, r.unit, r.value), MARGIN.left + 265, y, { width: 60, align: "right" });
    doc
      .fillColor(GREY)
      .text(note, MARGIN.left + 335, y, { width: width(doc) - 335 })
      .fillColor("black");
    doc.x = MARGIN.left;
    doc.y = Math.max(after, doc.y);
  }
  doc
    .moveDown(0.3)
    .fontSize(8)
    .fillColor(GREY)
    .text(t(lang, "sources", { sources: listText(lang, f.sources) }), MARGIN.left, doc.y, {
      width: width(doc),
    })
    .fillColor("black");
}
