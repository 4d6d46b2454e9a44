import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";

const NNBSP = "\u202f";
/** A fraction as a percentage: « 75,8 % » / "75.8%". */
export const percent = (lang: Lang, fraction: number) =>
  `${formatNumber(lang, fraction * 100, 1)}${lang === "fr" ? `${NNBSP}%` : "%"}`;

/** The USGS's quantity units in French (the source writes English); other units as written. */
const UNITS_FR: Record<string, string> = {
  "metric tons": "tonnes",
  "thousand metric tons": "milliers de tonnes",
  "million metric tons": "millions de tonnes",
  "thousand metric dry tons": "milliers de tonnes sèches",
  kilograms: "kilogrammes",
  "million carats": "millions de carats",
  "thousands of carats": "milliers de carats",
  "million cubic meters": "millions de mètres cubes",
  "million liters": "millions de litres",
  number: "nombre",
};

/** A source unit in the reader's language: « tonnes » for "metric tons" on French pages. */
export const unitLabel = (lang: Lang, unit: string) =>
  lang === "fr" ? (UNITS_FR[unit.trim()] ?? unit) : unit;

/** A dataset vintage as the source names it, in French where it carries English words. */
export const vintageLabel = (lang: Lang, vintage: string) =>
  lang === "fr" ? vintage.replace(/^WGI (\d{4}) update$/, "WGI, mise à jour $1") : vintage;
