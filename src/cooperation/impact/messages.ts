import { messages } from "../../platform/i18n/i18n.ts";

export const impactText = messages({
  sectionTitle: { fr: "Effet sur la diversification", en: "Effect on diversification" },
  explain: {
    fr: "Si la capacité ajoutée approvisionnait chaque partie : la production mondiale du pays augmente, et la capacité entre dans l’approvisionnement de la partie (production intérieure si le pays est le sien, sinon importations remplacées au prorata).",
    en: "If the added capacity supplied each party: the country’s world production grows, and the capacity enters the party’s sourcing (domestic supply if the country is its own, otherwise imports replaced pro rata).",
  },
  none: { fr: "Ce projet n’ajoute aucune capacité.", en: "This project adds no capacity." },
  party: { fr: "Vue", en: "View" },
  hhi: { fr: "IHH avant → après", en: "HHI before → after" },
  sr: { fr: "Risque d’approvisionnement avant → après", en: "Supply risk before → after" },
  delta: { fr: "Écart", en: "Change" },
  critical: { fr: "Critique avant → après", en: "Critical before → after" },
  yes: { fr: "oui", en: "yes" },
  no: { fr: "non", en: "no" },
  missing: { fr: "Données manquantes : {inputs}", en: "Missing inputs: {inputs}" },
  capacityLine: {
    fr: "{stage}, {country} : {tonnes} t/an",
    en: "{stage}, {country}: {tonnes} t/yr",
  },
  hhiLine: { fr: "{stage} : {before} → {after}", en: "{stage}: {before} → {after}" },
  notApplicable: { fr: "Non applicable ({code})", en: "Not applicable ({code})" },
  unassessedNote: {
    fr: "L’UE a évalué la matière « {material} » à l’étape {stages} seulement : {capacities} ne change son risque d’approvisionnement dans aucune vue, car ce risque est celui des étapes évaluées.",
    en: "The EU assessed “{material}” at the {stages} stage only: {capacities} does not change its supply risk in any view, since that risk is the assessed stages’.",
  },
  unassessedCapacity: {
    fr: "la capacité de {tonnes} t/an ({country}) à l’étape {stage}",
    en: "the capacity of {tonnes} t/yr ({country}) at the {stage} stage",
  },
  unassessedShort: {
    fr: "étape non évaluée par l’UE : {stages} (sans effet)",
    en: "stage not assessed by the EU: {stages} (no effect)",
  },
  remark: { fr: "Remarque", en: "Note" },
  partyGlobal: { fr: "Monde", en: "Global" },
  partyFr: { fr: "France–UE", en: "France–EU" },
  partyQc: { fr: "Québec–Canada", en: "Québec–Canada" },
  addTitle: { fr: "Ajouter une capacité", en: "Add a capacity" },
  material: { fr: "Matière", en: "Material" },
  stage: { fr: "Étape", en: "Stage" },
  country: { fr: "Pays", en: "Country" },
  chooseMaterial: { fr: "— Choisir une matière —", en: "— Choose a material —" },
  chooseCountry: { fr: "— Choisir un pays —", en: "— Choose a country —" },
  projectMaterials: { fr: "Matières du projet", en: "The project’s materials" },
  otherMaterials: { fr: "Autres matières", en: "Other materials" },
  tonnes: { fr: "Tonnes par an", en: "Tonnes per year" },
  add: { fr: "Ajouter la capacité", en: "Add the capacity" },
  remove: { fr: "Retirer", en: "Remove" },
  removeLabel: {
    fr: "Retirer la capacité {material}, {stage}, {country}",
    en: "Remove the capacity {material}, {stage}, {country}",
  },
  removeTitle: {
    fr: "Retirer une capacité du projet {code}",
    en: "Remove a capacity from project {code}",
  },
  removeText: {
    fr: "Cette capacité ne comptera plus dans l’effet du projet sur la diversification ; le retrait est consigné au journal.",
    en: "This capacity will no longer count in the project’s effect on diversification; the removal is recorded in the audit log.",
  },
  removeCheckbox: {
    fr: "Je confirme le retrait de cette capacité",
    en: "I confirm removing this capacity",
  },
  removeConfirm: { fr: "Retirer la capacité", en: "Remove the capacity" },
  cancel: { fr: "Annuler", en: "Cancel" },
  rankingTitle: {
    fr: "Projets qui réduisent le plus le risque d’approvisionnement",
    en: "Projects that reduce supply risk the most",
  },
  rankingCaption: {
    fr: "{material}, vue {party} : projets classés par baisse du risque d’approvisionnement",
    en: "{material}, {party} view: projects ranked by supply-risk reduction",
  },
  project: { fr: "Projet", en: "Project" },
  rankingNone: {
    fr: "Aucun projet visible n’ajoute de capacité pour cette matière avec un effet calculable.",
    en: "No visible project adds capacity for this material with a computable effect.",
  },
  choose: { fr: "Afficher", en: "Show" },
});
