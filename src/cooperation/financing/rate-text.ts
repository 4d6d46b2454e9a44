import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang, Texts } from "../../platform/i18n/i18n.ts";

/**
 * Sources the platform itself writes (the form's suggestion, the demonstration data), each in
 * both languages: a page shows the one of its language. Rows stored before, with both joined by
 * « / », read the same; a source typed by hand is shown as typed.
 */
export const RATE_SOURCES = {
  bankOfCanada: {
    fr: "Banque du Canada, taux de change quotidiens",
    en: "Bank of Canada daily exchange rates",
  },
  demo: {
    fr: "Valeur illustrative (données de démonstration)",
    en: "Illustrative value (demo data)",
  },
} satisfies Record<string, Texts>;

export function rateSourceIn(lang: Lang, stored: string): string {
  const known = Object.values(RATE_SOURCES).find(
    (s) => stored === s.fr || stored === s.en || stored === `${s.fr} / ${s.en}`,
  );
  return known ? known[lang] : stored;
}

/** « 1,49 » / "1.49" from the stored « 1.49000000 »: the exact value, without trailing zeros. */
export const formatRate = (lang: Lang, rate: string): string => formatNumber(lang, Number(rate), 8);
