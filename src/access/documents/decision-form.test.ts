import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { buildPdf } from "../redaction/test-pdfs.ts";
import { areaLine, parseAreaLines, readDecisionForm } from "./decision-form.ts";

const A4 = { width: 595, height: 842 };
const PT_PER_MM = 72 / 25.4;

/** The French message of the form field that a failure names. */
function fieldError(fn: () => unknown, field: string): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fields[field]?.fr ?? "";
    throw error;
  }
  throw new Error("no failure");
}

/** The same for a form read against the PDF, which waits for MuPDF. */
async function formFieldError(read: Promise<unknown>, field: string): Promise<string> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  return fieldError(() => {
    throw error ?? new Error("no failure");
  }, field);
}

describe("area lines in millimetres", () => {
  it("converts millimetres from the top-left corner into PDF points", () => {
    const [area] = parseAreaLines("2 ; 12,5 ; 100 ; 50.5 ; 10 ; art. 54", [A4, A4]);
    expect(area?.page).toBe(2);
    expect(area?.label).toBe("art. 54");
    expect(area?.x).toBeCloseTo(12.5 * PT_PER_MM, 6);
    expect(area?.y).toBeCloseTo(100 * PT_PER_MM, 6);
    expect(area?.width).toBeCloseTo(50.5 * PT_PER_MM, 6);
    expect(area?.height).toBeCloseTo(10 * PT_PER_MM, 6);
  });

  it("skips blank lines but counts them in the line numbers it reports", () => {
    expect(parseAreaLines("\n  \n1;0;0;10;10;a\n", [A4])).toHaveLength(1);
    expect(fieldError(() => parseAreaLines("\n\n1;0;0;10;10", [A4]), "redactions")).toMatch(
      /^Ligne 3/,
    );
  });

  it("refuses anything it would have to guess", () => {
    const error = (line: string) => fieldError(() => parseAreaLines(line, [A4]), "redactions");
    expect(error("1;-5;0;10;10;a")).toContain("«\u00a0-5\u00a0»");
    expect(error("1;5 mm;0;10;10;a")).toContain("«\u00a05 mm\u00a0»");
    expect(error("1;5;0;0;10;a")).toContain("Ligne 1");
    expect(error("1,5;5;0;10;10;a")).toContain("«\u00a01,5\u00a0»");
    expect(error("2;5;0;10;10;a")).toContain("la page 2 n’existe pas");
    expect(error("0;5;0;10;10;a")).toContain("la page 0 n’existe pas");
    expect(error("1;5;0;10;10; ")).toContain("indiquez l’article");
    expect(error("1;5;0;10;10;a;b")).toContain("six champs");
    // An A4 page is 210 mm wide: 200 + 20 goes past its edge.
    expect(error("1;200;0;20;10;a")).toContain("209,9 × 297 mm");
  });

  it("writes areas back rounded outwards, so that a round trip covers at least as much", () => {
    const area = { page: 1, x: 100.123, y: 200.456, width: 55.5, height: 12.2, label: "art. 53" };
    const line = areaLine(area, ",");
    expect(line).toMatch(/^1 ; \d+(,\d)? ; \d+(,\d)? ; \d+(,\d)? ; \d+(,\d)? ; art\. 53$/);
    const [back] = parseAreaLines(line, [A4]);
    expect(back?.x).toBeLessThanOrEqual(area.x);
    expect(back?.y).toBeLessThanOrEqual(area.y);
    expect((back?.x ?? 0) + (back?.width ?? 0)).toBeGreaterThanOrEqual(area.x + area.width);
    expect((back?.y ?? 0) + (back?.height ?? 0)).toBeGreaterThanOrEqual(area.y + area.height);
    // …by less than a tenth of a millimetre on each side.
    expect(area.x - (back?.x ?? 0)).toBeLessThan(0.1 * PT_PER_MM);
  });
});

describe("the decision form", () => {
  const pdf = buildPdf([{ lines: [{ x: 72, y: 700, text: "Signé : Hélène Côté, Hélène" }] }]);

  it("adds an area for each occurrence of the text, ignoring case and accents", async () => {
    const form = await readDecisionForm(
      { decision: "partial", articles: "art. 54", findText: "helene", findArticle: "art. 53" },
      pdf,
      [A4],
    );
    expect(form.redactions).toHaveLength(2);
    expect(form.redactions.every((r) => r.label === "art. 53")).toBe(true);
    expect(form.articles).toEqual(["art. 54", "art. 53", "art. 53"]);
  });

  it("needs a decision, and an article for a text to redact", async () => {
    expect(
      await formFieldError(readDecisionForm({ decision: "maybe" }, pdf, [A4]), "decision"),
    ).toBe("Choisissez une décision.");
    expect(
      await formFieldError(
        readDecisionForm({ decision: "partial", findText: "Côté" }, pdf, [A4]),
        "findArticle",
      ),
    ).toContain("Indiquez l’article");
  });

  it("ignores areas for a decision that releases or withholds the whole document", async () => {
    const form = await readDecisionForm(
      { decision: "refused", articles: "art. 14", redactions: "not a line" },
      pdf,
      [A4],
    );
    expect(form).toEqual({ decision: "refused", articles: ["art. 14"], redactions: [] });
  });
});
