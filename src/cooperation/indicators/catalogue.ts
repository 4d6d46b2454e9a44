/**
 * The sustainability indicators a project reports per year, each with one canonical unit (the
 * unit stored) and the units accepted on input. Every accepted unit is the canonical one times
 * a power of ten, so that a conversion is a shift of the decimal point: exact, never a float.
 */
export type IndicatorKind = "quantity" | "share" | "count";

export type IndicatorDef = {
  id: string;
  kind: IndicatorKind;
  /** The unit stored in project_indicators.unit. */
  unit: string;
  /** Accepted units → the power of ten that turns a value in that unit into the canonical one. */
  units: Readonly<Record<string, number>>;
  /** Grouping shown on the page. */
  theme: "climate" | "water" | "energy" | "land" | "community";
};

const share = (id: string, theme: IndicatorDef["theme"]): IndicatorDef => ({
  id,
  kind: "share",
  unit: "%",
  units: { "%": 0 },
  theme,
});
const count = (id: string): IndicatorDef => ({
  id,
  kind: "count",
  unit: "count",
  units: { count: 0 },
  theme: "community",
});
const TONNES_CO2E = { "t CO2e": 0, "kt CO2e": 3, "Mt CO2e": 6 };
const CUBIC_METRES = { "m³": 0, L: -3, "dam³": 3, "Mm³": 6 };
const HECTARES = { ha: 0, "m²": -4, "km²": 2 };

export const INDICATORS = [
  { id: "ghg_emissions", kind: "quantity", unit: "t CO2e", units: TONNES_CO2E, theme: "climate" },
  {
    id: "ghg_intensity",
    kind: "quantity",
    unit: "t CO2e/t",
    units: { "t CO2e/t": 0, "kg CO2e/t": -3 },
    theme: "climate",
  },
  { id: "water_withdrawn", kind: "quantity", unit: "m³", units: CUBIC_METRES, theme: "water" },
  { id: "water_recycled", kind: "quantity", unit: "m³", units: CUBIC_METRES, theme: "water" },
  share("water_recycled_share", "water"),
  {
    id: "energy",
    kind: "quantity",
    unit: "MWh",
    units: { kWh: -3, MWh: 0, GWh: 3, TWh: 6 },
    theme: "energy",
  },
  share("renewable_share", "energy"),
  { id: "land_disturbed", kind: "quantity", unit: "ha", units: HECTARES, theme: "land" },
  { id: "land_rehabilitated", kind: "quantity", unit: "ha", units: HECTARES, theme: "land" },
  count("community_meetings"),
  count("community_agreements"),
  count("community_complaints"),
] as const satisfies readonly IndicatorDef[];

export type IndicatorId = (typeof INDICATORS)[number]["id"];
export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((d) => d.id);

export function indicatorDef(id: string): IndicatorDef | undefined {
  return (INDICATORS as readonly IndicatorDef[]).find((d) => d.id === id);
}

/** Spelling differences that name the same unit: spaces, case, CO₂ vs CO2, m3 vs m³. */
export function unitKey(unit: string): string {
  return unit
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/₂/g, "2")
    .replace(/(m|km)2\b/g, "$1²")
    .replace(/m3\b/g, "m³")
    .replace(/^(nombre|number|nb)$/i, "count")
    .toLowerCase();
}

/** The accepted unit that `unit` spells, with its power of ten; undefined when not accepted. */
export function matchUnit(def: IndicatorDef, unit: string): { unit: string; exp: number } | null {
  const key = unitKey(unit);
  for (const [u, exp] of Object.entries(def.units)) if (unitKey(u) === key) return { unit: u, exp };
  return null;
}
