import { type Lang, messages } from "../platform/i18n/i18n.ts";

export const declarationText = messages({
  pageTitle: { fr: "Déclaration d’intention", en: "Declaration of Intent" },
  lead: {
    fr: "Le texte qui fonde la coopération entre le Québec et la République française sur les métaux critiques.",
    en: "The text on which the cooperation between Québec and the French Republic on critical metals rests.",
  },
  translationNote: {
    fr: "La version anglaise de cette page est une traduction non officielle du projet Alliage\u202f; le texte de référence est le texte français.",
    en: "The English version of this page is an unofficial translation by the Alliage project; the French text is the reference.",
  },
  partiesHeading: { fr: "Les parties", en: "The parties" },
  preambleHeading: { fr: "Préambule", en: "Preamble" },
  prioritiesHeading: { fr: "Priorités et axes d’action", en: "Priorities and lines of action" },
  priorityHeading: { fr: "Priorité {code}\u00a0: {title}", en: "Priority {code}: {title}" },
  linesLabel: {
    fr: "Axes d’action de la priorité {code}",
    en: "Lines of action of priority {code}",
  },
  lineWord: { fr: "Axe", en: "Line" },
  // French counts 0 as singular: « 0 élément rattaché ».
  linked: {
    fr: "{n, plural, one {# élément rattaché} other {# éléments rattachés}}",
    en: "{n, plural, one {# linked item} other {# linked items}}",
  },
  signatureHeading: { fr: "Signature", en: "Signature" },
  signedAt: {
    fr: "Fait à {place}, le {date}, en {copies} exemplaires.",
    en: "Done at {place}, on {date}, in {copies} copies.",
  },
  forParty: { fr: "Pour {party}", en: "For {party}" },
  sourceHeading: { fr: "Source et traduction", en: "Source and translation" },
  source: {
    fr: "Texte français publié par le {institution} ({acronym}) en réponse à la demande d’accès à l’information {request} (décision du {date}).",
    en: "French text released by the {institution} ({acronym}) in response to access-to-information request {request} (decision of {date}).",
  },
  notSeeded: {
    fr: "La déclaration n’est pas encore chargée. Exécutez «\u00a0alliage db seed\u00a0».",
    en: "The declaration has not been loaded yet. Run “alliage db seed”.",
  },
  kindProject: { fr: "projets", en: "projects" },
  kindEvent: { fr: "événements", en: "events" },
  kindDocument: { fr: "documents", en: "documents" },
  kindCall: { fr: "appels à projets", en: "calls for projects" },
  kindSeparator: { fr: "\u202f; ", en: "; " },
  kindCount: { fr: "{kind}\u00a0: {n}", en: "{kind}: {n}" },
});

const KIND_KEYS = {
  Project: "kindProject",
  Event: "kindEvent",
  Document: "kindDocument",
  Call: "kindCall",
} as const;

/** A kind of linked item in the reader's language; kinds added later show their raw name. */
export function kindLabel(lang: Lang, subjectType: string): string {
  const key = Object.hasOwn(KIND_KEYS, subjectType)
    ? KIND_KEYS[subjectType as keyof typeof KIND_KEYS]
    : undefined;
  return key ? declarationText(lang, key) : subjectType;
}
