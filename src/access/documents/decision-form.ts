import { fail } from "../../platform/errors/app-error.ts";
import type { Lang, Texts } from "../../platform/i18n/i18n.ts";
import { pointsFromMillimetres, type RedactionArea } from "../redaction/area.ts";
import { findText } from "../redaction/pdf-info.ts";
import { DOCUMENT_DECISIONS, type DocumentDecision } from "./commands.ts";
import { documentText as t } from "./messages.ts";

/** Enough for any real document; bounds the work a pasted list can ask of MuPDF. */
export const MAX_AREAS = 500;
const MAX_ARTICLE_LENGTH = 80;
const MAX_SEARCH_LENGTH = 200;

type MessageKey = Parameters<typeof t>[1];
type Vars = Record<string, string | number>;

/** Both languages of one message, as a form field's error; numbers may be written per language. */
const both = (key: MessageKey, vars?: Vars | ((lang: Lang) => Vars)): Texts => ({
  fr: t("fr", key, typeof vars === "function" ? vars("fr") : vars),
  en: t("en", key, typeof vars === "function" ? vars("en") : vars),
});

const invalid = (field: string, key: MessageKey, vars?: Vars | ((lang: Lang) => Vars)) =>
  fail("validation_failed", {}, { [field]: both(key, vars) });

const MM_PER_POINT = 25.4 / 72;
export const millimetresFromPoints = (pt: number) => pt * MM_PER_POINT;

/** Millimetres as an officer types them: 12,5 or 12.5, nothing else. */
function millimetres(value: string, line: number): number {
  const v = value.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(v))
    throw invalid("redactions", "areaLineNumber", { line, value: v });
  return Number(v.replace(",", "."));
}

export const decimalOf = (lang: Lang) => (lang === "fr" ? "," : ".");

/** One decimal, the way the page writes sizes back to the officer. */
export const mmText = (mm: number, decimal: "," | ".") =>
  String(Math.round(mm * 10) / 10).replace(".", decimal);

export type PageSize = { width: number; height: number };

/**
 * The textarea's areas, one a line: « page; x; y; width; height; article », in millimetres from
 * the top-left corner of the page as displayed. Blank lines are skipped; any other line that is
 * not exactly that is refused with its number, so that nothing is guessed about a redaction.
 */
export function parseAreaLines(text: string, pages: PageSize[]): RedactionArea[] {
  const areas: RedactionArea[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    const fields = raw.split(";");
    if (fields.length !== 6) throw invalid("redactions", "areaLineFormat", { line });
    const [pageText, ...rest] = fields as [string, string, string, string, string, string];
    const label = (rest[4] ?? "").trim();
    const pageValue = pageText.trim();
    if (!/^\d{1,5}$/.test(pageValue)) {
      throw invalid("redactions", "areaLineNumber", { line, value: pageValue });
    }
    const page = Number(pageValue);
    const size = pages[page - 1];
    if (page < 1 || !size) {
      throw invalid("redactions", "areaLinePage", { line, page, pages: pages.length });
    }
    const [x, y, width, height] = rest.slice(0, 4).map((v) => millimetres(v, line)) as [
      number,
      number,
      number,
      number,
    ];
    if (width === 0 || height === 0) {
      throw invalid("redactions", "areaLineNumber", { line, value: "0" });
    }
    const pageWidth = millimetresFromPoints(size.width);
    const pageHeight = millimetresFromPoints(size.height);
    // A tenth of a millimetre of slack: sizes are shown rounded to one decimal.
    if (x + width > pageWidth + 0.1 || y + height > pageHeight + 0.1) {
      throw invalid("redactions", "areaLineOutside", (lang) => ({
        line,
        page,
        width: mmText(pageWidth, decimalOf(lang)),
        height: mmText(pageHeight, decimalOf(lang)),
      }));
    }
    if (!label || label.length > MAX_ARTICLE_LENGTH) {
      throw invalid("redactions", "areaLineArticle", { line });
    }
    areas.push({
      page,
      x: pointsFromMillimetres(x),
      y: pointsFromMillimetres(y),
      width: Math.min(pointsFromMillimetres(width), size.width - pointsFromMillimetres(x)),
      height: Math.min(pointsFromMillimetres(height), size.height - pointsFromMillimetres(y)),
      label,
    });
  }
  return areas;
}

/**
 * An area as a line of the textarea, rounded outwards to the tenth of a millimetre so that
 * saving the form again never uncovers a sliver of what was removed.
 */
export function areaLine(a: RedactionArea, decimal: "," | "."): string {
  const x0 = Math.floor(millimetresFromPoints(a.x) * 10) / 10;
  const y0 = Math.floor(millimetresFromPoints(a.y) * 10) / 10;
  const x1 = Math.ceil(millimetresFromPoints(a.x + a.width) * 10) / 10;
  const y1 = Math.ceil(millimetresFromPoints(a.y + a.height) * 10) / 10;
  return [a.page, x0, y0, x1 - x0, y1 - y0]
    .map((n) => mmText(n, decimal))
    .concat(a.label)
    .join(" ; ");
}

export type DecisionForm = {
  decision: DocumentDecision;
  articles: string[];
  redactions: RedactionArea[];
};

/**
 * Reads the decision form against the original PDF: the typed areas plus, for a text to redact
 * everywhere, one area per occurrence found. Areas only matter for a partial release.
 */
export async function readDecisionForm(
  body: Record<string, string>,
  original: Uint8Array,
  pages: PageSize[],
): Promise<DecisionForm> {
  const decision = body.decision ?? "";
  if (!(DOCUMENT_DECISIONS as readonly string[]).includes(decision)) {
    throw invalid("decision", "chooseDecision");
  }
  const typed = (body.articles ?? "").split(",").map((a) => a.trim());
  if (decision !== "partial") {
    return { decision: decision as DocumentDecision, articles: typed, redactions: [] };
  }
  const redactions = parseAreaLines(body.redactions ?? "", pages);
  const needle = (body.findText ?? "").trim().slice(0, MAX_SEARCH_LENGTH);
  if (needle) {
    const label = (body.findArticle ?? "").trim();
    if (!label || label.length > MAX_ARTICLE_LENGTH) {
      throw invalid("findArticle", "findArticleMissing");
    }
    const found = await findText(original, needle);
    if (found.length === 0) throw invalid("findText", "textNotFound", { text: needle });
    redactions.push(...found.map((area) => ({ ...area, label })));
  }
  if (redactions.length > MAX_AREAS)
    throw invalid("redactions", "tooManyAreas", { max: MAX_AREAS });
  // Every article shown in a box is one the decision relies on.
  const articles = [...typed, ...redactions.map((r) => r.label)];
  return { decision: "partial", articles, redactions };
}
