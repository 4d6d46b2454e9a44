import { messages, type Texts } from "../../platform/i18n/i18n.ts";

export const statsText = messages({
  title: {
    fr: "Statistiques sur l’accès à l’information",
    en: "Access to information statistics",
  },
  lead: {
    fr: "Chiffres des demandes d’accès reçues par chaque administration, comptées selon leur année de réception : une demande reçue en décembre et décidée en janvier compte dans l’année de sa réception. Aucune donnée personnelle n’entre dans ces chiffres.",
    en: "Figures for the access requests received by each administration, counted by year of receipt: a request received in December and decided in January counts in the year it arrived. No personal information goes into these figures.",
  },
  year: { fr: "Année de réception", en: "Year of receipt" },
  show: { fr: "Afficher", en: "Show" },
  downloads: { fr: "Téléchargements", en: "Downloads" },
  csvYear: { fr: "Données de {year} (CSV)", en: "{year} data (CSV)" },
  csvAll: { fr: "Toutes les années (CSV)", en: "All years (CSV)" },
  pdfReport: { fr: "Rapport annuel {year} (PDF)", en: "{year} annual report (PDF)" },
  nothingYet: {
    fr: "Aucune demande d’accès n’a encore été enregistrée : il n’y a pas encore de statistiques.",
    en: "No access request has been recorded yet: there are no statistics so far.",
  },
  nothingThisYear: {
    fr: "Aucune demande n’a été reçue en {year}.",
    en: "No request was received in {year}.",
  },
  indicator: { fr: "Indicateur", en: "Indicator" },
  value: { fr: "Valeur", en: "Value" },
  received: { fr: "Demandes reçues", en: "Requests received" },
  decided: { fr: "Demandes décidées", en: "Requests decided" },
  outcomeOf: { fr: "dont {outcome}", en: "of which {outcome}" },
  medianDays: { fr: "Délai de traitement médian (jours)", en: "Median processing time (days)" },
  p90Days: {
    fr: "Délai de traitement au 90ᵉ centile (jours)",
    en: "90th-percentile processing time (days)",
  },
  onTimeShare: { fr: "Décisions rendues dans le délai", en: "Decisions within the deadline" },
  onTimeDetail: { fr: "{share} ({n} sur {total})", en: "{share} ({n} of {total})" },
  extended: { fr: "Délais prolongés", en: "Deadlines extended" },
  reviews: { fr: "Demandes de révision ou recours", en: "Reviews or appeals" },
  withdrawn: { fr: "Demandes retirées", en: "Requests withdrawn" },
  open: { fr: "Demandes encore en traitement", en: "Requests still being processed" },
  articles: { fr: "Articles invoqués", en: "Articles invoked" },
  article: { fr: "Article", en: "Article" },
  documents: { fr: "Documents", en: "Documents" },
  noArticle: { fr: "Aucun article invoqué.", en: "No article invoked." },
  none: { fr: "—", en: "—" },
  definitions: { fr: "Définitions", en: "Definitions" },
  reportTitle: {
    fr: "Rapport annuel sur l’accès à l’information — {year}",
    en: "Annual report on access to information — {year}",
  },
  generatedOn: { fr: "Produit le {date}", en: "Generated on {date}" },
  page: { fr: "Page {n} de {total}", en: "Page {n} of {total}" },
  csvYearColumn: { fr: "Année", en: "Year" },
  csvJurisdiction: { fr: "Code", en: "Code" },
  csvAdministration: { fr: "Administration", en: "Administration" },
  csvOnTime: { fr: "Décisions dans le délai", en: "Decisions within the deadline" },
  csvOnTimeShare: {
    fr: "Part des décisions dans le délai (%)",
    en: "Share of decisions within the deadline (%)",
  },
  csvArticles: { fr: "Articles invoqués (documents)", en: "Articles invoked (documents)" },
  csvFile: { fr: "statistiques-acces", en: "access-statistics" },
  csvAllYears: { fr: "toutes-annees", en: "all-years" },
});

/** What each figure means, shown under the tables and in the annual report. */
export const DEFINITIONS: readonly { term: Texts; text: Texts }[] = [
  {
    term: { fr: "Année", en: "Year" },
    text: {
      fr: "Les demandes sont comptées dans l’année où elles ont été reçues, quelle que soit la date de leur décision.",
      en: "Requests are counted in the year they were received, whenever they were decided.",
    },
  },
  {
    term: { fr: "Demandes reçues", en: "Requests received" },
    text: {
      fr: "Toutes les demandes enregistrées avec une date de réception dans l’année, y compris celles retirées depuis.",
      en: "Every request recorded with a date of receipt in the year, including those withdrawn since.",
    },
  },
  {
    term: { fr: "Demandes décidées", en: "Requests decided" },
    text: {
      fr: "Les demandes qui ont reçu une décision (accès total ou partiel, refus, document non détenu, transfert), réparties selon cette décision.",
      en: "Requests that received a decision (full or partial access, refusal, document not held, transfer), broken down by that decision.",
    },
  },
  {
    term: { fr: "Délai de traitement", en: "Processing time" },
    text: {
      fr: "Nombre de jours civils entre la réception et la décision, pour les demandes décidées. La médiane est la valeur du milieu (la moyenne des deux valeurs du milieu pour un nombre pair de demandes). Le 90ᵉ centile est calculé au rang le plus proche : la plus petite durée observée telle qu’au moins 90 % des demandes ont été décidées en autant de jours ou moins (la valeur de rang ⌈0,9 × n⌉).",
      en: "Calendar days from receipt to decision, for the requests decided. The median is the middle value (the mean of the two middle values for an even number of requests). The 90th percentile uses the nearest rank: the smallest observed time such that at least 90% of the requests were decided in that many days or fewer (the value of rank ⌈0.9 × n⌉).",
    },
  },
  {
    term: { fr: "Décisions rendues dans le délai", en: "Decisions within the deadline" },
    text: {
      fr: "Part des demandes décidées dont la décision est datée au plus tard du dernier jour du délai en vigueur, prolongation comprise.",
      en: "Share of the requests decided whose decision is dated no later than the last day of the deadline in force, extension included.",
    },
  },
  {
    term: { fr: "Délais prolongés", en: "Deadlines extended" },
    text: {
      fr: "Demandes dont le délai a été prolongé par un avis au demandeur (Québec, art. 47 de la Loi sur l’accès).",
      en: "Requests whose deadline was extended by a notice to the requester (Québec, s. 47 of the Access Act).",
    },
  },
  {
    term: { fr: "Articles invoqués", en: "Articles invoked" },
    text: {
      fr: "Pour chaque article de loi, le nombre de documents refusés ou caviardés en tout ou en partie sur son fondement, dans les demandes décidées.",
      en: "For each article of law, the number of documents refused or redacted on that ground, in the requests decided.",
    },
  },
  {
    term: { fr: "Demandes de révision ou recours", en: "Reviews or appeals" },
    text: {
      fr: "Demandes dont la décision a été portée devant la Commission d’accès à l’information (Québec) ou la CADA (France), en cours ou terminée.",
      en: "Requests whose decision was taken to the Commission d’accès à l’information (Québec) or the CADA (France), pending or finished.",
    },
  },
  {
    term: { fr: "Demandes retirées", en: "Requests withdrawn" },
    text: {
      fr: "Demandes abandonnées par leur auteur avant toute décision.",
      en: "Requests abandoned by the requester before any decision.",
    },
  },
  {
    term: { fr: "Demandes encore en traitement", en: "Requests still being processed" },
    text: {
      fr: "Demandes sans décision ni retrait à la date du calcul.",
      en: "Requests neither decided nor withdrawn when the figures were computed.",
    },
  },
];
