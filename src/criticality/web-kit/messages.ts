import type { Lang } from "../../platform/i18n/i18n.ts";
import { messages } from "../../platform/i18n/i18n.ts";
import type { ViewCode } from "../../shared/party.ts";
import type { CriticalityBasis, MissingInput } from "../engine/index.ts";

export const criticalityText = messages({
  matrixTitle: { fr: "Matrice de criticité", en: "Criticality matrix" },
  matrixLead: {
    fr: "Risque d’approvisionnement (RA) et importance économique (IE) des matières premières évaluées par l’Union européenne en 2023, avec les seuils de criticité.",
    en: "Supply risk (SR) and economic importance (EI) of the raw materials assessed by the European Union in 2023, with the criticality thresholds.",
  },
  partyLegend: { fr: "Point de vue", en: "Point of view" },
  partyLabel: { fr: "Partie", en: "Party" },
  partyGlobal: { fr: "Mondial", en: "Global" },
  partyQc: { fr: "Québec–Canada", en: "Québec–Canada" },
  partyFr: { fr: "France–UE", en: "France–EU" },
  show: { fr: "Afficher", en: "Show" },
  missingTitle: {
    fr: "Données d’approvisionnement manquantes pour ce point de vue",
    en: "Supply data missing for this point of view",
  },
  missingLead: {
    fr: "Aucune valeur publiée n’existe pour le point de vue {party}, et les données nécessaires au calcul ne sont pas encore chargées. Il manque :",
    en: "No published values exist for the {party} point of view, and the data needed to compute them are not loaded yet. Missing:",
  },
  missingItem: {
    fr: "{input} — étape {stage} ({n} matières)",
    en: "{input} — {stage} stage ({n} materials)",
  },
  missingItemNoStage: { fr: "{input} ({n} matières)", en: "{input} ({n} materials)" },
  missingHint: {
    fr: "Seul le point de vue France–UE dispose aujourd’hui de valeurs publiées (évaluation de l’UE 2023).",
    en: "Only the France–EU point of view has published values today (EU 2023 assessment).",
  },
  chartTitle: {
    fr: "Matrice de criticité, point de vue {view} : RA selon l’IE",
    en: "Criticality matrix, {view} point of view: SR against EI",
  },
  viewGlobalInSentence: { fr: "mondial", en: "global" },
  chartDesc: {
    fr: "Nuage de points de {n} matières : importance économique en abscisse, risque d’approvisionnement en ordonnée ; seuils IE = {ei} et RA = {sr}. {critical} matières critiques, dont {strategic} au titre stratégique. Les mêmes données figurent dans le tableau qui suit.",
    en: "Scatter plot of {n} materials: economic importance on the x axis, supply risk on the y axis; thresholds EI = {ei} and SR = {sr}. {critical} critical materials, {strategic} of them as strategic. The same data are in the table that follows.",
  },
  axisEi: { fr: "Importance économique (IE)", en: "Economic importance (EI)" },
  axisSr: { fr: "Risque d’approvisionnement (RA)", en: "Supply risk (SR)" },
  thresholdEi: { fr: "seuil IE {v}", en: "EI threshold {v}" },
  thresholdSr: { fr: "seuil RA {v}", en: "SR threshold {v}" },
  seriesThresholds: { fr: "Critique (seuils atteints)", en: "Critical (thresholds met)" },
  seriesStrategic: { fr: "Critique (stratégique)", en: "Critical (strategic)" },
  seriesNotCritical: { fr: "Non critique", en: "Not critical" },
  unlabelledTitle: {
    fr: "Matières critiques non étiquetées sur le graphique",
    en: "Critical materials not labelled on the chart",
  },
  unlabelledItem: { fr: "{name} (RA {sr} ; IE {ei})", en: "{name} (SR {sr}; EI {ei})" },
  source: {
    fr: "Source : {source}. Jeu de données « {vintage} » ({file}), importé le {date}. Seuils : RA ≥ {sr} et IE ≥ {ei} (inclusifs) ; cuivre et nickel figurent sur la liste de l’UE au titre stratégique (règlement (UE) 2024/1252, annexe II).",
    en: "Source: {source}. Dataset “{vintage}” ({file}), imported on {date}. Thresholds: SR ≥ {sr} and EI ≥ {ei} (inclusive); copper and nickel are on the EU list as strategic (Regulation (EU) 2024/1252, Annex II).",
  },
  tableCaption: {
    fr: "Valeurs publiées de l’évaluation de l’UE 2023 ({n} matières, dont {critical} critiques)",
    en: "Published values of the EU 2023 assessment ({n} materials, {critical} of them critical)",
  },
  colMaterial: { fr: "Matière", en: "Material" },
  colSr: { fr: "RA", en: "SR" },
  colEi: { fr: "IE", en: "EI" },
  colStage: { fr: "Étape déterminante", en: "Bottleneck stage" },
  colBasis: { fr: "Classement", en: "Classification" },
  colStages: { fr: "RA par étape (provenance)", en: "SR by stage (provenance)" },
  provComputed: { fr: "calculé, USGS", en: "computed, USGS" },
  provPublished: { fr: "publié par l’UE", en: "published by the EU" },
  provMissing: { fr: "manquant", en: "missing" },
  srAbbr: { fr: "Risque d’approvisionnement", en: "Supply risk" },
  eiAbbr: { fr: "Importance économique", en: "Economic importance" },
  sortBy: { fr: "Trier par {col}", en: "Sort by {col}" },
  basisThresholds: { fr: "Critique (seuils)", en: "Critical (thresholds)" },
  basisStrategic: { fr: "Critique (stratégique)", en: "Critical (strategic)" },
  insufficientData: {
    fr: "Données insuffisantes (non classée)",
    en: "Insufficient data (not ranked)",
  },
  stageExtraction: { fr: "extraction", en: "extraction" },
  stageProcessing: { fr: "transformation", en: "processing" },
  publishedMark: { fr: "{stage} (RA publié)", en: "{stage} (published SR)" },
  basisNone: { fr: "Non critique", en: "Not critical" },
  noData: {
    fr: "Les résultats de l’évaluation de l’UE ne sont pas encore chargés. Exécutez « alliage db seed ».",
    en: "The EU assessment results have not been loaded yet. Run “alliage db seed”.",
  },
  listsLink: { fr: "Comparer les listes officielles", en: "Compare the official lists" },
  complementarityLink: {
    fr: "Complémentarité : ce que le Canada produit et dont l’UE dépend",
    en: "Complementarity: what Canada produces and the EU depends on",
  },
  compareLink: {
    fr: "Comparer les parties pour une matière",
    en: "Compare the parties for a material",
  },
  matrixLink: { fr: "Voir la matrice de criticité", en: "See the criticality matrix" },
  listsTitle: {
    fr: "Listes officielles de minéraux critiques",
    en: "Official critical mineral lists",
  },
  listsLead: {
    fr: "Les listes du Québec, de l’Union européenne et des États-Unis côte à côte : une ligne par matière présente sur au moins une liste.",
    en: "The lists of Québec, the European Union and the United States side by side: one row per material on at least one list.",
  },
  listsCaption: {
    fr: "{n} matières sur au moins une des {lists} listes",
    en: "{n} materials on at least one of the {lists} lists",
  },
  listCount: { fr: "{n} matières", en: "{n} materials" },
  listed: { fr: "Inscrite", en: "Listed" },
  listedStrategic: { fr: "Inscrite, stratégique", en: "Listed, strategic" },
  notListed: { fr: "Non inscrite", en: "Not listed" },
  listsNote: {
    fr: "★ : inscrite comme minéral stratégique (Québec) ou au titre stratégique sans atteindre les seuils (UE) ; ✓ : inscrite.",
    en: "★: listed as a strategic mineral (Québec) or as strategic without meeting the thresholds (EU); ✓: listed.",
  },
  listQc2020: { fr: "Québec 2020", en: "Québec 2020" },
  listEu2024: { fr: "UE 2024 (annexe II)", en: "EU 2024 (Annex II)" },
  listUs2022: { fr: "États-Unis 2022", en: "United States 2022" },
  listUs2025: { fr: "États-Unis 2025", en: "United States 2025" },
  inputGlobalSupply: {
    fr: "production mondiale par pays (approvisionnement mondial)",
    en: "world production by country (global supply)",
  },
  inputPartySourcing: {
    fr: "approvisionnement propre de la partie (pays d’origine)",
    en: "the party’s own sourcing (countries of origin)",
  },
  inputImportReliance: { fr: "dépendance aux importations", en: "import reliance" },
  inputSubstitution: { fr: "indice de substitution", en: "substitution index" },
  inputEolRir: {
    fr: "taux d’intégration de matières recyclées en fin de vie",
    en: "end-of-life recycling input rate",
  },
  inputEi: { fr: "importance économique", en: "economic importance" },
  inputWgi: { fr: "indicateurs de gouvernance (WGI)", en: "governance indicators (WGI)" },
  inputOther: { fr: "autre donnée ({input})", en: "other input ({input})" },
});

export type CriticalityKey = Parameters<typeof criticalityText>[1];

const PARTY_KEYS = { global: "partyGlobal", qc: "partyQc", fr: "partyFr" } as const;
export const partyLabel = (lang: Lang, party: ViewCode) => criticalityText(lang, PARTY_KEYS[party]);
/** A view's name inside a sentence (« point de vue mondial »), where the menu says « Mondial ». */
export const viewInSentence = (lang: Lang, party: ViewCode) =>
  party === "global" ? criticalityText(lang, "viewGlobalInSentence") : partyLabel(lang, party);

export function basisLabel(lang: Lang, basis: CriticalityBasis): string {
  if (basis === "thresholds") return criticalityText(lang, "basisThresholds");
  if (basis === "strategic") return criticalityText(lang, "basisStrategic");
  return criticalityText(lang, "basisNone");
}

const LIST_KEYS: Record<string, CriticalityKey> = {
  "qc-2020": "listQc2020",
  "eu-2024-annex-ii": "listEu2024",
  "us-2022": "listUs2022",
  "us-2025": "listUs2025",
};
/** A list's name in the reader's language; lists added later show their id. */
export function listLabel(lang: Lang, id: string): string {
  const key = LIST_KEYS[id];
  return key ? criticalityText(lang, key) : id;
}

export function inputLabel(lang: Lang, input: MissingInput["input"]): string {
  switch (input) {
    case "global_supply":
    case "world_production":
      return criticalityText(lang, "inputGlobalSupply");
    case "party_sourcing":
      return criticalityText(lang, "inputPartySourcing");
    case "import_reliance":
      return criticalityText(lang, "inputImportReliance");
    case "wgi":
      return criticalityText(lang, "inputWgi");
    case "substitution_index":
      return criticalityText(lang, "inputSubstitution");
    case "eol_rir":
      return criticalityText(lang, "inputEolRir");
    case "economic_importance":
      return criticalityText(lang, "inputEi");
    default:
      return criticalityText(lang, "inputOther", { input });
  }
}
