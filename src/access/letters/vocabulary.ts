import type { Texts } from "../../platform/i18n/i18n.ts";
import type { LetterKind } from "./types.ts";

/**
 * What a template may name: the placeholder reference shown to administrators, and the list the
 * validator checks every placeholder against.
 */
export const SCALARS = {
  reference: { fr: "Numéro de la demande (ex. 202311-76)", en: "Request number (e.g. 202311-76)" },
  subject: { fr: "Objet de la demande", en: "Subject of the request" },
  place: { fr: "Lieu d’où la lettre est écrite", en: "Place the letter is written from" },
  sentOn: { fr: "Date de la lettre", en: "Date of the letter" },
  receivedOn: { fr: "Date de réception de la demande", en: "Date the request was received" },
  due: { fr: "Date limite de réponse", en: "Response deadline" },
  extendedDue: { fr: "Date limite prolongée", en: "Extended deadline" },
  reviewUntil: { fr: "Date limite du recours", en: "Deadline for the review" },
  "requester.name": { fr: "Nom du demandeur", en: "Requester’s name" },
  "requester.address": {
    fr: "Adresse du demandeur (plusieurs lignes)",
    en: "Requester’s address (several lines)",
  },
  "requester.email": { fr: "Courriel du demandeur", en: "Requester’s e-mail" },
  "officer.name": { fr: "Nom du ou de la responsable", en: "Officer’s name" },
  "officer.title": { fr: "Titre du ou de la responsable", en: "Officer’s title" },
  "officer.unit": { fr: "Unité administrative", en: "Administrative unit" },
  "officer.organisation": { fr: "Organisme", en: "Organisation" },
  "officer.address": { fr: "Adresse du ou de la responsable", en: "Officer’s address" },
  "officer.phone": { fr: "Téléphone du ou de la responsable", en: "Officer’s telephone" },
  "officer.email": { fr: "Courriel du ou de la responsable", en: "Officer’s e-mail" },
  attachmentsCount: { fr: "Nombre de pièces jointes", en: "Number of attachments" },
} as const satisfies Record<string, Texts>;

export type ScalarName = keyof typeof SCALARS;

/** Scalars that hold an ISO date and take the |date filter. */
export const DATE_SCALARS: readonly ScalarName[] = [
  "sentOn",
  "receivedOn",
  "due",
  "extendedDue",
  "reviewUntil",
];

export const LOOPS = {
  documents: {
    help: { fr: "Documents visés, un par ligne", en: "Documents concerned, one per row" },
    fields: {
      title: { fr: "Titre du document", en: "Document title" },
      outcome: { fr: "Décision (accessible, refusé…)", en: "Outcome (accessible, refused…)" },
      articles: { fr: "Articles invoqués", en: "Articles relied on" },
    },
  },
  articlesQuoted: {
    help: { fr: "Articles cités dans la lettre", en: "Articles quoted in the letter" },
    fields: {
      article: { fr: "Numéro de l’article", en: "Article number" },
      text: { fr: "Texte de l’article", en: "Text of the article" },
    },
  },
  attachments: {
    help: { fr: "Pièces jointes (p. j.)", en: "Attachments (encl.)" },
    fields: { name: { fr: "Nom de la pièce jointe", en: "Attachment name" } },
  },
} as const satisfies Record<string, { help: Texts; fields: Record<string, Texts> }>;

export type LoopName = keyof typeof LOOPS;

/** Conditions beyond « this value is not empty ». */
export const FLAGS = {
  qc: { fr: "Demande régie par la loi québécoise", en: "Request under Québec law" },
  fr: { fr: "Demande régie par le droit français", en: "Request under French law" },
  anyRefusal: {
    fr: "Au moins un document refusé en tout ou en partie",
    en: "At least one document refused in whole or in part",
  },
} as const satisfies Record<string, Texts>;

export const FILTERS = ["date"] as const;

/**
 * What each kind of letter must keep whatever an administrator writes: the content the Act
 * requires (art. 46 for the acknowledgement, art. 47 for the extension, the reference and the
 * per-document outcome for a decision).
 */
export const REQUIRED: Record<LetterKind, readonly string[]> = {
  acknowledgement: ["receivedOn", "due"],
  extension: ["due", "extendedDue"],
  decision: ["reference", "#each documents"],
  recourse: [],
};
