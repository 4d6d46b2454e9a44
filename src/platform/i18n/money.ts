/**
 * Amounts of money as both parties write them: integer cents of their own currency, shown with
 * French or English conventions. The one place an amount becomes text, so that a call's award
 * and the project commitment it becomes read alike.
 */
import { MINUS } from "./format.ts";
import type { Lang } from "./i18n.ts";

export const CURRENCIES = ["CAD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const group = (digits: string, separator: string) =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

const asBigInt = (cents: bigint | number): bigint => {
  if (typeof cents === "bigint") return cents;
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  return BigInt(cents);
};

/** Cents as a plain decimal string, "1234567.89": what the API and CSV files carry. */
export function centsToDecimal(cents: bigint | number): string {
  const value = asBigInt(cents);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/**
 * « 1 234 567,89 $ CA » / « 1 234 567,89 € » in French (narrow no-break spaces between groups),
 * "CA$1,234,567.89" / "€1,234,567.89" in English; a negative amount with a true minus sign.
 * `cents: "when-any"` leaves out « ,00 » (envelopes and awards are round figures).
 */
export function formatMoney(
  lang: Lang,
  cents: bigint | number,
  currency: Currency,
  options: { cents?: "always" | "when-any" } = {},
): string {
  const value = asBigInt(cents);
  const sign = value < 0n ? MINUS : "";
  const abs = value < 0n ? -value : value;
  const units = String(abs / 100n);
  const rest = abs % 100n;
  const shown = options.cents === "when-any" && rest === 0n ? "" : String(rest).padStart(2, "0");
  if (lang === "fr") {
    const symbol = currency === "CAD" ? `$${NBSP}CA` : "€";
    return `${sign}${group(units, NNBSP)}${shown ? `,${shown}` : ""}${NBSP}${symbol}`;
  }
  const symbol = currency === "CAD" ? "CA$" : "€";
  return `${sign}${symbol}${group(units, ",")}${shown ? `.${shown}` : ""}`;
}
