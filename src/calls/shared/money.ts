import type { Lang } from "../../platform/i18n/i18n.ts";
import { formatMoney as formatAmount } from "../../platform/i18n/money.ts";

export { centsToDecimal } from "../../platform/i18n/money.ts";

/**
 * Amounts of a call in integer cents of each party's currency: Québec's in CAD, France's in EUR.
 * Typed amounts are read digit by digit, never through a floating-point number.
 */
export const PARTY_CURRENCY = { qc: "CAD", fr: "EUR" } as const;
export type CallCurrency = (typeof PARTY_CURRENCY)[keyof typeof PARTY_CURRENCY];

/** A thousand billion: far above any envelope, and exact as a JavaScript integer. */
export const MAX_CENTS = 100_000_000_000_000;

const SPACES = /[\s\u00a0\u202f\u2009]/g;
// « 250000 », « 250000,5 », "250000.50", and English grouping "250,000.50".
const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/** « 250 000,50 » or "250,000.50" → 25000050; null when not an amount of at most two decimals. */
export function parseCents(text: string): number | null {
  const compact = text.trim().replace(SPACES, "");
  const m = PLAIN.exec(compact) ?? GROUPED.exec(compact);
  if (!m) return null;
  const whole = (m[1] as string).replace(/,/g, "").replace(/^0+(?=\d)/, "");
  if (whole.length > 13) return null;
  const cents = Number(whole) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return cents <= MAX_CENTS ? cents : null;
}

/**
 * « 250 000 $ CA », « 1 500,50 € » / "CA$250,000", "€1,500.50": cents shown only when there are
 * some, since envelopes are round figures.
 */
export const formatMoney = (lang: Lang, cents: number, currency: CallCurrency): string =>
  formatAmount(lang, cents, currency, { cents: "when-any" });

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/**
 * A plain decimal typed with a point or a comma (a rate, a weight), with at most `decimals`
 * digits after it, as the exact text PostgreSQL's numeric takes: « 12,50 » → "12.5".
 */
export function parseDecimalText(text: string, decimals: number): string | null {
  const m = DECIMAL.exec(text.trim().replace(SPACES, ""));
  if (!m) return null;
  const whole = (m[1] as string).replace(/^0+(?=\d)/, "");
  const fraction = (m[2] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals || whole.length > 9) return null;
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "12.5" → « 12,5 » / "12.5": a stored numeric as the reader writes it. */
export const formatDecimalText = (lang: Lang, value: string): string => {
  const normal = value.includes(".") ? value.replace(/\.?0+$/, "") : value;
  return lang === "fr" ? normal.replace(".", ",") : normal;
};
