import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { IssueAction, Reason } from "./issues.ts";

export const REASON_TEXTS: Record<Reason, Texts> = {
  out_of_scope: { fr: "hors du champ de l’importation", en: "outside what this import keeps" },
  withheld: { fr: "valeur confidentielle (W)", en: "value withheld (W)" },
  not_available: {
    fr: "valeur non disponible (NA, XX, vide)",
    en: "value not available (NA, XX, empty)",
  },
  descriptive_value: { fr: "valeur en mots (« Large »…)", en: "value in words (“Large”…)" },
  range_value: { fr: "fourchette au lieu d’une valeur", en: "range instead of a value" },
  bad_number: { fr: "nombre illisible", en: "unreadable number" },
  unknown_material: { fr: "matière inconnue", en: "unknown material" },
  unknown_country: {
    fr: "pays inconnu ou regroupement de pays",
    en: "unknown country or group of countries",
  },
  unknown_stage: { fr: "étape ou périmètre inconnu", en: "unknown stage or scope" },
  included_elsewhere: { fr: "comptée avec une autre ligne", en: "counted in another row" },
  duplicate: { fr: "doublon", en: "duplicate" },
  ambiguous_row: { fr: "même description, autre valeur", en: "same description, other value" },
  shifted_columns_repaired: {
    fr: "colonnes décalées, réalignées",
    en: "shifted columns, realigned",
  },
  scope_normalised: { fr: "périmètre normalisé", en: "scope normalised" },
  no_hs_code: { fr: "aucun code SH", en: "no HS code" },
};

export const ACTION_TEXTS: Record<IssueAction, Texts> = {
  skipped: { fr: "ignorées", en: "skipped" },
  repaired: { fr: "réparées", en: "repaired" },
  flagged: { fr: "conservées avec une remarque", en: "kept with a remark" },
};

export const dataMessages = messages({
  imported: {
    fr: "{kind} « {vintage} » importé depuis {file} ({encoding}).",
    en: "{kind} “{vintage}” imported from {file} ({encoding}).",
  },
  unchanged: {
    fr: "{kind} « {vintage} » : ce fichier (SHA-256 {sha}) est déjà importé ; rien n’a changé.",
    en: "{kind} “{vintage}”: this file (SHA-256 {sha}) is already imported; nothing changed.",
  },
  counts: {
    fr: "Lignes lues : {read} ; valeurs enregistrées : {stored} ; lignes ignorées : {skipped}.",
    en: "Rows read: {read}; values stored: {stored}; rows skipped: {skipped}.",
  },
  issueGroup: {
    fr: "  {action} — {reason} : {count} (lignes {lines}{more})",
    en: "  {action} — {reason}: {count} (lines {lines}{more})",
  },
  examples: { fr: "    ex. : {details}", en: "    e.g. {details}" },
  progress: {
    fr: "Enregistrement : {percent} % ({written}/{total})",
    en: "Storing: {percent}% ({written}/{total})",
  },
  parsing: { fr: "Lecture de {file} ({size} Mo)…", en: "Reading {file} ({size} MB)…" },
  noDatasets: { fr: "Aucun jeu de données importé.", en: "No datasets imported." },
  listHeader: {
    fr: "type\tmillésime\tfichier\timporté le\tlues\tenregistrées\tignorées",
    en: "kind\tvintage\tfile\timported at\tread\tstored\tskipped",
  },
  seeded: {
    fr: "Jeux de données de criticité : {imported} importé(s), {unchanged} déjà à jour ({ms} ms).",
    en: "Criticality datasets: {imported} imported, {unchanged} already up to date ({ms} ms).",
  },
});
