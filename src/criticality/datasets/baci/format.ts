import path from "node:path";
import { AppError } from "../../../platform/errors/app-error.ts";
import type { Lang } from "../../../platform/i18n/i18n.ts";
import { baciText } from "./messages.ts";

/** The columns of every BACI year file: year, exporter, importer, HS6 product, kUSD, tonnes. */
export const BACI_HEADER = "t,i,j,k,v,q";
export const FIELDS = ["t", "i", "j", "k", "v", "q"] as const;
export type BaciField = (typeof FIELDS)[number];

export type MalformedReason =
  | "field_count"
  | "non_numeric"
  | "out_of_range"
  | "value_missing"
  | "line_too_long";

/** A line the import skipped; `text` is its start, for the person who has to look at the file. */
export type MalformedLine = {
  line: number;
  reason: MalformedReason;
  field?: BaciField;
  found?: string;
  text?: string;
};

export function describeMalformed(lang: Lang, m: MalformedLine): string {
  return baciText(lang, m.reason, { line: m.line, field: m.field ?? "", found: m.found ?? "" });
}

/**
 * A file that cannot be read as BACI at all (as opposed to a few bad lines, which are counted
 * and skipped). It is a validation error so that the HTTP boundary answers 422 with the reason.
 */
export class BaciFormatError extends AppError {
  constructor(
    readonly reason: "empty" | "header",
    readonly found = "",
  ) {
    const text = (lang: Lang) =>
      baciText(lang, "notBaci", { reason: baciText(lang, reason, { found }) });
    super("validation_failed", {}, { file: { fr: text("fr"), en: text("en") } });
    this.name = "BaciFormatError";
    this.message = text("en");
  }

  /** The reason alone ("the file is empty"), for a message that names the file itself. */
  reasonIn(lang: Lang): string {
    return baciText(lang, this.reason, { found: this.found });
  }
}

/** Null when the first line is the BACI header; otherwise what was found, for the error. */
export function checkHeader(line: string): string | null {
  const clean = line
    .replace(/^\uFEFF/, "")
    .replace(/["\s]/g, "")
    .toLowerCase();
  return clean === BACI_HEADER ? null : line.trim().slice(0, 80);
}

export type BaciFileInfo = { nomenclature: string; year: number; version: string; label: string };

/**
 * What CEPII's file names say (BACI_HS22_Y2022_V202501.csv): a default for the source label
 * and vintage, so that the same release is always labelled the same way.
 */
export function baciFileInfo(file: string): BaciFileInfo | null {
  const m = /^BACI_(HS\d{2})_Y(\d{4})_(V\d{6}[a-z]?)\.csv$/i.exec(path.basename(file));
  if (!m) return null;
  const [, nomenclature = "", year = "", version = ""] = m;
  const hs = nomenclature.toUpperCase();
  return { nomenclature: hs, year: Number(year), version, label: `BACI ${hs} ${version}` };
}
