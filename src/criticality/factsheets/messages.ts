import { messages } from "../../platform/i18n/i18n.ts";

export const factsheetText = messages({
  title: { fr: "Fiche matière : {name}", en: "Material factsheet: {name}" },
  lead: {
    fr: "Production par étape de la chaîne de valeur, concentration de la production, gouvernance des principaux producteurs, valeurs de l’évaluation de l’UE 2023, recyclage et listes officielles.",
    en: "Production by value-chain stage, production concentration, governance of the main producers, EU 2023 assessment values, recycling and official lists.",
  },
  family: { fr: "Famille : {family}", en: "Family: {family}" },
  familyOther: { fr: "autre", en: "other" },
  symbol: { fr: "Symbole : {symbol}", en: "Symbol: {symbol}" },
  backToMatrix: { fr: "Matrice de criticité", en: "Criticality matrix" },
  backToLists: { fr: "Listes officielles", en: "Official lists" },
  compareParties: { fr: "Comparer les parties", en: "Compare the parties" },
  productionTitle: { fr: "Producteurs par étape", en: "Producers by stage" },
  noProduction: {
    fr: "Aucune donnée de production dans les jeux de données importés.",
    en: "No production data in the imported datasets.",
  },
  noStage: {
    fr: "Aucune donnée de production pour l’étape {stage} dans les jeux de données importés.",
    en: "No production data for the {stage} stage in the imported datasets.",
  },
  stageTitle: { fr: "{stage} — {year}", en: "{stage} — {year}" },
  productionCaption: {
    fr: "Production, étape {stage}, {year} ({unit}) — source : USGS {vintage}, série « {detail} »",
    en: "Production, {stage} stage, {year} ({unit}) — source: USGS {vintage}, series “{detail}”",
  },
  colCountry: { fr: "Pays", en: "Country" },
  colQuantity: { fr: "Quantité", en: "Quantity" },
  colShare: { fr: "Part", en: "Share" },
  otherFlag: {
    fr: "agrégat compté comme un seul producteur",
    en: "aggregate counted as one producer",
  },
  hhi: {
    fr: "Indice de Herfindahl-Hirschman (IHH) : {hhi} ({points} points sur 10 000), sur {n} producteurs.",
    en: "Herfindahl–Hirschman index (HHI): {hhi} ({points} points out of 10,000), over {n} producers.",
  },
  hhiOther: {
    fr: "« Autres pays » est compté comme un seul producteur : l’IHH est sous-estimé.",
    en: "“Other countries” is counted as one producer: the HHI is understated.",
  },
  withheld: {
    fr: "Producteurs cités sans valeur (donnée confidentielle ou négligeable) : {list}.",
    en: "Producers listed without a figure (withheld or negligible): {list}.",
  },
  trendTitle: {
    fr: "Évolution de la concentration de la production",
    en: "Production concentration over time",
  },
  trendCaption: {
    fr: "IHH par étape et par année (chaque année prise dans le millésime le plus récent qui la contient)",
    en: "HHI by stage and year (each year from the latest vintage holding it)",
  },
  colStage: { fr: "Étape", en: "Stage" },
  colYear: { fr: "Année", en: "Year" },
  colVintage: { fr: "Millésime", en: "Vintage" },
  colHhi: { fr: "IHH", en: "HHI" },
  chartTitle: {
    fr: "Concentration de la production (IHH) de {name} par année",
    en: "Production concentration (HHI) of {name} by year",
  },
  chartDesc: {
    fr: "Courbes de l’IHH (0 à 1) par étape de {first} à {last}. Les mêmes données figurent dans le tableau qui suit.",
    en: "Lines of the HHI (0 to 1) by stage from {first} to {last}. The same data are in the table that follows.",
  },
  governanceTitle: {
    fr: "Gouvernance des principaux producteurs",
    en: "Governance of the main producers",
  },
  governanceCaption: {
    fr: "Indicateurs de gouvernance mondiaux (WGI, {vintage}), année {year}",
    en: "Worldwide Governance Indicators (WGI, {vintage}), year {year}",
  },
  governanceNote: {
    fr: "WGI sur 0–10 selon la méthode de l’UE : (2,5 − moyenne des six estimations) × 2, 10 = gouvernance la plus faible. Stabilité politique : estimation WGI (−2,5 à 2,5) et sa normalisation 0–1 de GeoPolRisk (1 = le moins stable).",
    en: "WGI on 0–10 per the EU method: (2.5 − mean of the six estimates) × 2, 10 = weakest governance. Political stability: WGI estimate (−2.5 to 2.5) and its GeoPolRisk 0–1 normalisation (1 = least stable).",
  },
  colStages: { fr: "Étapes", en: "Stages" },
  colWgi: { fr: "WGI (0–10)", en: "WGI (0–10)" },
  colPv: { fr: "Stabilité politique", en: "Political stability" },
  colPvWeight: { fr: "Instabilité (0–1)", en: "Instability (0–1)" },
  noGovernance: {
    fr: "Aucun indicateur de gouvernance : pas de producteur identifié ou WGI non importés.",
    en: "No governance indicators: no identified producer or WGI not imported.",
  },
  euTitle: { fr: "Évaluation de l’UE 2023", en: "EU 2023 assessment" },
  euCaption: { fr: "Valeurs publiées ({vintage})", en: "Published values ({vintage})" },
  euSr: { fr: "Risque d’approvisionnement (RA)", en: "Supply risk (SR)" },
  euEi: { fr: "Importance économique (IE)", en: "Economic importance (EI)" },
  euSrExtraction: { fr: "RA à l’extraction", en: "SR at extraction" },
  euSrProcessing: { fr: "RA à la transformation", en: "SR at processing" },
  euBottleneck: { fr: "Étape déterminante du RA", en: "Bottleneck stage of the SR" },
  euSiSr: {
    fr: "Indice de substitution (RA)",
    en: "Substitution index (SR)",
  },
  euSiEi: { fr: "Indice de substitution (IE)", en: "Substitution index (EI)" },
  euEolRir: {
    fr: "Taux d’intégration de matières recyclées en fin de vie",
    en: "End-of-life recycling input rate",
  },
  euIrExtraction: {
    fr: "Dépendance aux importations (extraction)",
    en: "Import reliance (extraction)",
  },
  euIrProcessing: {
    fr: "Dépendance aux importations (transformation)",
    en: "Import reliance (processing)",
  },
  colIndicator: { fr: "Indicateur", en: "Indicator" },
  colValue: { fr: "Valeur", en: "Value" },
  noEu: {
    fr: "Matière non évaluée par l’UE en 2023, ou résultats non importés.",
    en: "Material not assessed by the EU in 2023, or results not imported.",
  },
  recyclingTitle: { fr: "Recyclage", en: "Recycling" },
  recyclingItem: {
    fr: "Taux d’intégration de matières recyclées en fin de vie : {v} ({vintage}).",
    en: "End-of-life recycling input rate: {v} ({vintage}).",
  },
  recyclingItemStage: {
    fr: "Taux d’intégration de matières recyclées en fin de vie, étape {stage} : {v} ({vintage}).",
    en: "End-of-life recycling input rate, {stage} stage: {v} ({vintage}).",
  },
  noRecycling: {
    fr: "Aucun taux de recyclage dans les jeux de données importés.",
    en: "No recycling rate in the imported datasets.",
  },
  listsTitle: { fr: "Listes officielles", en: "Official lists" },
  listStrategic: { fr: "{list} — stratégique", en: "{list} — strategic" },
  listCategory: { fr: "{list} ({category})", en: "{list} ({category})" },
  categoryThresholds: { fr: "seuils atteints", en: "thresholds met" },
  categoryCritical: { fr: "critique", en: "critical" },
  noLists: {
    fr: "Cette matière ne figure sur aucune des listes officielles importées.",
    en: "This material is on none of the imported official lists.",
  },
  sourcesTitle: { fr: "Sources", en: "Sources" },
  sourceItem: {
    fr: "{kind} — millésime « {vintage} », fichier {file}, importé le {date}",
    en: "{kind} — vintage “{vintage}”, file {file}, imported on {date}",
  },
  noSources: { fr: "Aucun jeu de données utilisé.", en: "No dataset used." },
  notAvailable: { fr: "n. d.", en: "n/a" },
  uncertaintyTitle: { fr: "Incertitude (Monte-Carlo)", en: "Uncertainty (Monte Carlo)" },
  uncertaintyCaption: {
    fr: "Risque d’approvisionnement, point de vue mondial (méthode UE) : {draws} tirages, graine {seed}",
    en: "Supply risk, global view (EU method): {draws} draws, seed {seed}",
  },
  uncertaintyDeterministic: { fr: "RA déterministe", en: "Deterministic SR" },
  uncertaintyP5: { fr: "RA, 5e percentile (p5)", en: "SR, 5th percentile (p5)" },
  uncertaintyP50: { fr: "RA, médiane (p50)", en: "SR, median (p50)" },
  uncertaintyP95: { fr: "RA, 95e percentile (p95)", en: "SR, 95th percentile (p95)" },
  uncertaintyProbability: {
    fr: "Probabilité d’être critique (RA ≥ {sr} et IE ≥ {ei})",
    en: "Probability of being critical (SR ≥ {sr} and EI ≥ {ei})",
  },
  uncertaintyNote: {
    fr: "Chaque tirage fait varier le WGI de chaque pays selon ses erreurs types (WGI {wgi}) et les productions que l’USGS donne comme estimations ({estimated} lignes sur {rows}), avec une erreur type relative de {rse}. Même graine, mêmes résultats.",
    en: "Each draw varies every country’s WGI by its standard errors (WGI {wgi}) and the production figures the USGS gives as estimates ({estimated} rows of {rows}), with a relative standard error of {rse}. Same seed, same results.",
  },
  noUncertainty: {
    fr: "Le point de vue mondial de cette matière ne peut pas être calculé à partir des données importées ; il manque : {missing}.",
    en: "The global view of this material cannot be computed from the imported data; missing: {missing}.",
  },
});
