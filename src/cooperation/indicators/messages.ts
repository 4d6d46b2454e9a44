import { type Lang, messages } from "../../platform/i18n/i18n.ts";
import type { IndicatorDef, IndicatorId } from "./catalogue.ts";

const LABELS: Record<IndicatorId, { fr: string; en: string }> = {
  ghg_emissions: { fr: "Émissions de GES", en: "GHG emissions" },
  ghg_intensity: {
    fr: "Intensité GES par tonne de produit",
    en: "GHG intensity per tonne of product",
  },
  water_withdrawn: { fr: "Eau prélevée", en: "Water withdrawn" },
  water_recycled: { fr: "Eau recyclée", en: "Water recycled" },
  water_recycled_share: { fr: "Part d’eau recyclée", en: "Share of water recycled" },
  energy: { fr: "Énergie consommée", en: "Energy used" },
  renewable_share: { fr: "Part d’énergie renouvelable", en: "Renewable energy share" },
  land_disturbed: { fr: "Terres perturbées", en: "Land disturbed" },
  land_rehabilitated: { fr: "Terres réhabilitées", en: "Land rehabilitated" },
  community_meetings: { fr: "Rencontres avec les communautés", en: "Community meetings" },
  community_agreements: { fr: "Ententes avec les communautés", en: "Community agreements" },
  community_complaints: { fr: "Plaintes reçues", en: "Complaints received" },
};

export const indicatorLabel = (lang: Lang, id: string): string =>
  LABELS[id as IndicatorId]?.[lang] ?? id;

/** "count" is a word, not a symbol: shown in the reader's language. */
export const unitLabel = (lang: Lang, unit: string): string =>
  unit === "count" ? indicatorText(lang, "countUnit") : unit;

export const allowedUnits = (lang: Lang, def: IndicatorDef): string =>
  Object.keys(def.units)
    .map((u) => unitLabel(lang, u))
    .join(", ");

export const indicatorText = messages({
  sectionTitle: { fr: "Indicateurs de durabilité", en: "Sustainability indicators" },
  pageTitle: { fr: "Indicateurs de durabilité — {code}", en: "Sustainability indicators — {code}" },
  none: {
    fr: "Aucune valeur d’indicateur n’a encore été saisie pour ce projet.",
    en: "No indicator value has been entered for this project yet.",
  },
  year: { fr: "Année", en: "Year" },
  baseline: { fr: "Référence", en: "Baseline" },
  target: { fr: "Cible", en: "Target" },
  actual: { fr: "Réel", en: "Actual" },
  unit: { fr: "Unité", en: "Unit" },
  indicator: { fr: "Indicateur", en: "Indicator" },
  countUnit: { fr: "nombre", en: "count" },
  tableCaption: {
    fr: "{indicator} ({unit}) : référence, cible et réel par année",
    en: "{indicator} ({unit}): baseline, target and actual by year",
  },
  chartTitle: { fr: "Trajectoire : {indicator}", en: "Trajectory: {indicator}" },
  chartDesc: {
    fr: "Courbes de la référence, de la cible et du réel de {first} à {last} ; les valeurs sont dans le tableau qui suit.",
    en: "Lines of the baseline, target and actual from {first} to {last}; the values are in the table that follows.",
  },
  formTitle: { fr: "Saisir ou corriger une valeur", en: "Enter or correct a value" },
  formHelp: {
    fr: "Laissez vide ce qui n’est pas connu. Une valeur donnée dans une unité convertible (kt CO2e, GWh, km²…) est convertie exactement dans l’unité de l’indicateur.",
    en: "Leave blank what is not known. A value given in a convertible unit (kt CO2e, GWh, km²…) is converted exactly to the indicator’s unit.",
  },
  save: { fr: "Enregistrer", en: "Save" },
  saved: { fr: "Valeurs enregistrées.", en: "Values saved." },
  converted: {
    fr: "Converti : {from} {fromUnit} = {to} {toUnit}.",
    en: "Converted: {from} {fromUnit} = {to} {toUnit}.",
  },
  delete: { fr: "Supprimer", en: "Delete" },
  deleted: { fr: "Valeur supprimée.", en: "Value deleted." },
  confirmDelete: {
    fr: "Supprimer les valeurs de « {indicator} » pour {year} ?",
    en: "Delete the values of “{indicator}” for {year}?",
  },
  confirm: { fr: "Oui, supprimer", en: "Yes, delete" },
  cancel: { fr: "Annuler", en: "Cancel" },
  back: { fr: "Retour au projet", en: "Back to the project" },
  manage: { fr: "Saisir les indicateurs", en: "Enter indicators" },
  allowed: { fr: "unités admises : {units}", en: "allowed units: {units}" },
});
