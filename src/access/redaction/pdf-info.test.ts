import { describe, expect, it } from "vitest";
import { extractText, findText, pdfInfo } from "./pdf-info.ts";
import { buildPdf } from "./test-pdfs.ts";

const pdf = buildPdf([
  { lines: [{ x: 72, y: 760, text: "Demande de Jean Tremblay, jean.tremblay@example.qc.ca." }] },
  { lines: [{ x: 72, y: 700, text: "HÉLÈNE TREMBLAY a répondu." }] },
  { lines: [{ x: 72, y: 700, text: "Rien à signaler." }], rotate: 90 },
]);

describe("pdfInfo", async () => {
  it("counts the pages and gives their displayed size in points", async () => {
    // A4 is 595 × 842 points; a page turned a quarter is shown landscape.
    expect(await pdfInfo(pdf)).toEqual({
      pageCount: 3,
      pages: [
        { width: 595, height: 842 },
        { width: 595, height: 842 },
        { width: 842, height: 595 },
      ],
    });
  });
});

describe("extractText", async () => {
  it("gives the text of every page", async () => {
    const pages = await extractText(pdf);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain("Demande de Jean Tremblay");
    expect(pages[1]).toContain("HÉLÈNE TREMBLAY a répondu.");
    expect(pages[2]).toContain("Rien à signaler.");
  });
});

describe("findText", async () => {
  it("finds every occurrence on every page, ignoring case", async () => {
    const hits = await findText(pdf, "tremblay");
    expect(hits.map((h) => h.page)).toEqual([1, 1, 2]);
  });

  it("ignores accents, so a search without them still finds the name", async () => {
    expect((await findText(pdf, "helene")).map((h) => h.page)).toEqual([2]);
  });

  it("places each hit where the text is, from the top-left corner", async () => {
    const [hit] = await findText(pdf, "Demande");
    // Baseline 760 from the bottom of an 842-point page: 82 points from the top; the box runs
    // from Helvetica's ascender (about 1.1 em of 12-point type) to its descender.
    expect(hit?.x).toBeCloseTo(72, 0);
    expect(hit?.y).toBeGreaterThan(82 - 12 * 1.25);
    expect((hit?.y ?? 0) + (hit?.height ?? 0)).toBeGreaterThan(82);
    expect(hit?.y).toBeLessThan(82);
    expect(hit?.width).toBeGreaterThan(30);
  });

  it("finds nothing for a blank needle or an absent word", async () => {
    expect(await findText(pdf, "  ")).toEqual([]);
    expect(await findText(pdf, "Gagnon")).toEqual([]);
  });
});
