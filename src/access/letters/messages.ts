import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { IssueCode } from "./template.ts";
import type { LetterKind } from "./types.ts";

export const letterText = messages({
  listTitle: { fr: "Modèles de lettres", en: "Letter templates" },
  listIntro: {
    fr: "Les lettres d’accès à l’information sont produites à partir de ces modèles. Un modèle modifié remplace le modèle d’origine jusqu’à ce qu’il soit rétabli ; chaque modification est consignée au journal d’audit.",
    en: "Access-to-information letters are produced from these templates. A changed template replaces the original until it is reverted; every change is recorded in the audit log.",
  },
  caption: {
    fr: "Modèles par lettre, juridiction et langue",
    en: "Templates by letter, jurisdiction and language",
  },
  letter: { fr: "Lettre", en: "Letter" },
  jurisdiction: { fr: "Juridiction", en: "Jurisdiction" },
  language: { fr: "Langue", en: "Language" },
  status: { fr: "État", en: "Status" },
  actions: { fr: "Actions", en: "Actions" },
  original: { fr: "Modèle d’origine", en: "Original template" },
  changed: { fr: "Modifié le {date} par {who}", en: "Changed on {date} by {who}" },
  edit: { fr: "Modifier", en: "Edit" },
  editTitle: {
    fr: "Modèle : {letter} – {jurisdiction} – {language}",
    en: "Template: {letter} – {jurisdiction} – {language}",
  },
  backToList: { fr: "Retour aux modèles", en: "Back to the templates" },
  bodyLabel: { fr: "Texte du modèle", en: "Template text" },
  bodyHint: {
    fr: "Les champs entre doubles accolades sont remplacés par les données de la demande ; voir la référence plus bas. L’en-tête de l’organisme et la pagination sont ajoutés automatiquement.",
    en: "Fields in double braces are replaced by the request’s data; see the reference below. The organisation’s letterhead and page numbers are added automatically.",
  },
  save: { fr: "Enregistrer", en: "Save" },
  saved: { fr: "Le modèle a été enregistré.", en: "The template has been saved." },
  reverted: {
    fr: "Le modèle d’origine a été rétabli.",
    en: "The original template has been restored.",
  },
  invalid: {
    fr: "Le modèle n’a pas été enregistré : corrigez les erreurs suivantes.",
    en: "The template was not saved: correct the following errors.",
  },
  preview: { fr: "Aperçu", en: "Preview" },
  previewIntro: {
    fr: "Aperçu du modèle enregistré, rempli avec les données d’exemple de la demande 202311-76 :",
    en: "Preview of the saved template, filled with the sample data of request 202311-76:",
  },
  previewPdf: { fr: "PDF", en: "PDF" },
  previewDocx: { fr: "DOCX (Word)", en: "DOCX (Word)" },
  revert: { fr: "Rétablir le modèle d’origine", en: "Revert to the original template" },
  revertIntro: {
    fr: "Le texte modifié sera remplacé par le modèle fourni avec Alliage. La version actuelle reste consultable dans le journal d’audit.",
    en: "The changed text will be replaced by the template shipped with Alliage. The current version remains in the audit log.",
  },
  revertConfirm: {
    fr: "Voulez-vous vraiment rétablir le modèle d’origine ?",
    en: "Do you really want to revert to the original template?",
  },
  cancel: { fr: "Annuler", en: "Cancel" },
  reference: { fr: "Référence des champs", en: "Field reference" },
  fields: { fr: "Champs", en: "Fields" },
  field: { fr: "Champ", en: "Field" },
  meaning: { fr: "Signification", en: "Meaning" },
  dateFilter: {
    fr: "Ajoutez |date à une date pour l’écrire en toutes lettres : {{receivedOn|date}} donne « 30 novembre 2023 ».",
    en: "Add |date to a date to write it out: {{receivedOn|date}} gives “November 30, 2023”.",
  },
  lists: { fr: "Listes", en: "Lists" },
  listsIntro: {
    fr: "Répétez un passage pour chaque élément : {{#each documents}} … {{/each}}. À l’intérieur, utilisez les champs de l’élément.",
    en: "Repeat a passage for each item: {{#each documents}} … {{/each}}. Inside, use the item’s fields.",
  },
  conditions: { fr: "Conditions", en: "Conditions" },
  conditionsIntro: {
    fr: "{{#if nom}} … {{else}} … {{/if}} : le passage n’est écrit que si le champ ou la liste n’est pas vide, ou si la condition est vraie. {{! note }} est une note ignorée.",
    en: "{{#if name}} … {{else}} … {{/if}}: the passage is written only if the field or list is not empty, or if the condition holds. {{! note }} is an ignored note.",
  },
  required: { fr: "Obligatoire dans ce modèle : {list}", en: "Required in this template: {list}" },
  markup: { fr: "Mise en forme", en: "Formatting" },
  markupHelp: {
    fr: "Ligne vide : nouveau paragraphe (une ligne vide de plus ajoute un espace). « # » titre, « ## » intertitre, « - » élément de liste, « > » citation, « | a | b | » ligne de tableau (la première est l’en-tête), **gras**.",
    en: "Blank line: new paragraph (each extra blank line adds space). “#” title, “##” heading, “-” list item, “>” quotation, “| a | b |” table row (the first is the header), **bold**.",
  },
});

export const kindLabel = messages<LetterKind>({
  acknowledgement: { fr: "Accusé de réception", en: "Acknowledgement of receipt" },
  extension: { fr: "Avis de prolongation", en: "Extension notice" },
  decision: { fr: "Décision", en: "Decision" },
  recourse: { fr: "Avis de recours", en: "Notice of remedy" },
});

export const jurisdictionLabel = messages<Jurisdiction>({
  qc: { fr: "Québec (RLRQ, c. A-2.1)", en: "Québec (CQLR, c. A-2.1)" },
  fr: { fr: "France (CRPA)", en: "France (CRPA)" },
});

export const languageLabel = messages<"fr" | "en">({
  fr: { fr: "français", en: "French" },
  en: { fr: "anglais", en: "English" },
});

/** What an administrator reads when a template is refused, line by line. */
export const issueText = messages<IssueCode | "atLine">({
  unknown_placeholder: { fr: "Champ inconnu : {{{name}}}", en: "Unknown field: {{{name}}}" },
  unknown_filter: { fr: "Filtre inconnu : |{name}", en: "Unknown filter: |{name}" },
  filter_not_allowed: {
    fr: "Ce filtre ne s’applique qu’aux dates : {{{name}}}",
    en: "This filter applies to dates only: {{{name}}}",
  },
  unknown_list: { fr: "Liste inconnue : {name}", en: "Unknown list: {name}" },
  unknown_condition: { fr: "Condition inconnue : {name}", en: "Unknown condition: {name}" },
  unclosed_block: { fr: "Bloc non fermé : {{{name}}}", en: "Unclosed block: {{{name}}}" },
  unexpected_tag: { fr: "Balise inattendue : {{{name}}}", en: "Unexpected tag: {{{name}}}" },
  malformed_tag: { fr: "Balise mal formée : {name}", en: "Malformed tag: {name}" },
  nested_list: {
    fr: "Une liste ne peut pas être répétée dans une autre : {name}",
    en: "A list cannot be repeated inside another: {name}",
  },
  missing_required: {
    fr: "Élément obligatoire absent : {{{name}}}",
    en: "Required element missing: {{{name}}}",
  },
  atLine: { fr: "ligne {line}", en: "line {line}" },
});

/** The kinds of letter, as officers and requesters read them. */
export const LETTER_LABELS: Record<LetterKind, Texts> = {
  acknowledgement: { fr: "Accusé de réception", en: "Acknowledgement of receipt" },
  extension: { fr: "Avis de prolongation", en: "Extension notice" },
  decision: { fr: "Lettre de décision", en: "Decision letter" },
  recourse: { fr: "Avis de recours", en: "Notice of remedy" },
};
