import { messages, type Texts } from "../../platform/i18n/i18n.ts";

export const documentText = messages({
  noDocuments: { fr: "Aucun document joint.", en: "No document attached." },
  title: { fr: "Titre", en: "Title" },
  file: { fr: "Fichier PDF", en: "PDF file" },
  addDocument: { fr: "Joindre le document", en: "Attach the document" },
  pages: { fr: "{n} p.", en: "{n} p." },
  articles: { fr: "Articles invoqués", en: "Sections relied on" },
  articlesHint: {
    fr: "Séparés par des virgules, p. ex. « art. 53, art. 54 ».",
    en: "Comma-separated, e.g. “s. 53, s. 54”.",
  },
  original: { fr: "Original", en: "Original" },
  released: { fr: "Version diffusée", en: "Released version" },
  decisionTitle: { fr: "Décision sur le document", en: "Decision on the document" },
  redactions: { fr: "Zones à caviarder", en: "Areas to redact" },
  redactionsHint: {
    fr: "Une zone par ligne : page ; x ; y ; largeur ; hauteur (en millimètres depuis le coin supérieur gauche) ; article. Ou cherchez un texte à caviarder partout.",
    en: "One area per line: page; x; y; width; height (millimetres from the top-left corner); section. Or search for a text to redact everywhere.",
  },
  findText: { fr: "Texte à caviarder partout", en: "Text to redact everywhere" },
  findArticle: { fr: "Article pour ce texte", en: "Section for this text" },
  preview: { fr: "Aperçu de la page {page}", en: "Preview of page {page}" },
  backToRequest: { fr: "Retour à la demande {reference}", en: "Back to request {reference}" },
  decisionLegend: { fr: "Décision sur ce document", en: "Decision on this document" },
  pageColumn: { fr: "Page", en: "Page" },
  xColumn: { fr: "x (mm)", en: "x (mm)" },
  yColumn: { fr: "y (mm)", en: "y (mm)" },
  widthColumn: { fr: "Largeur (mm)", en: "Width (mm)" },
  heightColumn: { fr: "Hauteur (mm)", en: "Height (mm)" },
  storedRedactions: {
    fr: "Zones caviardées enregistrées ({n})",
    en: "Redacted areas on file ({n})",
  },
  originalPreviews: { fr: "Aperçu de l’original", en: "Preview of the original" },
  redactedPreviews: { fr: "Aperçu de la version caviardée", en: "Preview of the redacted version" },
  redactedPreview: {
    fr: "Aperçu de la page {page}, version caviardée",
    en: "Preview of page {page}, redacted version",
  },
  pageSize: {
    fr: "Page {page} : {width} × {height} mm",
    en: "Page {page}: {width} × {height} mm",
  },
  gridLegend: {
    fr: "Les aperçus sont quadrillés tous les 10 mm, d’un trait plus marqué tous les 50 mm : x se mesure depuis le bord gauche, y depuis le bord supérieur.",
    en: "The previews have a grid line every 10 mm, a stronger one every 50 mm: x is measured from the left edge, y from the top edge.",
  },
  morePages: {
    fr: "Seules les {shown} premières pages sont montrées sur {n} ; ouvrez l’original pour voir les autres.",
    en: "Only the first {shown} of {n} pages are shown; open the original to see the others.",
  },
  chooseDecision: { fr: "Choisissez une décision.", en: "Choose a decision." },
  areaLineFormat: {
    fr: "Ligne {line} : six champs séparés par « ; » sont attendus (page ; x ; y ; largeur ; hauteur ; article).",
    en: "Line {line}: six fields separated by “;” are expected (page; x; y; width; height; section).",
  },
  areaLineNumber: {
    fr: "Ligne {line} : « {value} » n’est pas une mesure valable (nombre de millimètres positif, p. ex. 12,5).",
    en: "Line {line}: “{value}” is not a valid measure (a positive number of millimetres, e.g. 12.5).",
  },
  areaLinePage: {
    fr: "Ligne {line} : la page {page} n’existe pas (le document compte {pages} pages).",
    en: "Line {line}: page {page} does not exist (the document has {pages} pages).",
  },
  areaLineOutside: {
    fr: "Ligne {line} : la zone dépasse de la page {page}, qui mesure {width} × {height} mm.",
    en: "Line {line}: the area goes beyond page {page}, which measures {width} × {height} mm.",
  },
  areaLineArticle: {
    fr: "Ligne {line} : indiquez l’article qui justifie la zone.",
    en: "Line {line}: give the section that justifies the area.",
  },
  tooManyAreas: {
    fr: "Au plus {max} zones par document.",
    en: "At most {max} areas per document.",
  },
  findArticleMissing: {
    fr: "Indiquez l’article qui justifie le caviardage de ce texte.",
    en: "Give the section that justifies redacting this text.",
  },
  textNotFound: {
    fr: "« {text} » ne figure nulle part dans le document : rien n’a été enregistré.",
    en: "“{text}” appears nowhere in the document: nothing was saved.",
  },
});

export const DOCUMENT_DECISION_LABELS: Record<
  "pending" | "accessible" | "partial" | "refused",
  Texts
> = {
  pending: { fr: "À décider", en: "To decide" },
  accessible: { fr: "Accessible", en: "Accessible" },
  partial: { fr: "Partiellement accessible", en: "Partially accessible" },
  refused: { fr: "Refusé", en: "Refused" },
};
