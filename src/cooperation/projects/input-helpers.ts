import { z } from "zod";
import type { Texts } from "../../platform/i18n/i18n.ts";

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isRealDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return ISO_DATE.test(iso) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;

/** Required text, trimmed. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: blank becomes undefined. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** A list from checkboxes (one or several values) or a typed "a, b; c", or a JSON array. */
export const list = z.preprocess(
  (v) => {
    const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,;\s]+/) : [];
    return [...new Set(items.map((i) => String(i).trim()).filter(Boolean))];
  },
  z.array(z.string().max(100)).max(50),
);

/** A checkbox ("on") or a JSON boolean. */
export const flag = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

export const DATE_TEXTS: Texts = {
  fr: "Date invalide : format AAAA-MM-JJ, date existante.",
  en: "Invalid date: YYYY-MM-DD, an existing date.",
};

/** A number typed with a comma or a point; undefined when blank, NaN when not a number. */
export function parseDecimal(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "number") return v;
  const s = String(v).trim().replace(",", ".").replace("\u2212", "-");
  if (s === "") return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
