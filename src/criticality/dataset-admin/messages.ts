import { messages } from "../../platform/i18n/i18n.ts";

export const datasetAdminText = messages({
  title: { fr: "Jeux de données de criticité", en: "Criticality datasets" },
  lead: {
    fr: "Chaque valeur enregistrée garde sa source, son millésime et son unité. Pour ajouter un millésime (par exemple « MCS 2027 »), téléversez le fichier publié : il s’ajoute à côté des précédents ; un fichier du même type et du même millésime remplace l’ancien en une seule opération.",
    en: "Every stored value keeps its source, vintage and unit. To add a vintage (for example “MCS 2027”), upload the published file: it is stored alongside the earlier ones; a file of the same kind and vintage replaces the old one in a single operation.",
  },
  caption: { fr: "Jeux de données importés", en: "Imported datasets" },
  timesHint: { fr: "heure de Toronto", en: "Toronto time" },
  kind: { fr: "Type", en: "Kind" },
  vintage: { fr: "Millésime", en: "Vintage" },
  fileName: { fr: "Fichier", en: "File" },
  sha: { fr: "SHA-256", en: "SHA-256" },
  rowsRead: { fr: "Lignes lues", en: "Rows read" },
  rowsStored: { fr: "Valeurs enregistrées", en: "Values stored" },
  rowsSkipped: { fr: "Lignes ignorées", en: "Rows skipped" },
  importedAt: { fr: "Importé le", en: "Imported at" },
  warnings: { fr: "Avertissements (anomalies de la source)", en: "Warnings (source anomalies)" },
  noWarnings: { fr: "aucun", en: "none" },
  warningItem: {
    fr: "{reason} ({action}, {count}) : {details}",
    en: "{reason} ({action}, {count}): {details}",
  },
  importedBy: { fr: "Par", en: "By" },
  unknownPerformer: { fr: "non enregistré", en: "not recorded" },
  empty: {
    fr: "Aucun jeu de données importé pour l’instant. Téléversez un premier fichier ci-dessous, ou lancez « alliage db seed » pour les jeux de données fournis.",
    en: "No datasets imported yet. Upload a first file below, or run “alliage db seed” for the bundled datasets.",
  },
  formTitle: { fr: "Importer un fichier", en: "Import a file" },
  file: { fr: "Fichier (CSV, 10 Mo au plus)", en: "File (CSV, 10 MB at most)" },
  vintageHint: {
    fr: "Facultatif quand le fichier l’indique (colonne source ou nom du fichier) ; sinon par exemple « {example} ».",
    en: "Optional when the file tells it (source column or file name); otherwise for example “{example}”.",
  },
  submit: { fr: "Importer", en: "Import" },
  reportTitle: { fr: "Rapport d’importation", en: "Import report" },
  imported: {
    fr: "{kind} « {vintage} » importé depuis {file} (encodage {encoding}).",
    en: "{kind} “{vintage}” imported from {file} ({encoding} encoding).",
  },
  unchanged: {
    fr: "Ce fichier est déjà importé ({kind} « {vintage} », SHA-256 {sha}) : rien n’a changé.",
    en: "This file is already imported ({kind} “{vintage}”, SHA-256 {sha}): nothing changed.",
  },
  issuesCaption: {
    fr: "Lignes écartées, réparées ou signalées, par motif",
    en: "Rows set aside, repaired or flagged, by reason",
  },
  noIssues: { fr: "Aucune ligne écartée.", en: "No row set aside." },
  action: { fr: "Traitement", en: "Handling" },
  reason: { fr: "Motif", en: "Reason" },
  count: { fr: "Nombre", en: "Count" },
  lines: { fr: "Lignes du fichier", en: "File lines" },
  moreLines: {
    fr: "… et {count} autre(s) (les {shown} premières sont gardées)",
    en: "… and {count} more (the first {shown} are kept)",
  },
  examples: { fr: "Exemples", en: "Examples" },
});
