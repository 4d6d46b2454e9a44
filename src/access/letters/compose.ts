import { fail } from "../../platform/errors/app-error.ts";
import { frenchSpaces } from "../../platform/i18n/i18n.ts";
import { letterContext } from "./context.ts";
import { defaultTemplate } from "./defaults.ts";
import { type Block, parseMarkup } from "./markup.ts";
import { fillTemplate, type Node, parseTemplate, validateTemplate } from "./template.ts";
import type { LetterData } from "./types.ts";

/**
 * A letter ready for a PDF or DOCX writer: its template filled with the data and read as
 * blocks. A template with issues is refused here too, so no caller can print a broken letter.
 */
export function composeLetter(data: LetterData, template?: string): Block[] {
  const source = template ?? defaultTemplate(data);
  const issues = validateTemplate(data.kind, source);
  if (issues.length > 0) {
    const details = issues.map((i) => `${i.code} « ${i.name} » (${i.line})`).join(", ");
    throw fail("letter_template_invalid", { details });
  }
  const { nodes } = parseTemplate(source);
  const typeset = data.lang === "fr" ? withFrenchSpaces(nodes) : nodes;
  return parseMarkup(fillTemplate(typeset, letterContext(data)));
}

/** French spacing for the template's own words; values are printed as the register holds them. */
function withFrenchSpaces(nodes: Node[]): Node[] {
  return nodes.map((node) => {
    if (node.type === "text")
      return { ...node, text: frenchSpaces(node.text).replace(/\bn° /g, "n°\u00a0") };
    if (node.type === "if")
      return { ...node, yes: withFrenchSpaces(node.yes), no: withFrenchSpaces(node.no) };
    if (node.type === "each") return { ...node, body: withFrenchSpaces(node.body) };
    return node;
  });
}
