import { messages } from "../../platform/i18n/i18n.ts";

/** The words the writers add around a template: page numbers and document titles. */
export const letterLabel = messages({
  page: { fr: "Page {n} de {total}", en: "Page {n} of {total}" },
  pageWord: { fr: "Page ", en: "Page " },
  ofWord: { fr: " de ", en: " of " },
  acknowledgement: { fr: "Accusé de réception – {reference}", en: "Acknowledgement – {reference}" },
  extension: { fr: "Prolongation du délai – {reference}", en: "Extension notice – {reference}" },
  decision: { fr: "Décision – {reference}", en: "Decision – {reference}" },
  recourse: { fr: "Avis de recours – {reference}", en: "Notice of remedy – {reference}" },
});
