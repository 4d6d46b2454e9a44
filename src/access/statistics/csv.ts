import { BOM, csvLine } from "../../platform/audit/csv.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { JURISDICTION_LABELS, OUTCOME_LABELS } from "../requests/messages.ts";
import { OUTCOMES } from "../requests/status.ts";
import type { Figures } from "./compute.ts";
import { statsText as t } from "./messages.ts";

/**
 * One line per year and jurisdiction. Headers are in the reader's language; numbers keep a dot
 * as decimal mark and have no thousands separator, so that any tool parses them; an undefined
 * figure (no decision to measure) is an empty cell, not zero.
 */
export function statisticsCsv(lang: Lang, figures: readonly Figures[]): string {
  const header = [
    t(lang, "csvYearColumn"),
    t(lang, "csvJurisdiction"),
    t(lang, "csvAdministration"),
    t(lang, "received"),
    t(lang, "decided"),
    ...OUTCOMES.map((o) => localise(OUTCOME_LABELS[o], lang)),
    t(lang, "medianDays"),
    t(lang, "p90Days"),
    t(lang, "csvOnTime"),
    t(lang, "csvOnTimeShare"),
    t(lang, "extended"),
    t(lang, "reviews"),
    t(lang, "withdrawn"),
    t(lang, "open"),
    t(lang, "csvArticles"),
  ];
  const lines = figures.map((f) => [
    String(f.year),
    f.jurisdiction,
    localise(JURISDICTION_LABELS[f.jurisdiction], lang),
    String(f.received),
    String(f.decided),
    ...OUTCOMES.map((o) => String(f.byOutcome[o])),
    f.medianDays === null ? "" : String(f.medianDays),
    f.p90Days === null ? "" : String(f.p90Days),
    String(f.onTime),
    f.onTimeShare === null ? "" : String(Math.round(f.onTimeShare * 1000) / 10),
    String(f.extended),
    String(f.reviews),
    String(f.withdrawn),
    String(f.open),
    f.articles.map((a) => `${a.article} (${a.count})`).join("; "),
  ]);
  return BOM + [header, ...lines].map(csvLine).join("");
}

/** « statistiques-acces-2024.csv », or « …-toutes-annees.csv » for every year. */
export function csvFileName(lang: Lang, year: number | undefined): string {
  return `${t(lang, "csvFile")}-${year ?? t(lang, "csvAllYears")}.csv`;
}
