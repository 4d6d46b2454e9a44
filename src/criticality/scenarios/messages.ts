import { messages } from "../../platform/i18n/i18n.ts";

export const scenarioText = messages({
  title: { fr: "Scénario d’approvisionnement", en: "Supply scenario" },
  lead: {
    fr: "Effet d’un changement de l’offre mondiale sur la concentration (IHH), le risque d’approvisionnement (RA, méthode UE) et la criticité, au point de vue mondial. Les membres des deux parties peuvent enregistrer le résultat pour le partager.",
    en: "Effect of a change in world supply on concentration (HHI), supply risk (SR, EU method) and criticality, from the global point of view. Members of both parties may save the result to share it.",
  },
  material: { fr: "Matière", en: "Material" },
  kind: { fr: "Changement", en: "Change" },
  supply_cut: { fr: "Baisse de production (%)", en: "Supply cut (%)" },
  export_restriction: {
    fr: "Restriction à l’export (facteur t)",
    en: "Export restriction (factor t)",
  },
  new_supply: { fr: "Nouvelle capacité (unité de la source)", en: "New supply (source unit)" },
  country: { fr: "Pays (ISO alpha-3)", en: "Country (ISO alpha-3)" },
  stage: { fr: "Étape", en: "Stage" },
  mine: { fr: "extraction (mine)", en: "extraction (mine)" },
  refinery: { fr: "transformation (raffinage)", en: "processing (refining)" },
  value: { fr: "Valeur", en: "Value" },
  compute: { fr: "Calculer", en: "Compute" },
  caption: {
    fr: "{material} : avant et après le scénario (point de vue mondial)",
    en: "{material}: before and after the scenario (global point of view)",
  },
  indicator: { fr: "Indicateur", en: "Indicator" },
  before: { fr: "Avant", en: "Before" },
  after: { fr: "Après", en: "After" },
  delta: { fr: "Écart", en: "Delta" },
  hhi: { fr: "IHH de production — {stage}", en: "Production HHI — {stage}" },
  srStage: { fr: "RA — {stage}", en: "SR — {stage}" },
  sr: { fr: "RA (étape déterminante)", en: "SR (bottleneck stage)" },
  critical: { fr: "Critique", en: "Critical" },
  yes: { fr: "oui", en: "yes" },
  no: { fr: "non", en: "no" },
  omitted: {
    fr: "Étapes évaluées sans données ni valeur publiée : {stages}.",
    en: "Assessed stages with neither data nor a published value: {stages}.",
  },
  published: { fr: "{stage} (RA publié par l’UE)", en: "{stage} (SR published by the EU)" },
  shortfall: {
    fr: "Manque : {quantity} ({year}) retirés par {country} à l’étape {stage}, soit {share} de l’offre mondiale.",
    en: "Shortfall: {quantity} ({year}) removed by {country} at the {stage} stage, {share} of world supply.",
  },
  shortfallParty: {
    fr: "Part de l’approvisionnement connu de la partie venant de ce pays : {share}.",
    en: "Share of the party’s known sourcing from this country: {share}.",
  },
  remaining: {
    fr: "Le RA « après » mesure la concentration de l’offre qui reste, pas une matière devenue plus sûre.",
    en: "The SR “after” measures the concentration of the supply that remains, not a safer material.",
  },
  notComputed: {
    fr: "Étape {stage} : RA publié par l’UE, sans série de production ; ce changement ({country}) n’y est pas calculé.",
    en: "Stage {stage}: SR published by the EU, without a production series; this change ({country}) is not computed there.",
  },
  sources: {
    fr: "Sources : USGS {production} ; WGI {wgi} (médiane {median} pour les producteurs sans WGI : {fallbackFor}) ; {eu} (taux de recyclage, indice de substitution, IE {ei}, facteurs t). Seuils : RA ≥ {srT} et IE ≥ {eiT}.",
    en: "Sources: USGS {production}; WGI {wgi} (median {median} for producers without a WGI: {fallbackFor}); {eu} (recycling rate, substitution index, EI {ei}, factors t). Thresholds: SR ≥ {srT} and EI ≥ {eiT}.",
  },
  otherCountries: { fr: "Autres pays", en: "Other countries" },
  invalidValue: { fr: "Valeur numérique attendue.", en: "A number is expected." },
});
