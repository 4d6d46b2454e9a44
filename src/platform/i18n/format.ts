import type { Lang } from "./i18n.ts";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

// Building an Intl formatter costs far more than using one (it loads locale data): pages format
// hundreds of figures, so each formatter is built once per set of options and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** « 22 novembre 2023 » / "November 22, 2023", from an ISO date, with no time-zone shift. */
export function formatDate(lang: Lang, isoDate: string | Date): string {
  const date =
    typeof isoDate === "string" ? new Date(`${isoDate.slice(0, 10)}T12:00:00Z`) : isoDate;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(isoDate)}`);
  const text = cached(
    `date|${lang}`,
    () =>
      new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  ).format(date);
  // Intl writes « 1 janvier »; French usage is « 1er janvier ».
  return lang === "fr" ? text.replace(/^1 /, `1er${NBSP}`).replace(/ /g, NBSP) : text;
}

/** Date and time for logs and audit pages, in the America/Toronto zone shared by Québec. */
export function formatDateTime(lang: Lang, value: Date, timeZone = "America/Toronto"): string {
  return cached(
    `datetime|${lang}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone,
      }),
  ).format(value);
}

/** The minus sign (U+2212), not the hyphen-minus that Intl writes in both languages. */
export const MINUS = "\u2212";

/** « 1 234,5 », « −0,44 » / "1,234.5", "−0.44" */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  const text = cached(
    `number|${lang}|${maximumFractionDigits}`,
    () =>
      new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-CA", {
        maximumFractionDigits,
      }),
  )
    .format(value)
    .replace("-", MINUS);
  return lang === "fr" ? text.replace(/[\u00a0\u202f ]/g, NNBSP) : text;
}

/** A change, signed: « +0,12 », « −0,44 », « 0 » (a true minus, a plus for a rise). */
export function formatChange(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return `${value > 0 ? "+" : value < 0 ? MINUS : ""}${formatNumber(lang, Math.abs(value), maximumFractionDigits)}`;
}

/** « 1er », « 5ᵉ » (superscript e, as French typography writes it) / "1st", "5th". */
export function formatOrdinal(lang: Lang, n: number): string {
  if (lang === "fr") return n === 1 ? "1er" : `${formatNumber(lang, n, 0)}ᵉ`;
  const suffix = { one: "st", two: "nd", few: "rd" }[ENGLISH_ORDINALS.select(n) as string] ?? "th";
  return `${formatNumber(lang, n, 0)}${suffix}`;
}
const ENGLISH_ORDINALS = new Intl.PluralRules("en", { type: "ordinal" });

/**
 * French typography for text typed without it: a narrow no-break space before ; ! ? and a
 * no-break space before : and inside « ».
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/\s*([;!?])/g, `${NNBSP}$1`)
    .replace(/(\S)\s*:(\s|$)/g, `$1${NBSP}:$2`)
    .replace(/«\s*/g, `«${NBSP}`)
    .replace(/\s*»/g, `${NBSP}»`);
}
