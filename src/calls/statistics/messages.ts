import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { DashboardLine } from "./present.ts";

export const LINE_LABELS: Record<DashboardLine, Texts> = {
  draft: { fr: "Brouillons", en: "Drafts" },
  submitted: { fr: "Déposées", en: "Submitted" },
  withdrawn: { fr: "Retirées", en: "Withdrawn" },
  correction_requested: { fr: "Corrections demandées", en: "Corrections requested" },
  screening_pending: { fr: "Déposées — examen en cours", en: "Submitted — screening pending" },
  eligible: { fr: "Déposées — admissibles", en: "Submitted — eligible" },
  ineligible: { fr: "Déposées — non admissibles", en: "Submitted — ineligible" },
  funded: { fr: "Décision — financées", en: "Decision — funded" },
  waiting_list: { fr: "Décision — liste d’attente", en: "Decision — waiting list" },
  rejected: { fr: "Décision — refusées", en: "Decision — rejected" },
};

export const statisticsText = messages({
  calls: { fr: "Appels à projets", en: "Calls for projects" },
  dashboard: { fr: "Tableau de bord", en: "Dashboard" },
  dashboardOf: { fr: "Tableau de bord — {code}", en: "Dashboard — {code}" },
  dashboardLead: {
    fr: "L’état de l’appel pour les responsables des deux parties : candidatures, budget et évaluation.",
    en: "Where the call stands, for the officials of both parties: applications, budget and review.",
  },
  byStatus: {
    fr: "Candidatures par statut et par partie du partenaire principal",
    en: "Applications by status and by the lead partner's party",
  },
  status: { fr: "Statut", en: "Status" },
  total: { fr: "Total", en: "Total" },
  quebec: { fr: "Québec", en: "Québec" },
  france: { fr: "France", en: "France" },
  budget: { fr: "Budget par partie", en: "Budget per party" },
  party: { fr: "Partie", en: "Party" },
  envelope: { fr: "Enveloppe", en: "Envelope" },
  requested: { fr: "Demandé", en: "Requested" },
  committed: { fr: "Engagé", en: "Committed" },
  left: { fr: "Disponible", en: "Left" },
  budgetHint: {
    fr: "demandé : candidatures déposées ; engagé : décisions de financement",
    en: "requested: submitted applications; committed: funding decisions",
  },
  review: { fr: "Avancement de l’évaluation", en: "Review progress" },
  reviewSummary: {
    fr: "{applications, plural, one {# candidature admissible} other {# candidatures admissibles}} : {received, plural, one {# avis reçu} other {# avis reçus}} sur {asked} demandés.",
    en: "{applications, plural, one {# eligible application} other {# eligible applications}}: {received, plural, one {# opinion} other {# opinions}} received out of {asked} asked.",
  },
  reviewNone: {
    fr: "Aucune candidature admissible pour les deux parties : aucun avis n’a encore été demandé.",
    en: "No application is eligible for both parties yet: no opinion has been asked.",
  },
  statistics: { fr: "Statistiques des appels", en: "Call statistics" },
  statisticsLead: {
    fr: "Pour chaque appel clos : candidatures déposées (hors retirées), financées, taux de succès, délai entre la clôture et la décision définitive, montants engagés par partie. Le total porte sur les appels décidés ; son délai est la médiane des appels.",
    en: "For each closed call: applications submitted (withdrawn ones excluded), funded, success rate, time from the closing to the final decision, amounts committed per party. The total covers decided calls; its time is the median over calls.",
  },
  call: { fr: "Appel", en: "Call" },
  submittedCol: { fr: "Déposées", en: "Submitted" },
  fundedCol: { fr: "Financées", en: "Funded" },
  successRate: { fr: "Taux de succès", en: "Success rate" },
  daysToDecision: { fr: "Délai de décision", en: "Time to decision" },
  committedQc: { fr: "Engagé (Québec)", en: "Committed (Québec)" },
  committedFr: { fr: "Engagé (France)", en: "Committed (France)" },
  days: {
    fr: "{n, plural, one {# jour} other {# jours}}",
    en: "{n, plural, one {# day} other {# days}}",
  },
  undecided: { fr: "en attente de décision", en: "awaiting decision" },
  totalRow: {
    fr: "Total ({n, plural, one {# appel décidé} other {# appels décidés}}, délai médian)",
    en: "Total ({n, plural, one {# decided call} other {# decided calls}}, median time)",
  },
  noneClosed: {
    fr: "Aucun appel n’est encore clos : les statistiques portent sur les appels dont la période de dépôt est terminée.",
    en: "No call has closed yet: statistics cover calls whose submission period is over.",
  },
  noneDecided: {
    fr: "Aucun appel n’est encore décidé : taux de succès et délais apparaîtront quand les deux coprésidents d’un appel auront approuvé ses décisions.",
    en: "No call has been decided yet: success rates and times will appear once both co-chairs of a call have approved its decisions.",
  },
  apiLink: { fr: "Mêmes données en JSON (API)", en: "Same data as JSON (API)" },
});
