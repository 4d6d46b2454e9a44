/** What changed between two versions of a brief, field by field, texts word by word. */
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { type DiffSegment, diffWords } from "./diff.ts";
import { type BriefContent, type FIELD_LABELS, TEXT_FIELDS } from "./model.ts";

export type FieldDiff = { field: keyof typeof FIELD_LABELS; segments: DiffSegment[] };

/** Lists and figures are compared as lines of text: one material, project or figure a line. */
const asText = (c: BriefContent, field: "materials" | "projects" | "figures", lang: Lang) =>
  field === "figures" ? c.figures.map((f) => f.title[lang]).join("\n") : c[field].join(", ");

export function contentDiff(a: BriefContent, b: BriefContent, lang: Lang): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of TEXT_FIELDS)
    if (a[field] !== b[field]) out.push({ field, segments: diffWords(a[field], b[field]) });
  for (const field of ["materials", "projects", "figures"] as const) {
    const before = asText(a, field, lang);
    const after = asText(b, field, lang);
    if (before !== after) out.push({ field, segments: diffWords(before, after) });
  }
  return out;
}

/**
 * The two versions to compare, from what the page's form or an API query sent: by default the
 * last but one and the last; anything but a version of this brief is refused by name.
 */
export function pickVersions(
  raw: { from?: string | undefined; to?: string | undefined },
  last: number,
): { from: number; to: number } {
  const pick = (value: string | undefined, fallback: number) => {
    if (value === undefined || value === "") return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > last)
      throw fail("brief_version_unknown", { value: value.slice(0, 50), last });
    return n;
  };
  return { from: pick(raw.from, Math.max(1, last - 1)), to: pick(raw.to, last) };
}
