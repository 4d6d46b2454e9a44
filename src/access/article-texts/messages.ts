import { messages } from "../../platform/i18n/i18n.ts";

export const wordingText = messages({
  articleTextsLead: {
    fr: "Le libellé officiel des articles que les décisions invoquent, avec sa source ; les lettres de décision le citent.",
    en: "The official wording of the sections decisions rely on, with its source; decision letters quote it.",
  },
  noArticleText: {
    fr: "Aucun texte saisi : les lettres nomment les articles sans les citer.",
    en: "No wording entered: letters name the sections without quoting them.",
  },
  articleLabel: { fr: "Article (p. ex. « art. 53 »)", en: "Section (e.g. “art. 53”)" },
  articleText: { fr: "Texte", en: "Wording" },
  textFr: { fr: "Texte officiel (français)", en: "Official wording (French)" },
  textEn: { fr: "Traduction anglaise (facultative)", en: "English translation (optional)" },
  source: { fr: "Source", en: "Source" },
  addArticleText: { fr: "Ajouter ou remplacer un texte", en: "Add or replace a wording" },
  delete: { fr: "Supprimer", en: "Delete" },
  deleteArticleText: {
    fr: "Supprimer le texte de l’{article} ?",
    en: "Delete the wording of {article}?",
  },
});
