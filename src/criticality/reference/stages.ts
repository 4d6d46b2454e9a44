import type { Texts } from "../../platform/i18n/i18n.ts";

/** Value-chain stages, in chain order; ids are shared with the engine (extraction, processing…). */
export const STAGES = [
  { id: "exploration", fr: "exploration", en: "exploration" },
  { id: "extraction", fr: "extraction (mine)", en: "extraction (mining)" },
  { id: "processing", fr: "transformation (raffinage)", en: "processing (refining)" },
  { id: "smelting", fr: "fonderie", en: "smelting" },
  { id: "manufacturing", fr: "fabrication", en: "manufacturing" },
  { id: "recycling", fr: "recyclage", en: "recycling" },
] as const satisfies readonly ({ id: string } & Texts)[];

export type StageId = (typeof STAGES)[number]["id"];

const PROCESSING =
  /refinery|refined|alumina|plant|sponge|pigment|ferrosilicon|silicon metal|pig iron|raw steel|cement|clinker|\blime\b|ammonia|trioxide|rare gases|low-purity|calcined/;

/**
 * The stage a USGS description names: "Mine production" → extraction, "Smelter capacity" →
 * smelting, "Refinery production" → processing. Undefined when the words say nothing.
 */
export function stageFromText(text: string): StageId | undefined {
  const t = text.toLowerCase();
  if (/\bmine\b|\bmining\b/.test(t)) return "extraction";
  if (/smelter/.test(t)) return "smelting";
  if (PROCESSING.test(t)) return "processing";
  return undefined;
}
