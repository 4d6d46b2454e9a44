import { createPdf } from "../platform/pdf/document.ts";
import { type DeclarationFile, readDeclarationFile } from "./data.ts";

/**
 * The signed French text as a PDF, laid out like the released document: title, preamble,
 * priorities with their lines of action, place and date, the two signatories. It stands in for
 * the scanned original as the document found in the demonstration request 202311-76.
 */
export function declarationPdf(d: DeclarationFile = readDeclarationFile()): Promise<Uint8Array> {
  const { doc, done } = createPdf({
    size: "LETTER",
    margins: { top: 64, bottom: 64, left: 72, right: 72 },
    lang: "fr-CA",
    info: { Title: d.title.fr, Author: "Ministère des Ressources naturelles et des Forêts" },
  });
  doc.font("bold").fontSize(13).text(d.title.fr.toUpperCase(), { align: "center" });
  doc.moveDown(1.5).font("regular").fontSize(10.5);
  for (const paragraph of d.preamble.fr) doc.text(paragraph, { align: "justify" }).moveDown(0.6);
  doc.text(d.commitment.fr, { align: "justify" }).moveDown(0.6);
  for (const priority of d.priorities) {
    doc.font("bold").text(`– ${priority.title.fr}`).font("regular").moveDown(0.3);
    for (const line of priority.lines) {
      doc.text(`o  ${line.text.fr}`, { indent: 18, align: "justify" }).moveDown(0.3);
    }
    doc.moveDown(0.4);
  }
  const [day, month, year] = new Intl.DateTimeFormat("fr-CA", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })
    .format(new Date(`${d.signedOn}T12:00:00Z`))
    .split(" ");
  doc.moveDown().text(`Fait à ${d.place}, le ${day} ${month} ${year}, en deux exemplaires.`);
  doc.moveDown(1.5);
  for (const s of d.signatories) {
    doc.text("(Original signé)").font("bold").text(s.name).font("regular").text(s.title.fr);
    doc.moveDown();
  }
  doc.end();
  return done;
}
