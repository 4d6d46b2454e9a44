import type { Lang } from "../../platform/i18n/i18n.ts";
import { localise } from "../../platform/i18n/i18n.ts";
import { createPdf, drawHeading, numberPages } from "../../platform/pdf/document.ts";
import { drawTable } from "../../platform/pdf/table.ts";
import { formatMoney } from "../shared/money.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { kindLabel, PARTY_LABELS, ROLE_LABELS, applicationText as t } from "./messages.ts";
import type { Currency } from "./schema.ts";
import type { Snapshot } from "./snapshot.ts";

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };

/**
 * The proof of submission, drawn from the immutable version only (never from the draft), so the
 * same version always gives the same statement: what was submitted, when in both parties' time,
 * and the SHA-256 that identifies it.
 */
export function renderProofPdf(
  snapshot: Snapshot,
  sha256: string,
  lang: Lang,
): Promise<Uint8Array> {
  const { doc, done } = createPdf({
    size: "A4",
    margins: MARGIN,
    info: { Title: `${t(lang, "proofTitle")} ${snapshot.reference}`, Author: "Alliage" },
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const line = (label: string, value: string) => {
    doc.font("bold").text(`${label}${lang === "fr" ? "\u00a0: " : ": "}`, { continued: true });
    doc.font("regular").text(value);
  };

  doc.font("bold").fontSize(16).text(t(lang, "proofTitle"), { width });
  doc.font("regular").fontSize(10).moveDown(0.5).text(t(lang, "proofLead"), { width });
  doc.moveDown(0.8);
  line(t(lang, "reference"), snapshot.reference);
  line(t(lang, "version"), String(snapshot.version));
  line(
    t(lang, "call"),
    `${snapshot.call.code} — ${lang === "fr" ? snapshot.call.titleFr : snapshot.call.titleEn}`,
  );
  line(t(lang, "title"), snapshot.application.title);
  line(t(lang, "owner"), snapshot.application.owner);
  line(t(lang, "receivedAt"), formatBothZones(lang, new Date(snapshot.submittedAt)));
  doc.moveDown(0.6);
  doc.font("bold").text(t(lang, "fingerprint"));
  doc.font("regular").fontSize(9).text(sha256, { width });
  doc.fontSize(8).fillColor("#444444").text(t(lang, "fingerprintHint"), { width });
  doc.fillColor("black").fontSize(10).moveDown(0.8);

  const heading = (text: string) => drawHeading(doc, text, { size: 12, bodySize: 9 });
  heading(t(lang, "partners"));
  drawTable(doc, {
    widths: [width * 0.46, width * 0.14, width * 0.22, width * 0.18],
    header: [t(lang, "partnerName"), t(lang, "party"), t(lang, "kind"), t(lang, "role")],
    rows: snapshot.partners.map((p) => [
      p.name,
      localise(PARTY_LABELS[p.party as "qc"] ?? PARTY_LABELS.other, lang),
      localise(kindLabel(p.kind), lang),
      localise(ROLE_LABELS[p.role as "lead"] ?? ROLE_LABELS.partner, lang),
    ]),
    size: 9,
  });
  doc.moveDown(0.8);

  heading(t(lang, "budget"));
  const partnerName = new Map(snapshot.partners.map((p) => [p.position, p.name]));
  drawTable(doc, {
    widths: [width * 0.4, width * 0.12, width * 0.22, width * 0.26],
    header: [t(lang, "partner"), t(lang, "year"), t(lang, "amount"), t(lang, "description")],
    rows: snapshot.budget.map((b) => [
      partnerName.get(b.partner) ?? "",
      String(b.year),
      formatMoney(lang, b.amountCents, b.currency as Currency),
      b.description,
    ]),
    align: ["left", "left", "right", "left"],
    size: 9,
  });
  doc.moveDown(0.8);

  heading(t(lang, "funding"));
  for (const f of snapshot.funding) {
    line(
      f.party === "qc" ? t(lang, "fundingQc") : t(lang, "fundingFr"),
      formatMoney(lang, f.amountCents, f.party === "qc" ? "CAD" : "EUR"),
    );
  }
  doc.moveDown(0.8);

  heading(t(lang, "attachments"));
  drawTable(doc, {
    widths: [width * 0.3, width * 0.25, width * 0.45],
    header: [t(lang, "document"), t(lang, "file"), "SHA-256"],
    rows: snapshot.attachments.map((a) => [
      lang === "fr" ? a.labelFr : a.labelEn,
      a.fileName,
      a.sha256,
    ]),
    size: 8,
  });

  numberPages(doc, (n, total) => t(lang, "proofPage", { n, total }), { left: MARGIN.left });
  doc.end();
  return done;
}
