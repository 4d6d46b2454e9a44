/** Tells spreadsheet software that the file is UTF-8, so accents survive a double-click. */
export const BOM = "\uFEFF";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell starting with one of these is run as a formula by spreadsheet software (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces,
 * with its quotes doubled. Text that a spreadsheet would run as a formula gets a leading
 * apostrophe, as OWASP advises: the export holds text that users typed.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A record of the file, ended by CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
