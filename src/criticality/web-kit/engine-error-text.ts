import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { EngineError, type EngineErrorCode } from "../engine/index.ts";
import { CaseFileError } from "../geopolrisk-case/read-case.ts";

const TEXTS: Record<EngineErrorCode, { fr: string; en: string }> = {
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

/**
 * The engine speaks in codes with details; users get a sentence in their language that names
 * the offending values.
 */
export function toAppError(error: unknown, lang: Lang): unknown {
  if (error instanceof CaseFileError) {
    return fail("criticality_input_file", { file: error.file, reason: error.reason[lang] });
  }
  if (error instanceof EngineError) {
    const details = Object.entries(error.details ?? {})
      .map(([k, v]) => `${k} = ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
      .join(", ");
    const text = TEXTS[error.code]?.[lang] ?? error.message;
    return fail("criticality_invalid_input", { detail: details ? `${text} (${details})` : text });
  }
  return error;
}
