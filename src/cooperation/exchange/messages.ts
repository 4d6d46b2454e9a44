import { capitalised, TERMS } from "../../platform/i18n/glossary.ts";
import { messages } from "../../platform/i18n/i18n.ts";

export const exchangeText = messages({
  title: {
    fr: "Importer des projets et leur financement",
    en: "Import projects and their financing",
  },
  lead: {
    fr: "Des fichiers CSV ou XLSX avec les colonnes des exports, en-têtes en français ou en anglais. Tout ou rien : si une ligne est invalide, aucune n’est importée et les lignes à corriger sont listées.",
    en: "CSV or XLSX files with the exports’ columns, headers in French or English. All or nothing: if one row is invalid, none is imported and the rows to correct are listed.",
  },
  projectsTitle: { fr: "Projets", en: "Projects" },
  projectsLead: { fr: "Une ligne par projet.", en: "One row per project." },
  exportTitle: { fr: "Exporter le portefeuille", en: "Export the portfolio" },
  exportCsv: { fr: "Projets (CSV)", en: "Projects (CSV)" },
  exportXlsx: { fr: "Projets (XLSX)", en: "Projects (XLSX)" },
  columnsNote: {
    fr: "Codes attendus : type (survey, exploration, extraction, processing, recycling, energy, rehabilitation, research), état (idea, under_study, approved, in_progress, completed, abandoned), partie (qc, fr), axes d’action (1.1 ; 2.1…), matières et étapes par identifiant, pays en alpha-3 (CAN, FRA). Un code de projet vide en reçoit un nouveau. Partenaires : « Nom (rôle); Autre nom (rôle) », chaque nom celui d’une organisation enregistrée (majuscules et accents indifférents), chaque rôle lead, partner, funder, implementer ou son libellé (Chef de file, Partenaire, Bailleur de fonds, Maître d’œuvre). Les colonnes de montants sont informatives : le financement s’importe ligne par ligne, ci-dessous.",
    en: "Expected codes: kind (survey, exploration, extraction, processing, recycling, energy, rehabilitation, research), status (idea, under_study, approved, in_progress, completed, abandoned), party (qc, fr), lines of action (1.1; 2.1…), materials and stages by identifier, country as alpha-3 (CAN, FRA). An empty project code gets a new one. Partners: “Name (role); Other name (role)”, each name that of a registered organisation (case and accents aside), each role lead, partner, funder, implementer or its label (Lead, Partner, Funder, Implementer). The amount columns are informative: financing is imported line by line, below.",
  },
  file: { fr: "Fichier (CSV ou XLSX)", en: "File (CSV or XLSX)" },
  dryRun: {
    fr: "Aperçu seulement, sans rien enregistrer",
    en: "Preview only, without saving anything",
  },
  submit: { fr: "Importer", en: "Import" },
  fileRequired: { fr: "Choisissez un fichier à importer.", en: "Choose a file to import." },
  previewDone: {
    fr: "Aperçu : {n, plural, one {# projet serait importé} other {# projets seraient importés}}. Rien n’a été enregistré.",
    en: "Preview: {n, plural, one {# project} other {# projects}} would be imported. Nothing was saved.",
  },
  imported: {
    fr: "{n, plural, one {# projet importé} other {# projets importés}}.",
    en: "{n, plural, one {# project} other {# projects}} imported.",
  },
  problemsCaption: { fr: "Lignes à corriger", en: "Rows to correct" },
  colRow: { fr: "Ligne", en: "Row" },
  colReasons: { fr: "Problèmes", en: "Problems" },
  colCode: { fr: "Code", en: "Code" },
  colTitle: { fr: "Titre", en: "Title" },
  colStatus: capitalised(TERMS.status),
  newCode: { fr: "(nouveau code)", en: "(new code)" },
  sheetName: { fr: "Projets", en: "Projects" },
  fileName: { fr: "projets", en: "projects" },
  financingTitle: { fr: "Lignes de financement", en: "Financing lines" },
  financingLead: {
    fr: "Une ligne par engagement, avec les colonnes de l’export des financements. Une ligne identique à une ligne déjà enregistrée (même projet, bailleur de fonds, devise, montant et date) est ignorée et signalée : importer deux fois le même fichier n’ajoute rien.",
    en: "One row per commitment, with the financing export’s columns. A line identical to one already recorded (same project, funder, currency, amount and date) is skipped and reported: importing the same file twice adds nothing.",
  },
  financingNote: {
    fr: "Code du projet (P-AAAA-NNN) ; bailleur de fonds : nom d’une organisation enregistrée ; source : public ou private ; partie : qc, fr ou other ; devise : CAD ou EUR ; montant positif, virgule ou point décimal, deux décimales au plus ; engagé le : AAAA-MM-JJ ; confidentiel à : vide, ou votre partie ; note : 1 000 caractères au plus. Vous n’ajoutez du financement qu’aux projets de votre partie.",
    en: "Project code (P-YYYY-NNN); funder: name of a registered organisation; source: public or private; party: qc, fr or other; currency: CAD or EUR; positive amount, decimal comma or point, at most two decimals; committed on: YYYY-MM-DD; confidential to: empty, or your party; note: at most 1,000 characters. You only add financing to your own party’s projects.",
  },
  financingPreview: {
    fr: "Aperçu : {n, plural, one {# ligne serait ajoutée} other {# lignes seraient ajoutées}}, {skipped, plural, one {# déjà enregistrée serait ignorée} other {# déjà enregistrées seraient ignorées}}. Rien n’a été enregistré.",
    en: "Preview: {n, plural, one {# line} other {# lines}} would be added, {skipped} already recorded would be skipped. Nothing was saved.",
  },
  financingImported: {
    fr: "{n, plural, one {# ligne de financement ajoutée} other {# lignes de financement ajoutées}} ; {skipped, plural, one {# déjà enregistrée, ignorée} other {# déjà enregistrées, ignorées}}.",
    en: "{n, plural, one {# financing line} other {# financing lines}} added; {skipped} already recorded, skipped.",
  },
  addedCaption: { fr: "Lignes ajoutées", en: "Lines added" },
  toAddCaption: { fr: "Lignes à ajouter", en: "Lines to add" },
  skippedCaption: {
    fr: "Lignes déjà enregistrées, ignorées",
    en: "Lines already recorded, skipped",
  },
  colProject: { fr: "Projet", en: "Project" },
  colFunder: { fr: "Bailleur de fonds", en: "Funder" },
  colAmount: { fr: "Montant", en: "Amount" },
  colDate: { fr: "Engagé le", en: "Committed on" },
  exportFinancingCsv: { fr: "Lignes de financement (CSV)", en: "Financing lines (CSV)" },
  exportFinancingXlsx: { fr: "Lignes de financement (XLSX)", en: "Financing lines (XLSX)" },
  financingSheetName: { fr: "Financement", en: "Financing" },
  financingFileName: { fr: "financement", en: "financing" },
});
