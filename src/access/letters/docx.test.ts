import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderLetterDocx } from "./docx.ts";
import { SEED_DECISION } from "./sample.ts";

function docxParts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return {
    document: part("word/document.xml"),
    footer: part("word/footer1.xml"),
    styles: part("word/styles.xml"),
  };
}
/** The words of a WordprocessingML part, each run's text and paragraph ends turned into spaces. */
const words = (xml: string) =>
  xml
    .replace(/<\/w:p>|<w:br\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");

describe("renderLetterDocx", () => {
  it("has the same content as the PDF, with a real table for the documents", async () => {
    const { document, footer, styles } = docxParts(await renderLetterDocx(SEED_DECISION));
    const text = words(document);
    expect(text).toContain("Québec, le 20 décembre 2023");
    expect(text).toContain("Objet : Demande d’accès n° 202311-76");
    expect(text).toContain("reçue le 30 novembre 2023");
    expect(text).toContain("réviser cette décision dans les 30 jours");
    expect(text).toContain("au plus tard le 19 janvier 2024");
    expect(document).toContain("\u202f;");
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(document)?.[0] ?? "";
    expect(words(table)).toMatch(
      /Document Décision Articles invoqués .*Déclaration d’intention .* Accessible —/,
    );
    expect(styles).toContain('<w:lang w:val="fr-CA"/>');
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
    expect(words(footer)).toContain("Page");
  });

  it("uses A4 paper for French letters and US Letter for Québec ones", async () => {
    const width = async (jurisdiction: "qc" | "fr") =>
      /<w:pgSz w:w="(\d+)"/.exec(
        docxParts(await renderLetterDocx({ ...SEED_DECISION, jurisdiction })).document,
      )?.[1];
    expect(await width("qc")).toBe("12240");
    expect(await width("fr")).toBe("11906");
  });
});
