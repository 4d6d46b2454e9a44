import type * as mupdf from "mupdf";
import type { Mupdf } from "../../platform/mupdf.ts";
import type { RedactionArea } from "./area.ts";
import { winAnsiEncode } from "./win-ansi.ts";

const FONT_KEY = "AlliageCaviardage";
/** Labels stay readable in tall boxes without shouting; small boxes shrink them to fit. */
const MAX_FONT_SIZE = 14;
/** Helvetica's capital height is about 0.72 em: half of it centres the label vertically. */
const HALF_CAP_HEIGHT = 0.36;

/** PDF numbers may not use exponents; three decimals are far below what the eye sees. */
const num = (n: number) => String(Number(n.toFixed(3)));

function labelOperators(font: mupdf.Font, area: RedactionArea): string[] {
  const glyphs = winAnsiEncode(area.label.trim());
  if (glyphs.length === 0) return [];
  const emWidth = glyphs.reduce(
    (sum, g) => sum + font.advanceGlyph(font.encodeCharacter(g.char)),
    0,
  );
  const size = Math.min(MAX_FONT_SIZE, area.height * 0.7, (area.width * 0.9) / emWidth);
  const x = area.x + (area.width - emWidth * size) / 2;
  const baseline = area.y + area.height / 2 + size * HALF_CAP_HEIGHT;
  const hex = glyphs.map((g) => g.code.toString(16).padStart(2, "0")).join("");
  // Drawing happens in page space, whose y axis points down: flip the text back upright.
  return [`BT /${FONT_KEY} ${num(size)} Tf 1 0 0 -1 ${num(x)} ${num(baseline)} Tm <${hex}> Tj ET`];
}

function fontDictionary(doc: mupdf.PDFDocument, page: mupdf.PDFPage): mupdf.PDFObject {
  const pageObject = page.getObject();
  let resources = pageObject.getInheritable("Resources");
  if (resources.isNull()) {
    pageObject.put("Resources", doc.newDictionary());
    resources = pageObject.get("Resources");
  }
  if (resources.get("Font").isNull()) resources.put("Font", doc.newDictionary());
  return resources.get("Font");
}

/**
 * Paints a black box over each area with its label in white, on top of everything else on the
 * page. The page's own content is wrapped in q … Q so that whatever graphics state it leaves
 * behind cannot shift or hide the boxes.
 */
export function drawLabelledBoxes(
  lib: Mupdf,
  doc: mupdf.PDFDocument,
  page: mupdf.PDFPage,
  areas: RedactionArea[],
): void {
  const font = new lib.Font("Helvetica");
  fontDictionary(doc, page).put(FONT_KEY, doc.addSimpleFont(font, "Latin"));
  const toPdf = lib.Matrix.invert(page.getTransform());
  const ops = ["Q", "q", `${toPdf.map(num).join(" ")} cm`, "0 g"];
  for (const a of areas) ops.push(`${num(a.x)} ${num(a.y)} ${num(a.width)} ${num(a.height)} re f`);
  ops.push("1 g");
  for (const a of areas) ops.push(...labelOperators(font, a));
  ops.push("Q");

  const pageObject = page.getObject();
  const current = pageObject.get("Contents");
  const contents = doc.newArray();
  contents.push(doc.addStream("q", {}));
  if (current.isArray()) {
    current.forEach((part) => {
      contents.push(part);
    });
  } else if (!current.isNull()) contents.push(current);
  contents.push(doc.addStream(ops.join("\n"), {}));
  pageObject.put("Contents", contents);
}
