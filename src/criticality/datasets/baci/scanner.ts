import type { ImportSourceTable } from "./aggregate.ts";
import { type BaciField, FIELDS, type MalformedLine, type MalformedReason } from "./format.ts";
import type { CompiledHsMap } from "./hs-map.ts";

/** Enough lines for someone to see what is wrong with a file, without keeping them all. */
export const MALFORMED_KEPT = 20;
const SNIPPET = 120;
const MISSING = -1;
const INVALID = -2;
// By number of decimals plus one: none (-1) or a bare point (0) mean whole units.
const SCALE = [1000, 1000, 100, 10, 1];

// Control characters (a NUL in a damaged file) would not survive JSON in PostgreSQL: shown as �.
const text = (buf: Uint8Array, start: number, end: number) =>
  Buffer.from(buf.buffer, buf.byteOffset + start, Math.max(0, end - start))
    .toString("utf8")
    .replace(/\r$/, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd");

/**
 * Reads BACI data lines straight from the bytes: one pass, numbers built digit by digit, no
 * strings or arrays per line. This is what makes ten million lines take seconds, not minutes;
 * only odd fields ("NA", exponents, more than three decimals) go through Number().
 */
export class BaciScanner {
  rowsRead = 0;
  rowsMatched = 0;
  malformedCount = 0;
  readonly malformed: MalformedLine[] = [];
  readonly years = new Set<number>();
  /** The number of the line being read; the header is line 1. */
  line = 2;
  private lastYear = -1;
  // The line being finished, for the malformed report's excerpt.
  private lineStart = 0;
  private lineEnd = 0;
  // Per field of the current line: digits as a number, digit count, decimals (-1: no point),
  // any other character seen, and where it starts and ends.
  private readonly acc = new Float64Array(6);
  private readonly digits = new Int32Array(6);
  private readonly frac = new Int32Array(6);
  private readonly odd = new Uint8Array(6);
  private readonly start = new Int32Array(6);
  private readonly end = new Int32Array(6);

  constructor(
    private readonly map: CompiledHsMap,
    private readonly table: ImportSourceTable,
  ) {}

  /**
   * Reads the lines of buf from `from`. Returns where the last, unfinished line starts (the
   * caller keeps those bytes for the next chunk), or buf.length. With atEnd, the end of buf
   * ends the last line.
   */
  scan(buf: Uint8Array, from: number, atEnd: boolean): number {
    const n = buf.length;
    const A = this.acc;
    const D = this.digits;
    const F = this.frac;
    const O = this.odd;
    const S = this.start;
    const E = this.end;
    let p = from;
    while (p < n) {
      const lineStart = p;
      let field = 0;
      let acc = 0;
      let digits = 0;
      let frac = -1;
      let odd = 0;
      let fieldStart = p;
      let newline = false;
      for (; p < n; p++) {
        const c = buf[p] as number;
        const d = c - 48;
        if (d >= 0 && d <= 9) {
          acc = acc * 10 + d;
          digits++;
          if (frac >= 0) frac++;
        } else if (c === 44) {
          if (field < 6) {
            A[field] = acc;
            D[field] = digits;
            F[field] = frac;
            O[field] = odd;
            S[field] = fieldStart;
            E[field] = p;
          }
          field++;
          acc = 0;
          digits = 0;
          frac = -1;
          odd = 0;
          fieldStart = p + 1;
        } else if (c === 10) {
          newline = true;
          break;
        } else if (c === 46 && frac < 0) {
          frac = 0;
        } else if (c !== 32 && c !== 34 && c !== 13 && c !== 9) {
          odd = 1;
        }
      }
      if (!newline && !atEnd) return lineStart;
      if (field < 6) {
        A[field] = acc;
        D[field] = digits;
        F[field] = frac;
        O[field] = odd;
        S[field] = fieldStart;
        E[field] = p;
      }
      this.finishLine(buf, lineStart, p, field + 1);
      if (newline) p++;
      this.line++;
    }
    return n;
  }

  /** A line too long to be BACI: counted, and its bytes skipped by the caller. */
  tooLong(head: Uint8Array, limit: number) {
    this.rowsRead++;
    this.lineStart = 0;
    this.lineEnd = SNIPPET;
    this.report("line_too_long", undefined, String(limit), head);
    this.line++;
  }

  private finishLine(buf: Uint8Array, lineStart: number, lineEnd: number, fields: number) {
    const A = this.acc;
    if (fields === 1 && this.digits[0] === 0 && this.odd[0] === 0) return; // blank line
    this.rowsRead++;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    if (fields !== 6) return this.report("field_count", undefined, String(fields), buf);
    for (let f = 0; f < 4; f++) {
      if (this.odd[f] || (this.frac[f] as number) >= 0 || this.digits[f] === 0) {
        return this.report("non_numeric", FIELDS[f], this.fieldText(buf, f), buf);
      }
    }
    const year = A[0] as number;
    const over = outOfRange(A);
    if (over >= 0) {
      return this.report("out_of_range", FIELDS[over], this.fieldText(buf, over), buf);
    }
    const value = this.amount(buf, 4);
    if (value === MISSING) return this.report("value_missing", "v", "", buf);
    if (value === INVALID) return this.report("non_numeric", "v", this.fieldText(buf, 4), buf);
    const quantity = this.amount(buf, 5);
    if (quantity === INVALID) return this.report("non_numeric", "q", this.fieldText(buf, 5), buf);
    if (year !== this.lastYear) {
      this.years.add(year);
      this.lastYear = year;
    }
    const group = this.map.groupOf[A[3] as number] as number;
    if (group === 0) return;
    this.rowsMatched++;
    this.table.add(year, A[1] as number, A[2] as number, group - 1, value, quantity);
  }

  /** Thousandths of the field (USD for v, kg for q), MISSING when empty or NA, or INVALID. */
  private amount(buf: Uint8Array, f: number): number {
    const digits = this.digits[f] as number;
    const frac = this.frac[f] as number;
    if (this.odd[f]) {
      if (isNA(buf, this.start[f] as number, this.end[f] as number)) return MISSING;
      return slowAmount(this.fieldText(buf, f));
    }
    if (digits > 15 || frac > 3) return slowAmount(this.fieldText(buf, f));
    if (digits === 0) return frac < 0 ? MISSING : INVALID;
    return (this.acc[f] as number) * (SCALE[frac + 1] as number);
  }

  private fieldText(buf: Uint8Array, f: number): string {
    return text(buf, this.start[f] as number, this.end[f] as number)
      .trim()
      .slice(0, 40);
  }

  private report(
    reason: MalformedReason,
    field: BaciField | undefined,
    found: string,
    buf: Uint8Array,
  ) {
    this.malformedCount++;
    if (this.malformed.length >= MALFORMED_KEPT) return;
    const end = Math.min(this.lineEnd, this.lineStart + SNIPPET, buf.length);
    const line = text(buf, this.lineStart, end);
    this.malformed.push({ line: this.line, reason, ...(field && { field }), found, text: line });
  }
}

function slowAmount(raw: string): number {
  const clean = raw.replace(/["\s]/g, "");
  if (clean === "" || clean.toUpperCase() === "NA") return MISSING;
  const x = Number(clean);
  return Number.isFinite(x) && x >= 0 ? Math.round(x * 1000) : INVALID;
}

// Three-digit country codes and six-digit products are what the aggregate keys rely on.
function outOfRange(a: Float64Array): number {
  const year = a[0] as number;
  if (year < 1900 || year >= 3000) return 0;
  if ((a[1] as number) >= 1000) return 1;
  if ((a[2] as number) >= 1000) return 2;
  return (a[3] as number) >= 1e6 ? 3 : -1;
}

/** BACI writes a missing quantity as NA, often padded with spaces: checked without a string. */
function isNA(buf: Uint8Array, start: number, end: number): boolean {
  let seen = 0;
  for (let p = start; p < end; p++) {
    const c = buf[p] as number;
    if (c === 32 || c === 34 || c === 9 || c === 13) continue;
    const lower = c | 0x20;
    if ((seen === 0 && lower === 0x6e) || (seen === 1 && lower === 0x61)) seen++;
    else return false;
  }
  return seen === 2;
}
