import { type Lang, messages, type Texts } from "../i18n/i18n.ts";

// French strings use a no-break space before « : » and a narrow one before ; ! ? (see the test).
export const AUDIT_TEXTS = {
  title: { fr: "Journal d’audit", en: "Audit log" },
  intro: {
    fr: "Chaque opération enregistrée par Alliage : qui l’a faite, quand, sur quoi et ce qui a changé.",
    en: "Every operation recorded by Alliage: who did it, when, on what, and what changed.",
  },
  filtersLegend: { fr: "Filtrer les événements", en: "Filter events" },
  actor: { fr: "Auteur ou autrice", en: "Actor" },
  actorHint: { fr: "Courriel ou libellé, en partie", en: "E-mail or label, or part of it" },
  action: { fr: "Action", en: "Action" },
  actionHint: {
    fr: "Identifiant exact, ou préfixe suivi de * (user.*)",
    en: "Exact id, or a prefix followed by * (user.*)",
  },
  subjectType: { fr: "Type d’objet", en: "Subject type" },
  subjectId: { fr: "Identifiant de l’objet", en: "Subject id" },
  from: { fr: "Du", en: "From" },
  to: { fr: "Au", en: "To" },
  datesHint: {
    fr: "Dates incluses, heure de Toronto (heure de l’Est).",
    en: "Inclusive dates, Toronto time (Eastern time).",
  },
  apply: { fr: "Filtrer", en: "Filter" },
  reset: { fr: "Tout afficher", en: "Show all" },
  caption: {
    fr: "Événements du journal d’audit, du plus récent au plus ancien",
    en: "Audit log events, newest first",
  },
  at: { fr: "Date et heure", en: "Date and time" },
  atUtc: { fr: "Date et heure (UTC)", en: "Date and time (UTC)" },
  actionId: { fr: "Identifiant de l’action", en: "Action id" },
  subject: { fr: "Objet", en: "Subject" },
  changes: { fr: "Modifications", en: "Changes" },
  requestId: { fr: "Requête", en: "Request" },
  countOne: { fr: "{total} événement", en: "{total} event" },
  countMany: { fr: "{total} événements", en: "{total} events" },
  pageOf: { fr: "Page {page} sur {pages}", en: "Page {page} of {pages}" },
  empty: {
    fr: "Aucun événement ne correspond à ces critères.",
    en: "No event matches these criteria.",
  },
  exportCsv: { fr: "Exporter ces événements en CSV", en: "Export these events as CSV" },
  pagination: { fr: "Pages du journal", en: "Log pages" },
  previous: { fr: "← Page précédente", en: "← Previous page" },
  next: { fr: "Page suivante →", en: "Next page →" },
  timesHint: { fr: "heure de Toronto", en: "Toronto time" },
  none: { fr: "(vide)", en: "(empty)" },
  yes: { fr: "oui", en: "yes" },
  no: { fr: "non", en: "no" },
  badDate: { fr: "Date invalide ; format AAAA-MM-JJ.", en: "Invalid date; format YYYY-MM-DD." },
  badRange: {
    fr: "La date de fin précède la date de début.",
    en: "The end date is before the start date.",
  },
  badPage: { fr: "Numéro de page invalide.", en: "Invalid page number." },
  tooLong: { fr: "Au plus {max} caractères.", en: "At most {max} characters." },
} satisfies Record<string, Texts>;

export const auditText = messages(AUDIT_TEXTS);

/** Labels of the actions written by the platform; other areas' actions show their raw id. */
export const ACTION_LABELS: Record<string, Texts> = {
  "user.create": { fr: "Création d’un compte", en: "Account created" },
  "user.change_password": { fr: "Changement de mot de passe", en: "Password changed" },
  "session.open": { fr: "Ouverture de session", en: "Signed in" },
  "api_token.create": { fr: "Création d’un jeton d’API", en: "API token created" },
  "api_token.revoke": { fr: "Révocation d’un jeton d’API", en: "API token revoked" },
  "user.enrol_second_factor": {
    fr: "Activation du deuxième facteur",
    en: "Second factor set up",
  },
  "user.regenerate_recovery_codes": {
    fr: "Remplacement des codes de secours",
    en: "Recovery codes replaced",
  },
  "user.reset_second_factor": {
    fr: "Retrait du deuxième facteur",
    en: "Second factor removed",
  },
  "oidc_identity.link": {
    fr: "Liaison d’une identité gouvernementale",
    en: "Government identity linked",
  },
  "oidc_identity.unlink": {
    fr: "Déliaison d’une identité gouvernementale",
    en: "Government identity unlinked",
  },
  "dataset.import": { fr: "Import d’un jeu de données", en: "Dataset imported" },
  "trade_flows.import": {
    fr: "Import d’échanges bilatéraux (BACI)",
    en: "Bilateral trade imported (BACI)",
  },
  "saved_scenario.create": { fr: "Enregistrement d’un scénario", en: "Scenario saved" },
  "saved_scenario.delete": { fr: "Suppression d’un scénario", en: "Scenario deleted" },
};

export const SUBJECT_LABELS: Record<string, Texts> = {
  User: { fr: "Compte", en: "Account" },
  ApiToken: { fr: "Jeton d’API", en: "API token" },
  Dataset: { fr: "Jeu de données", en: "Dataset" },
  TradeFlowImport: { fr: "Import d’échanges bilatéraux", en: "Bilateral trade import" },
  SavedScenario: { fr: "Scénario enregistré", en: "Saved scenario" },
};

// Performers that are not users (see command.ts).
const PERFORMER_LABELS: Record<string, Texts> = {
  cli: { fr: "Ligne de commande", en: "Command line" },
  public: { fr: "Public", en: "Public" },
};

const label = (table: Record<string, Texts>, lang: Lang, id: string) =>
  Object.hasOwn(table, id) ? (table[id] as Texts)[lang] : id;

export const actionLabel = (lang: Lang, id: string) => label(ACTION_LABELS, lang, id);
export const subjectLabel = (lang: Lang, id: string) => label(SUBJECT_LABELS, lang, id);
export const performerLabel = (lang: Lang, id: string) => label(PERFORMER_LABELS, lang, id);
