import { messages } from "../../platform/i18n/i18n.ts";

export const complementarityText = messages({
  title: {
    fr: "Complémentarité : ce que le Canada produit et dont l’UE dépend",
    en: "Complementarity: what Canada produces and the EU depends on",
  },
  lead: {
    fr: "Pour chaque matière et étape où le Canada produit (production minière ou de raffinage, USGS) et où l’UE dépend des importations (dépendance publiée par l’UE), la part du Canada dans l’offre mondiale et l’effet, calculé par le moteur de scénarios, sur le RA au point de vue France–UE si l’UE achetait la production canadienne au lieu d’une partie de ses autres importations. Classement : part du Canada × dépendance de l’UE.",
    en: "For each material and stage where Canada produces (mine or refinery production, USGS) and the EU relies on imports (the EU’s published import reliance), Canada’s share of world supply and the effect, computed by the scenario engine, on the France–EU view’s SR if the EU bought Canada’s output instead of part of its other imports. Ranked by Canada’s share × the EU’s reliance.",
  },
  method: {
    fr: "Les importations de l’UE venant d’autres pays tiers diminuent au prorata, à concurrence de la production canadienne ; l’offre mondiale ne change pas, ni donc le RA mondial. La production (USGS, en contenu) et les flux (BACI, en tonnes de produit échangé) ne sont pas dans la même unité : l’écart est un ordre de grandeur. Une étape dont le RA, au point de vue France–UE, est celui publié par l’UE (sans flux commerciaux BACI importés, ou sans série USGS) ne peut pas bouger : son écart est « non calculé » avec la raison. Les flux se chargent avec « alliage data import baci FICHIER.csv ».",
    en: "The EU’s imports from other non-EU countries shrink pro rata, up to Canada’s output; world supply does not change, and so neither does the global SR. Output (USGS, content) and flows (BACI, tonnes of traded product) are not in the same unit: the change is an order of magnitude. A stage whose SR in the France–EU view is the EU’s published one (no BACI trade flows imported, or no USGS series) cannot move: its change is “not computed”, with the reason. Flows are loaded with “alliage data import baci FILE.csv”.",
  },
  compare: { fr: "Comparer les parties", en: "Compare the parties" },
  matrix: { fr: "Matrice de criticité", en: "Criticality matrix" },
  empty: {
    fr: "Aucune matière : le Canada ne produit aucune des matières dont l’UE dépend dans les données chargées.",
    en: "No material: Canada produces none of the materials the EU depends on in the loaded data.",
  },
  caption: {
    fr: "{n} couples matière–étape, classés par part du Canada × dépendance de l’UE",
    en: "{n} material–stage pairs, ranked by Canada’s share × the EU’s reliance",
  },
  colRank: { fr: "Rang", en: "Rank" },
  colMaterial: { fr: "Matière", en: "Material" },
  colStage: { fr: "Étape", en: "Stage" },
  colCanada: { fr: "Production du Canada", en: "Canada’s production" },
  colShare: { fr: "Part du Canada dans l’offre mondiale", en: "Canada’s share of world supply" },
  colIr: { fr: "Dépendance de l’UE aux importations", en: "EU import reliance" },
  colOpportunity: { fr: "Part × dépendance", en: "Share × reliance" },
  colSr: { fr: "RA France–UE", en: "SR France–EU" },
  colDeltaFr: {
    fr: "Écart de RA France–UE si l’UE achetait au Canada",
    en: "Change in SR France–EU if the EU bought from Canada",
  },
  colSource: { fr: "Source", en: "Source" },
  colYear: { fr: "Année", en: "Year" },
  colReason: { fr: "Raison (écart non calculé)", en: "Reason (change not computed)" },
  extraction: { fr: "extraction", en: "extraction" },
  processing: { fr: "transformation", en: "processing" },
  manufacturing: { fr: "fabrication", en: "manufacturing" },
  recycling: { fr: "recyclage", en: "recycling" },
  notComputed: { fr: "non calculé (RA publié)", en: "not computed (published SR)" },
  heldByBottleneck: {
    fr: "le goulet d’étranglement est une autre étape, au RA publié",
    en: "the bottleneck is another stage, with a published SR",
  },
  worldSupplyOnly: {
    fr: "étape évaluée par l’UE sur l’offre mondiale seule : ses achats n’y entrent pas",
    en: "stage the EU assessed on world supply alone: its purchases do not enter it",
  },
  chartTitle: {
    fr: "Part du Canada dans l’offre mondiale et dépendance de l’UE, {n} premiers couples",
    en: "Canada’s share of world supply and EU import reliance, top {n} pairs",
  },
  chartDesc: {
    fr: "Barres horizontales : pour chaque couple matière–étape, la part du Canada dans l’offre mondiale et la dépendance de l’UE aux importations, en pourcentage. Les mêmes données figurent dans le tableau qui suit.",
    en: "Horizontal bars: for each material–stage pair, Canada’s share of world supply and the EU’s import reliance, in percent. The same data are in the table that follows.",
  },
  file: { fr: "complementarite", en: "complementarity" },
  sheet: { fr: "Complémentarité", en: "Complementarity" },
});
