import type { Reason } from "./issues.ts";

export type Qualifier = "withheld" | "less_than" | "greater_than" | "net_exporter" | "negligible";

/** A cell as stored: a number (maybe bounded by < or >) or only a qualifier; or why not. */
export type Cell =
  | { ok: true; value: number | null; qualifier: Qualifier | null }
  | { ok: false; reason: Reason };

const NOT_AVAILABLE = new Set(["", "na", "n/a", "#n/a", "xx", "nan", "null"]);
const FLAGS: Record<string, Qualifier> = { w: "withheld", e: "net_exporter", s: "negligible" };
const DESCRIPTIVE = /^(very )?(large|small|moderate|variable|negligible)\b/i;

/**
 * Reads a statistical cell the way USGS writes them: "226,000", ">95", "<1", "W" (withheld),
 * "E" (net exporter), "s" (negligible), "NA"/"XX" (not available / not applicable), a lone
 * dash for zero, words such as "Large" for reserves nobody quantified.
 */
export function parseCell(raw: string): Cell {
  const text = raw.replace(/[\s\u00a0]+/g, " ").trim();
  const lower = text.toLowerCase();
  if (NOT_AVAILABLE.has(lower)) return { ok: false, reason: "not_available" };
  // USGS: "—" means zero; "--" is how a dash survives in some re-exports.
  if (/^[-‐‑‒–—]{1,2}$/.test(text)) return { ok: true, value: 0, qualifier: null };
  const flag = text.length === 1 ? FLAGS[lower] : undefined;
  if (flag && (text === "s" || text === text.toUpperCase())) {
    return { ok: true, value: null, qualifier: flag };
  }
  if (DESCRIPTIVE.test(text)) return { ok: false, reason: "descriptive_value" };
  if (/^\d[\d,.]*\s*[-–—]\s*\d[\d,.]*$/.test(text)) return { ok: false, reason: "range_value" };
  const bound = /^([<>])\s*(.*)$/.exec(text);
  const body = bound ? (bound[2] ?? "") : text;
  const value = parseNumber(body);
  if (value === undefined) return { ok: false, reason: "bad_number" };
  const qualifier = bound ? (bound[1] === "<" ? "less_than" : "greater_than") : null;
  return { ok: true, value, qualifier };
}

/** "1,234.5", "-12", "4.7e-05" → number; thousands separators only in groups of three. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  const grouped = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t);
  if (!grouped && !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}
