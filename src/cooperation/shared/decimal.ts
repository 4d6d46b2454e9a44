/**
 * Decimal numbers as text, the way PostgreSQL's numeric gives and takes them: read from what
 * people type (« 1 234,5 » or "1,234.5" are not guessed: one decimal separator, spaces ignored)
 * and multiplied by powers of ten without ever going through a float.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1 234,5" → "1234.5"; null when it is not a plain decimal number. */
export function parseDecimal(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return DECIMAL.test(compact) ? normalise(compact) : null;
}

/** The same number without superfluous zeros: "0012.500" → "12.5", "-0" → "0". */
export function normalise(value: string): string {
  const m = DECIMAL.exec(value);
  if (!m) throw new Error(`not a decimal: ${value}`);
  const int = (m[2] as string).replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  return m[1] && body !== "0" ? `-${body}` : body;
}

/** value × 10^exp, exactly. */
export function shiftDecimal(value: string, exp: number): string {
  const m = DECIMAL.exec(normalise(value));
  if (!m) throw new Error(`not a decimal: ${value}`);
  const digits = `${m[2]}${m[3] ?? ""}`;
  const point = (m[2] as string).length + exp;
  const padded =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return normalise(`${m[1]}${padded}`);
}

export const isNegative = (value: string) => value.startsWith("-");

/** Compares two normalised decimals without floats. */
export function compareDecimal(a: string, b: string): number {
  if (isNegative(a) !== isNegative(b)) return isNegative(a) ? -1 : 1;
  const sign = isNegative(a) ? -1 : 1;
  const [ai = "", af = ""] = a.replace("-", "").split(".");
  const [bi = "", bf = ""] = b.replace("-", "").split(".");
  if (ai.length !== bi.length) return sign * (ai.length < bi.length ? -1 : 1);
  const width = Math.max(af.length, bf.length);
  const x = ai + af.padEnd(width, "0");
  const y = bi + bf.padEnd(width, "0");
  return x === y ? 0 : sign * (x < y ? -1 : 1);
}
