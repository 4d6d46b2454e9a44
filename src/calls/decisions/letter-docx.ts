import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { DecisionLetter } from "./letter.ts";

/** The same letter as a Word document, for officials who adapt it before signing. */
export async function renderDecisionDocx(letter: DecisionLetter): Promise<Uint8Array> {
  const paragraph = (text: string) =>
    new Paragraph({ children: [new TextRun(text)], spacing: { after: 160 } });
  const doc = new Document({
    creator: "Alliage",
    title: letter.subject,
    sections: [
      {
        children: [
          ...letter.heading.map(
            (line) =>
              new Paragraph({ children: [new TextRun(line)], alignment: AlignmentType.RIGHT }),
          ),
          new Paragraph({ text: letter.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: letter.subject, bold: true })] }),
          ...letter.paragraphs.map(paragraph),
          paragraph(letter.signature),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
