/**
 * Checks one indicator value as typed: a known indicator, an accepted unit, a decimal number,
 * never negative, a share within 0–100, a count whole. Values in a convertible unit come back
 * in the canonical unit, with what was converted so the page can say so.
 */
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { compareDecimal, isNegative, parseDecimal, shiftDecimal } from "../shared/decimal.ts";
import { INDICATOR_IDS, type IndicatorDef, indicatorDef, matchUnit } from "./catalogue.ts";
import { allowedUnits, indicatorLabel } from "./messages.ts";

export type Conversion = { from: string; fromUnit: string; to: string; toUnit: string };

export function requireIndicator(id: string): IndicatorDef {
  const def = indicatorDef(id);
  if (!def) throw fail("indicator_unknown", { indicator: id, known: INDICATOR_IDS.join(", ") });
  return def;
}

export function requireYear(raw: string | number): number {
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw fail("indicator_year_invalid", { year: String(raw) });
  }
  return year;
}

/** The canonical unit for `unit` as typed; localised error when the indicator does not take it. */
export function requireUnit(def: IndicatorDef, unit: string, lang: Lang) {
  const match = matchUnit(def, unit);
  if (!match) {
    throw fail("indicator_unit_invalid", {
      unit,
      indicator: indicatorLabel(lang, def.id),
      allowed: allowedUnits(lang, def),
    });
  }
  return match;
}

/** One value in the canonical unit (exact decimal text), or null when left blank. */
export function canonicalValue(
  def: IndicatorDef,
  raw: string | number | null | undefined,
  unit: { unit: string; exp: number },
  lang: Lang,
  conversions: Conversion[],
): string | null {
  if (raw === null || raw === undefined || String(raw).trim() === "") return null;
  const parsed = parseDecimal(String(raw));
  if (parsed === null) throw fail("indicator_value_invalid", { value: String(raw) });
  const label = indicatorLabel(lang, def.id);
  if (isNegative(parsed))
    throw fail("indicator_value_negative", { indicator: label, value: parsed });
  const value = shiftDecimal(parsed, unit.exp);
  if (def.kind === "share" && compareDecimal(value, "100") > 0) {
    throw fail("indicator_share_range", { indicator: label, value });
  }
  if (def.kind === "count" && value.includes(".")) {
    throw fail("indicator_value_invalid", { value: String(raw) });
  }
  if (unit.exp !== 0) {
    conversions.push({ from: parsed, fromUnit: unit.unit, to: value, toUnit: def.unit });
  }
  return value;
}
