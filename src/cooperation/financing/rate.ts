/**
 * Exchange rates as exact fractions. The database keeps numeric(18,8) and hands it back as a
 * decimal string; parsing that string into numerator / 10^k keeps it exact, and the inverse
 * (CAD→EUR from a EUR→CAD rate) is the inverted fraction, not a rounded 1/rate.
 */
import { fail } from "../../platform/errors/app-error.ts";

/** quote units per base unit = num / den, both positive. */
export type Rate = { num: bigint; den: bigint };

/** Up to 10 integer digits and 8 decimals, as numeric(18,8) holds. */
const DECIMAL = /^(\d{1,10})(?:[.,](\d{1,8}))?$/;

export function parseRate(text: string): Rate {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw fail("financing_rate_invalid", { value: text });
  const fraction = match[2] ?? "";
  const num = BigInt(`${match[1]}${fraction}`);
  if (num === 0n) throw fail("financing_rate_invalid", { value: text });
  return { num, den: 10n ** BigInt(fraction.length) };
}

export const invert = (r: Rate): Rate => ({ num: r.den, den: r.num });

/**
 * n / d rounded to an integer, half to even: a tie (exactly half a cent) goes to the even cent,
 * so ties do not push totals one way; anything else goes to the nearest cent.
 */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError("divisor must be positive");
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / d;
  const twice = (a % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/** cents of `from` in cents of `to` at rate (to units per from unit), rounded once. */
export function convertCents(cents: bigint, rate: Rate): bigint {
  return divideHalfEven(cents * rate.num, rate.den);
}

/** A rate written with `digits` decimals (half to even), for display and the API. */
export function rateToDecimal(r: Rate, digits = 8): string {
  const scale = 10n ** BigInt(digits);
  const scaled = divideHalfEven(r.num * scale, r.den);
  const whole = scaled / scale;
  const fraction = String(scaled % scale).padStart(digits, "0");
  return digits === 0 ? String(whole) : `${whole}.${fraction}`;
}

/** Converting a currency into itself. */
export const ONE: Rate = { num: 1n, den: 1n };
