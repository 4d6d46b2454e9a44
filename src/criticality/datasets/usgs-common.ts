import { nameKey } from "../reference/names.ts";
import type { Reference } from "../reference/reference.ts";
import { type StageId, stageFromText } from "../reference/stages.ts";
import type { Issue } from "./issues.ts";
import { type Cell, parseCell } from "./values.ts";

export type Place =
  | { kind: "world" }
  | { kind: "other" }
  | { kind: "country"; id: string }
  | { kind: "unknown" };

/** "World total (rounded)", "Other countries (includes crude)", "Brazil (beneficiated)"… */
export function placeOf(name: string, ref: Reference): Place {
  const key = nameKey(name);
  if (/^world( total)?\b/.test(key)) return { kind: "world" };
  if (/^other countries\b/.test(key)) return { kind: "other" };
  const id = ref.country(name);
  return id ? { kind: "country", id } : { kind: "unknown" };
}

// Materials whose world tables describe a refined or manufactured product even where the
// words do not say so ("Primary production" of gallium is refinery output).
const PROCESSED = new Set([
  "abrasives",
  "arsenic",
  "gallium",
  "germanium",
  "indium",
  "selenium",
  "tellurium",
  "argon",
  "krypton",
  "neon",
  "xenon",
  "lime",
  "cement",
  "iron-steel",
  "nitrogen",
  "silicon-metal",
  "magnesium",
  "titanium-metal",
]);

/** Reserves lie in the ground; otherwise the row's words, then its table's, then the material. */
export function stageOf(
  measure: string,
  detail: string,
  section: string,
  material: string,
): StageId {
  if (measure === "reserves") return "extraction";
  return (
    stageFromText(detail) ??
    stageFromText(section) ??
    (PROCESSED.has(material) ? "processing" : "extraction")
  );
}

/**
 * A cell with the row's notes taken into account: a value "included with Other countries" is
 * not a value of its own; "W" is kept, flagged. Pushes the issue and returns undefined when the
 * row is not to be stored.
 */
export function readCell(
  raw: string,
  notes: string,
  line: number,
  issues: Issue[],
): Extract<Cell, { ok: true }> | undefined {
  const cell = parseCell(raw);
  const included = /included (with|in)/i.test(notes);
  if (!cell.ok || (included && cell.value === null)) {
    const reason = included ? "included_elsewhere" : cell.ok ? "not_available" : cell.reason;
    issues.push({ line, reason, action: "skipped", detail: raw.trim() || undefined });
    return undefined;
  }
  if (cell.qualifier === "withheld") issues.push({ line, reason: "withheld", action: "flagged" });
  return cell;
}

export const isEstimated = (...texts: string[]) => texts.some((t) => /\bestimated?\b/i.test(t));

/** "2021–24" → [2021, 2024]; "2024" → [2024, 2024]. */
export function yearsOf(text: string): [number, number] | undefined {
  const m = /^\s*((?:19|20)\d{2})(?:\s*[-–—]\s*(\d{2}|\d{4}))?\s*$/.exec(text);
  if (!m?.[1]) return undefined;
  const start = Number(m[1]);
  if (!m[2]) return [start, start];
  const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
  return end >= start ? [start, end] : undefined;
}

export const usgsVintage = (year: number | undefined) => (year ? `MCS ${year}` : undefined);
