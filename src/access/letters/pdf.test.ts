import fs from "node:fs";
import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import { FONTS } from "../../platform/pdf/fonts.ts";
import { composeLetter } from "./compose.ts";
import { renderLetterPdf } from "./pdf.ts";
import { SEED_DECISION, sampleLetter } from "./sample.ts";
import type { LetterData } from "./types.ts";

/** The text of each page, with no-break spaces read as spaces for the assertions on words. */
function pdfPages(bytes: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  const pages: string[] = [];
  for (let i = 0; i < doc.countPages(); i++)
    pages.push(doc.loadPage(i).toStructuredText("preserve-whitespace").asText());
  return pages;
}
const words = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");

describe("renderLetterPdf", () => {
  it("renders the decision of request 202311-76 as the seed letter has it", async () => {
    const bytes = await renderLetterPdf(SEED_DECISION);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const text = words(pages[0] as string);
    expect(text).toContain("Québec, le 20 décembre 2023");
    expect(text).toContain("Objet : Demande d’accès n° 202311-76");
    expect(text).toContain("reçue le 30 novembre 2023");
    expect(text).toMatch(/Déclaration d’intention relative à la coopération .* Accessible/);
    expect(text).toContain(
      "demander à la Commission d’accès à l’information de réviser cette décision dans les 30 jours",
    );
    expect(text).toContain("au plus tard le 19 janvier 2024");
    expect(text).toContain("p. j. 2");
    expect(text).toContain("Page 1 de 1");
  });

  it("embeds a font that has every character of the letter, narrow no-break space included", async () => {
    const bytes = await renderLetterPdf(SEED_DECISION);
    const raw = new TextDecoder("latin1").decode(bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toContain("/FontFile2");
    // Text extraction reads U+202F back as a space, so the typography is checked on the text
    // the PDF is drawn from, and the font on its glyphs.
    const text = composeLetter(SEED_DECISION)
      .flatMap((b) => JSON.stringify(b).match(/"text":"[^"]*"/g) ?? [])
      .join("");
    expect(text).toContain("suivants\u202f; la décision");
    expect(text).toContain("vise\u00a0: «\u00a0Déclaration");
    for (const file of [FONTS.regular, FONTS.bold]) {
      const font = new mupdf.Font("letter", fs.readFileSync(file));
      const missing = [...new Set(text)].filter((c) => font.encodeCharacter(c) === 0);
      expect(missing).toEqual([]);
      const width = (c: string) => font.advanceGlyph(font.encodeCharacter(c));
      expect(width("\u202f")).toBeLessThan(width(" "));
    }
  });

  it("numbers pages « Page n de N » and repeats the table on a long decision", async () => {
    const documents: LetterData["documents"] = Array.from({ length: 30 }, (_, i) => ({
      title: `Note de breffage ${i + 1}`,
      outcome: i % 2 === 0 ? "accessible" : "refused",
      articles: i % 2 === 0 ? [] : ["37"],
    }));
    const pages = pdfPages(await renderLetterPdf({ ...SEED_DECISION, documents })).map(words);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries())
      expect(page).toContain(`Page ${i + 1} de ${pages.length}`);
    expect(pages.join(" ")).toContain("Note de breffage 30 Refusé 37");
    expect(pages[1]).toContain("Document Décision Articles invoqués");
  });

  it("writes English letters with English dates", async () => {
    const text = words(
      pdfPages(await renderLetterPdf({ ...SEED_DECISION, lang: "en" }))[0] as string,
    );
    expect(text).toContain("Québec, December 20, 2023");
    expect(text).toContain("Subject: Access request No. 202311-76");
    expect(text).toContain("within 30 days");
    expect(text).toContain("Page 1 of 1");
  });

  it("gives the CAI's Québec and Montréal addresses in the Québec notice of remedy", async () => {
    const text = words(
      pdfPages(await renderLetterPdf({ ...SEED_DECISION, kind: "recourse" })).join(" "),
    );
    expect(text).toContain("Avis de recours");
    expect(text).toContain("dans les 30 jours qui suivent la date de la décision");
    expect(text).toContain("525, boulevard René-Lévesque Est, bureau 2.36");
    expect(text).toContain("2045, rue Stanley, bureau 900");
    expect(text).toContain("ce délai expire le 19 janvier 2024");
  });

  it("points French requesters to the CADA within two months", async () => {
    const data = sampleLetter({ kind: "recourse", jurisdiction: "fr", lang: "fr" });
    const text = words(pdfPages(await renderLetterPdf(data)).join(" "));
    expect(text).toContain("délai de deux mois");
    expect(text).toContain("L. 342-1");
    expect(text).toContain("R. 343-1");
    expect(text).toContain("ce délai expire le 20 février 2024");
  });

  it("states in the acknowledgement the deadlines, the effect of missing them and the remedy", async () => {
    const data: LetterData = {
      ...SEED_DECISION,
      kind: "acknowledgement",
      sentOn: "2023-12-01",
      receivedOn: "2024-01-01",
      deadlines: { due: "2024-01-22" },
    };
    const text = words(pdfPages(await renderLetterPdf(data)).join(" "));
    expect(text).toContain("reçue le 1er janvier 2024");
    expect(text).toContain("au plus tard le 22 janvier 2024");
    expect(text).toContain("prolongé d’au plus 10 jours");
    expect(text).toContain("réputée avoir été refusée (art. 52)");
    expect(text).toContain("dans les 30 jours");
  });

  it("refuses a template with an unknown field instead of printing a broken letter", async () => {
    await expect(
      renderLetterPdf(SEED_DECISION, "{{reference}} {{#each documents}}{{/each}} {{nom}}"),
    ).rejects.toMatchObject({
      id: "letter_template_invalid",
    });
  });
});
