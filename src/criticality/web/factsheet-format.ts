import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";

const NNBSP = "\u202f";
/** A fraction as a percentage: « 75,8 % » / "75.8%". */
export const percent = (lang: Lang, fraction: number) =>
  `${formatNumber(lang, fraction * 100, 1)}${lang === "fr" ? `${NNBSP}%` : "%"}`;
