import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { OUTCOME_LABELS } from "../requests/messages.ts";
import { OUTCOMES } from "../requests/status.ts";
import type { Figures } from "./compute.ts";
import { statsText as t } from "./messages.ts";

/** « 85 % » with a narrow no-break space in French, "85%" in English. */
export function formatShare(lang: Lang, share: number): string {
  const n = formatNumber(lang, share * 100, 1);
  return lang === "fr" ? `${n}\u202f%` : `${n}%`;
}

const days = (lang: Lang, value: number | null) =>
  value === null ? t(lang, "none") : formatNumber(lang, value, 1);

/** One line of a jurisdiction's table; `sub` lines break down the line above them. */
export type IndicatorLine = { label: string; value: string; sub?: boolean };

/** The figures of one jurisdiction as the page and the report show them, in reading order. */
export function indicatorLines(lang: Lang, f: Figures): IndicatorLine[] {
  const count = (n: number) => formatNumber(lang, n, 0);
  return [
    { label: t(lang, "received"), value: count(f.received) },
    { label: t(lang, "decided"), value: count(f.decided) },
    ...OUTCOMES.map((o) => ({
      label: t(lang, "outcomeOf", {
        outcome: localise(OUTCOME_LABELS[o], lang).toLocaleLowerCase(lang),
      }),
      value: count(f.byOutcome[o]),
      sub: true,
    })),
    { label: t(lang, "medianDays"), value: days(lang, f.medianDays) },
    { label: t(lang, "p90Days"), value: days(lang, f.p90Days) },
    {
      label: t(lang, "onTimeShare"),
      value:
        f.onTimeShare === null
          ? t(lang, "none")
          : t(lang, "onTimeDetail", {
              share: formatShare(lang, f.onTimeShare),
              n: count(f.onTime),
              total: count(f.decided),
            }),
    },
    { label: t(lang, "extended"), value: count(f.extended) },
    { label: t(lang, "reviews"), value: count(f.reviews) },
    { label: t(lang, "withdrawn"), value: count(f.withdrawn) },
    { label: t(lang, "open"), value: count(f.open) },
  ];
}
