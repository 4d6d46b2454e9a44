import { readCsv } from "./csv.ts";
import { type Importer, type ParseContext, type Parsed, yearInName } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { parseNumber } from "./values.ts";

export const WGI_INDICATORS = ["VA", "PV", "GE", "RQ", "RL", "CC"] as const;
export type WgiIndicator = (typeof WGI_INDICATORS)[number];

export type WgiRow = {
  line: number;
  countryId: string;
  code: string;
  indicator: WgiIndicator;
  year: number;
  estimate: number;
  stdError: number | null;
};

const COLUMNS = ["indicator", "code", "year", "estimate", "stderr"];

/**
 * World Bank Worldwide Governance Indicators, long format (indicator, code, country, year,
 * estimate, stderr…). WGI's own codes are mapped to ISO (ADO → AND, KSV → XKX…); a missing
 * estimate is not_available.
 */
export function parseWgi(text: string, ctx: ParseContext): Parsed<WgiRow[]> {
  const { records } = readCsv(text, ctx.fileName, COLUMNS);
  const issues: Issue[] = [];
  const rows: WgiRow[] = [];
  const seen = new Set<string>();
  let lastYear = 0;
  for (const r of records) {
    const indicator = r.get("indicator").trim().toUpperCase() as WgiIndicator;
    const code = r.get("code").trim();
    const year = Number(r.get("year").trim());
    if (!WGI_INDICATORS.includes(indicator) || !Number.isInteger(year)) {
      issues.push({
        line: r.line,
        reason: "out_of_scope",
        action: "skipped",
        detail: `${indicator} ${r.get("year")}`,
      });
      continue;
    }
    lastYear = Math.max(lastYear, year);
    const countryId = ctx.ref.countryByCode("wgi", code);
    if (!countryId) {
      issues.push({
        line: r.line,
        reason: "unknown_country",
        action: "skipped",
        detail: `${code} ${r.get("country")}`,
      });
      continue;
    }
    const rawEstimate = r.get("estimate").trim();
    const estimate = parseNumber(rawEstimate);
    if (estimate === undefined) {
      const reason =
        rawEstimate === "" || /^#?n\/?a$/i.test(rawEstimate) ? "not_available" : "bad_number";
      issues.push({ line: r.line, reason, action: "skipped", detail: rawEstimate || undefined });
      continue;
    }
    const key = `${countryId}|${indicator}|${year}`;
    if (seen.has(key)) {
      issues.push({
        line: r.line,
        reason: "duplicate",
        action: "skipped",
        detail: `${code} ${key}`,
      });
      continue;
    }
    seen.add(key);
    const stdError = parseNumber(r.get("stderr")) ?? null;
    rows.push({ line: r.line, countryId, code, indicator, year, estimate, stdError });
  }
  // A WGI update carries data up to the year before it: "2023 update" ends with 2022.
  const named = yearInName(ctx.fileName, /wgi/);
  const release = named ?? (lastYear > 0 ? lastYear + 1 : undefined);
  const vintage = ctx.vintage ?? (release ? `WGI ${release} update` : undefined);
  return { vintage, rowsRead: records.length, rows, issues };
}

export const wgiImporter: Importer<WgiRow[]> = {
  kind: "wgi",
  parse: parseWgi,
  tables: (rows) => [
    {
      table: "wgi_scores",
      columns: [
        "country_id",
        "indicator",
        "year",
        "estimate",
        "std_error",
        "code_in_source",
        "source_line",
      ],
      rows: rows.map((w) => [
        w.countryId,
        w.indicator,
        w.year,
        w.estimate,
        w.stdError,
        w.code,
        w.line,
      ]),
    },
  ],
};
