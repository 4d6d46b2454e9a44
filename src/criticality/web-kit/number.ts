import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";

/** Published values have one decimal: « 1,0 », not « 1 ». */
export function oneDecimal(lang: Lang, v: number): string {
  const text = formatNumber(lang, v, 1);
  return /[.,]/.test(text) ? text : `${text}${lang === "fr" ? "," : "."}0`;
}
