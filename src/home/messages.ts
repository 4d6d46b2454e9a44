import { messages } from "../platform/i18n/i18n.ts";

export const homeText = messages({
  pageTitle: { fr: "Accueil", en: "Home" },
  heading: {
    fr: "Alliage, la plateforme de la coopération Québec–France sur les métaux critiques",
    en: "Alliage, the platform of the Québec–France cooperation on critical metals",
  },
  lead: {
    fr: "Alliage met en œuvre la déclaration d’intention signée à Québec le 22 novembre 2023 : pour chacune de ses quatre priorités et de ses axes d’action, voici ce que la plateforme offre.",
    en: "Alliage puts into practice the Declaration of Intent signed in Québec City on November 22, 2023: for each of its four priorities and their lines of action, here is what the platform offers.",
  },
  readDeclaration: { fr: "Lire la déclaration d’intention", en: "Read the Declaration of Intent" },
  prioritiesHeading: {
    fr: "Les priorités et leurs axes d’action",
    en: "The priorities and their lines of action",
  },
  priorityHeading: { fr: "Priorité {code} : {title}", en: "Priority {code}: {title}" },
  toolsLabel: { fr: "Sur la plateforme pour l’axe {code}", en: "On the platform for line {code}" },
  projectsOnLine: {
    fr: "{n, plural, =0 {Aucun projet rattaché} one {# projet rattaché} other {# projets rattachés}}",
    en: "{n, plural, =0 {No project linked} one {# linked project} other {# linked projects}}",
  },
  matrix: {
    fr: "Matrice de criticité, avec une fiche par matière",
    en: "Criticality matrix, with a factsheet per material",
  },
  compare: {
    fr: "Comparaison des parties pour une matière",
    en: "Parties compared for a material",
  },
  complementarity: {
    fr: "Complémentarité entre le Canada et l’UE",
    en: "Complementarity between Canada and the EU",
  },
  lists: { fr: "Comparaison des listes officielles", en: "Comparison of official lists" },
  scenario: { fr: "Calculateur de scénarios", en: "Scenario calculator" },
  dashboard: { fr: "Tableau de bord du portefeuille", en: "Portfolio dashboard" },
  portfolio: { fr: "Portefeuille des projets conjoints", en: "Portfolio of joint projects" },
  map: { fr: "Carte des projets", en: "Project map" },
  impact: { fr: "Effet des projets sur la criticité", en: "Projects’ effect on criticality" },
  calls: { fr: "Appels à projets conjoints", en: "Joint calls for projects" },
  everyoneHeading: { fr: "Pour tout le monde", en: "For everyone" },
  disclosureLog: { fr: "Registre de diffusion", en: "Disclosure log" },
  fileRequest: {
    fr: "Faire une demande d’accès à l’information",
    en: "Make an access-to-information request",
  },
  statistics: {
    fr: "Statistiques de l’accès à l’information",
    en: "Access-to-information statistics",
  },
  api: { fr: "API et sa documentation", en: "API and its reference" },
  nextHeading: { fr: "Vos prochaines actions", en: "What you can do next" },
  signInHint: {
    fr: "Les membres des deux administrations se connectent pour gérer les projets et les demandes.",
    en: "Members of both administrations sign in to manage projects and requests.",
  },
  signIn: { fr: "Se connecter", en: "Sign in" },
  newProject: { fr: "Créer un projet", en: "Create a project" },
  newCall: { fr: "Préparer un appel à projets", en: "Prepare a call for projects" },
  register: { fr: "Registre des demandes d’accès", en: "Register of access requests" },
  audit: { fr: "Journal d’audit", en: "Audit log" },
  datasets: { fr: "Jeux de données", en: "Datasets" },
  rates: { fr: "Taux de change", en: "Exchange rates" },
  account: { fr: "Mon compte et mes jetons d’API", en: "My account and API tokens" },
});
