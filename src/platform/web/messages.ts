import { messages } from "../i18n/i18n.ts";

export const ui = messages({
  siteName: { fr: "Alliage", en: "Alliage" },
  tagline: {
    fr: "Coopération Québec–France sur les métaux critiques et stratégiques",
    en: "Québec–France cooperation on critical and strategic metals",
  },
  skipToContent: { fr: "Aller au contenu", en: "Skip to content" },
  mainNav: { fr: "Navigation principale", en: "Main navigation" },
  navDeclaration: { fr: "Déclaration d’intention", en: "Declaration of Intent" },
  navCriticality: { fr: "Criticité", en: "Criticality" },
  navMail: { fr: "Courriels", en: "E-mail" },
  navAccounts: { fr: "Comptes", en: "Accounts" },
  navAccess: { fr: "Accès à l’information", en: "Access to information" },
  navCooperation: { fr: "Coopération", en: "Cooperation" },
  navCalls: { fr: "Appels à projets", en: "Calls for projects" },
  navApplications: { fr: "Mes candidatures", en: "My applications" },
  navApi: { fr: "API", en: "API" },
  navAudit: { fr: "Journal d’audit", en: "Audit log" },
  navDatasets: { fr: "Jeux de données", en: "Datasets" },
  navAccount: { fr: "Mon compte", en: "My account" },
  signIn: { fr: "Se connecter", en: "Sign in" },
  signOut: { fr: "Se déconnecter", en: "Sign out" },
  signedInAs: { fr: "Connecté·e : {name}", en: "Signed in: {name}" },
  switchLanguage: { fr: "English", en: "Français" },
  switchLanguageLabel: { fr: "Read this page in English", en: "Lire cette page en français" },
  footerLicence: {
    fr: "Logiciel libre sous licence AGPL-3.0-or-later.",
    en: "Free software under the AGPL-3.0-or-later licence.",
  },
  footerParties: {
    fr: "Québec et République française, partenaires à parts égales.",
    en: "Québec and the French Republic, equal partners.",
  },
  errorTitle: { fr: "Erreur {status}", en: "Error {status}" },
  errorBackHome: { fr: "Retour à l’accueil", en: "Back to the home page" },
  errorSignIn: { fr: "Se connecter pour continuer", en: "Sign in to continue" },
  errorSignInOther: {
    fr: "Se connecter avec un autre compte",
    en: "Sign in with another account",
  },
  errorReference: { fr: "Référence de la requête : {id}", en: "Request reference: {id}" },
});
