import { messages } from "../../platform/i18n/i18n.ts";

export const exchangeText = messages({
  title: { fr: "Importer des projets", en: "Import projects" },
  lead: {
    fr: "Un fichier CSV ou XLSX, une ligne par projet, avec les colonnes de l’export. Tout ou rien : si une ligne est invalide, aucune n’est importée et les lignes à corriger sont listées.",
    en: "A CSV or XLSX file, one row per project, with the export’s columns. All or nothing: if one row is invalid, none is imported and the rows to correct are listed.",
  },
  exportTitle: { fr: "Exporter le portefeuille", en: "Export the portfolio" },
  exportCsv: { fr: "Projets (CSV)", en: "Projects (CSV)" },
  exportXlsx: { fr: "Projets (XLSX)", en: "Projects (XLSX)" },
  columnsNote: {
    fr: "Codes attendus : type (survey, exploration, extraction, processing, recycling, energy, rehabilitation, research), statut (idea, under_study, approved, in_progress, completed, abandoned), partie (qc, fr), lignes d’action (1.1 ; 2.1…), matières et étapes par identifiant, pays en alpha-3 (CAN, FRA). Un code de projet vide en reçoit un nouveau. Les colonnes Partenaires et montants sont informatives : l’import ne les écrit pas.",
    en: "Expected codes: kind (survey, exploration, extraction, processing, recycling, energy, rehabilitation, research), status (idea, under_study, approved, in_progress, completed, abandoned), party (qc, fr), lines of action (1.1; 2.1…), materials and stages by identifier, country as alpha-3 (CAN, FRA). An empty project code gets a new one. The Partners and amount columns are informative: the import does not write them.",
  },
  file: { fr: "Fichier (CSV ou XLSX)", en: "File (CSV or XLSX)" },
  dryRun: {
    fr: "Aperçu seulement, sans rien enregistrer",
    en: "Preview only, without saving anything",
  },
  submit: { fr: "Importer", en: "Import" },
  fileRequired: { fr: "Choisissez un fichier à importer.", en: "Choose a file to import." },
  previewDone: {
    fr: "Aperçu : {n} projet(s) seraient importés. Rien n’a été enregistré.",
    en: "Preview: {n} project(s) would be imported. Nothing was saved.",
  },
  imported: { fr: "{n} projet(s) importé(s).", en: "{n} project(s) imported." },
  problemsCaption: { fr: "Lignes à corriger", en: "Rows to correct" },
  colRow: { fr: "Ligne", en: "Row" },
  colReasons: { fr: "Problèmes", en: "Problems" },
  colCode: { fr: "Code", en: "Code" },
  colTitle: { fr: "Titre", en: "Title" },
  colStatus: { fr: "Statut", en: "Status" },
  newCode: { fr: "(nouveau code)", en: "(new code)" },
  sheetName: { fr: "Projets", en: "Projects" },
  fileName: { fr: "projets", en: "projects" },
});
