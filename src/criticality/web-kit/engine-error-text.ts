import { fail } from "../../platform/errors/app-error.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, messages, type Texts } from "../../platform/i18n/i18n.ts";
import { EngineError, type EngineErrorCode } from "../engine/index.ts";
import { CaseFileError } from "../geopolrisk-case/read-case.ts";
import { MATERIALS } from "../reference/materials.ts";
import { STAGES } from "../reference/stages.ts";
import { criticalityText } from "./messages.ts";

const TEXTS: Record<EngineErrorCode, Texts> = {
  unknown_material: { fr: "matière inconnue", en: "unknown material" },
  unknown_country: { fr: "pays inconnu", en: "unknown country" },
  unknown_stage: { fr: "étape de la chaîne de valeur inconnue", en: "unknown value-chain stage" },
  unknown_party: {
    fr: "point de vue inconnu (global, qc ou fr)",
    en: "unknown view (global, qc or fr)",
  },
  missing_input: { fr: "donnée d’entrée manquante", en: "missing input" },
  invalid_share: { fr: "part invalide", en: "invalid share" },
  invalid_quantity: { fr: "quantité négative ou non finie", en: "negative or non-finite quantity" },
  invalid_parameter: { fr: "paramètre hors de son domaine", en: "parameter out of range" },
  invalid_percentage: { fr: "pourcentage hors de 0–100", en: "percentage outside 0–100" },
  negative_capacity: { fr: "capacité négative", en: "negative capacity" },
  empty_supply: { fr: "production totale nulle", en: "total supply is zero" },
};

/** The engine's code as a phrase in the user's language; unknown codes are shown as they are. */
export function engineErrorText(code: string, lang: Lang): string {
  return TEXTS[code as EngineErrorCode]?.[lang] ?? code;
}

/** The names of the engine's detail keys; a key not listed here is shown as the engine wrote it. */
const LABELS: Record<string, Texts> = {
  material: { fr: "matière", en: "material" },
  stage: { fr: "étape", en: "stage" },
  stages: { fr: "étapes évaluées", en: "assessed stages" },
  country: { fr: "pays", en: "country" },
  partner: { fr: "partenaire", en: "partner" },
  party: { fr: "point de vue", en: "view" },
  parties: { fr: "points de vue", en: "views" },
  percent: { fr: "pourcentage", en: "percentage" },
  capacity: { fr: "capacité", en: "capacity" },
  quantity: { fr: "quantité", en: "quantity" },
  value: { fr: "valeur", en: "value" },
  share: { fr: "part", en: "share" },
  sum: { fr: "somme des parts", en: "sum of shares" },
  parameter: { fr: "paramètre", en: "parameter" },
  min: { fr: "minimum", en: "minimum" },
  max: { fr: "maximum", en: "maximum" },
  index: { fr: "rang", en: "index" },
  input: { fr: "donnée", en: "input" },
  missing: { fr: "manquant", en: "missing" },
  producers: { fr: "producteurs", en: "producers" },
  rows: { fr: "lignes", en: "rows" },
  draws: { fr: "tirages", en: "draws" },
  seed: { fr: "graine", en: "seed" },
};

/** The detail that names the entity an `unknown_*` error is about, quoted after the phrase. */
const SUBJECT: Partial<Record<EngineErrorCode, string>> = {
  unknown_material: "material",
  unknown_country: "country",
  unknown_stage: "stage",
  unknown_party: "party",
};

const text = messages({
  subject: { fr: "{what} « {name} »", en: "{what} “{name}”" },
  pair: { fr: "{label} : {value}", en: "{label}: {value}" },
  withDetails: { fr: "{what} ({details})", en: "{what} ({details})" },
});

const MATERIAL_NAMES = new Map(MATERIALS.map((m) => [m.id, m]));
const STAGE_NAMES = new Map<string, Texts>(STAGES.map((s) => [s.id, s]));

/** A stage as the matrix and the factsheets name it, else as the reference names it. */
function stageName(stage: string, lang: Lang): string {
  if (stage === "extraction") return criticalityText(lang, "stageExtraction");
  if (stage === "processing") return criticalityText(lang, "stageProcessing");
  return STAGE_NAMES.get(stage)?.[lang] ?? stage;
}

/** A detail's value in words: materials and stages by their names, numbers in the language's form. */
function valueText(key: string, value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => valueText(key, v, lang)).join(", ");
  if (typeof value === "number") return formatNumber(lang, value, 6);
  if (typeof value === "string") {
    if (key === "material") return MATERIAL_NAMES.get(value)?.[lang] ?? value;
    if (key === "stage" || key === "stages") return stageName(value, lang);
    return value;
  }
  if (value === undefined || value === null) return "—";
  return JSON.stringify(value);
}

/**
 * « pays inconnu « ZZZ » (matière : cobalt, étape : extraction) »: the engine's code as a
 * phrase, the entity it could not find, then the other details, every word in `lang`.
 */
function engineDetail(error: EngineError, lang: Lang): string {
  const subject = SUBJECT[error.code];
  const entries = Object.entries(error.details ?? {});
  const named = entries.find(([k]) => k === subject);
  const phrase = TEXTS[error.code]?.[lang] ?? error.code;
  const what = named
    ? text(lang, "subject", { what: phrase, name: valueText(named[0], named[1], lang) })
    : phrase;
  const details = entries
    .filter(([k]) => k !== subject)
    .map(([k, v]) =>
      text(lang, "pair", { label: LABELS[k]?.[lang] ?? k, value: valueText(k, v, lang) }),
    )
    .join(", ");
  return details ? text(lang, "withDetails", { what, details }) : what;
}

/**
 * The engine speaks in codes with details; users get a sentence in their language that names
 * the offending values. The refusal carries both languages, so that the API answers in the
 * request's language and a page in its own, under the catalogue's stable id.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof CaseFileError) {
    return fail("criticality_input_file", { file: error.file, reason: error.reason });
  }
  if (error instanceof EngineError) {
    return fail("criticality_invalid_input", {
      detail: { fr: engineDetail(error, "fr"), en: engineDetail(error, "en") },
    });
  }
  return error;
}
