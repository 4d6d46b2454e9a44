/**
 * Money: integer cents (bigint) in their own currency. Typed amounts are parsed from text
 * without ever going through a JavaScript number, so 0.10 + 0.20 stays 30 cents and amounts past
 * 2^53 cents keep every digit.
 */
import { fail } from "../../platform/errors/app-error.ts";
import { formatNumber, MINUS } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { CURRENCIES, type Currency } from "../../platform/i18n/money.ts";

export {
  CURRENCIES,
  type Currency,
  centsToDecimal,
  formatMoney,
} from "../../platform/i18n/money.ts";

export const isCurrency = (value: unknown): value is Currency =>
  CURRENCIES.includes(value as Currency);

/** The currency code, or the catalogue's localised error naming what was sent. */
export function parseCurrency(value: unknown): Currency {
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (isCurrency(text)) return text;
  throw fail("financing_unknown_currency", {
    value: String(value ?? ""),
    values: CURRENCIES.join(", "),
  });
}

/** The largest amount of one line: 10^15 units, far above any project and well inside bigint. */
export const MAX_CENTS = 10n ** 17n - 1n;

const SPACES = "[ \\u00a0\\u202f\\u2009]";
// French: groups of three separated by spaces, decimal comma (a point is accepted too).
const FRENCH = new RegExp(`^(\\d{1,3}(?:${SPACES}\\d{3})+|\\d+)(?:[,.](\\d+))?$`);
// English: groups separated by commas (or spaces), decimal point.
const ENGLISH = new RegExp(
  `^(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:${SPACES}\\d{3})+|\\d+)(?:\\.(\\d+))?$`,
);

/**
 * Cents from an amount typed in French (« 1 234 567,89 ») or English ("1,234,567.89"), the
 * page's language read first: « 1,234 » is 1.234 in French (too many decimals, refused) and
 * 1,234 in English. Zero, negative, over two decimals or unreadable: a localised error.
 */
export function parseAmount(text: string, lang: Lang = "fr"): bigint {
  const typed = text.trim();
  if (/^[-−–]/.test(typed)) throw fail("financing_amount_not_positive", { value: typed });
  const [first, second] = lang === "fr" ? [FRENCH, ENGLISH] : [ENGLISH, FRENCH];
  const match = first.exec(typed) ?? second.exec(typed);
  if (!match) throw fail("financing_amount_invalid", { value: typed });
  const whole = (match[1] as string).replace(/\D/g, "");
  const fraction = match[2] ?? "";
  if (fraction.length > 2) throw fail("financing_amount_precision", { value: typed });
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  if (cents === 0n) throw fail("financing_amount_not_positive", { value: typed });
  if (cents > MAX_CENTS) throw fail("financing_amount_invalid", { value: typed });
  return cents;
}

const NBSP = "\u00a0";

/**
 * An amount in a precision that reads at a glance: « 44,5 M$ CA », « 850 k€ », "CA$44.5M". The
 * exact figure (formatMoney) stays in tables and exports.
 */
export function formatCompactMoney(lang: Lang, cents: bigint, currency: Currency): string {
  const units = Number(cents) / 100;
  const abs = Math.abs(units);
  const [scaled, suffix] =
    abs >= 1e9
      ? [units / 1e9, "G"]
      : abs >= 1e6
        ? [units / 1e6, "M"]
        : abs >= 1e3
          ? [units / 1e3, "k"]
          : [units, ""];
  const digits = suffix && Math.abs(scaled) < 100 ? 1 : 0;
  const number = formatNumber(lang, scaled, digits);
  if (lang === "fr") return `${number}${NBSP}${suffix}${currency === "CAD" ? `$${NBSP}CA` : "€"}`;
  return `${number.startsWith(MINUS) ? MINUS : ""}${currency === "CAD" ? "CA$" : "€"}${number.replace(MINUS, "")}${suffix}`;
}
