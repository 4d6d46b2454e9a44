import { createPdf, numberPages } from "../../platform/pdf/document.ts";
import type { DecisionLetter } from "./letter.ts";

const MARGIN = { top: 64, bottom: 64, left: 64, right: 64 };

/** The decision letter as a PDF (A4), the copy attached to the applicant's e-mail. */
export function renderDecisionPdf(letter: DecisionLetter): Promise<Uint8Array> {
  const { doc, done } = createPdf({
    size: "A4",
    margins: MARGIN,
    lang: letter.lang,
    info: { Title: letter.subject, Author: "Alliage" },
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.fontSize(10);
  for (const line of letter.heading) doc.text(line, { width, align: "right" });
  doc.moveDown(1.5);
  doc.font("bold").fontSize(14).text(letter.title, { width });
  doc.font("bold").fontSize(10).moveDown(0.4).text(letter.subject, { width });
  doc.font("regular").moveDown(1);
  for (const paragraph of letter.paragraphs) doc.text(paragraph, { width }).moveDown(0.8);
  doc.moveDown(1).text(letter.signature, { width });
  numberPages(doc, (n, total) => `${n} / ${total}`, { left: MARGIN.left });
  doc.end();
  return done;
}
