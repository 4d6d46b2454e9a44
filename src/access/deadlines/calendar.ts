/**
 * Calendar dates as 'YYYY-MM-DD' strings, computed on UTC day numbers: a date has no time of
 * day here, so no time zone or daylight-saving change can shift it.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or undefined when the text is not a real calendar date. */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2023-02-30 over to March: a date that does not round-trip does not exist.
  return isoFromDayNumber(time / MS_PER_DAY) === iso ? time / MS_PER_DAY : undefined;
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return isoFromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function must(iso: string): number {
  const n = dayNumber(iso);
  if (n === undefined) throw new RangeError(`Not a calendar date: ${iso}`);
  return n;
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(must(iso) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return must(b) - must(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((must(iso) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `months` later ("de quantième à quantième"); when that month is
 * shorter, its last day (Code de procédure civile, art. 641, al. 2).
 */
export function addMonths(iso: string, months: number): string {
  must(iso);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
