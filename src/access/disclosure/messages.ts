import { messages } from "../../platform/i18n/i18n.ts";

export const disclosureText = messages({
  save: { fr: "Enregistrer", en: "Save" },
  publicTitle: { fr: "Titre public", en: "Public title" },
  publicTitleShown: {
    fr: "Le registre de diffusion annoncera cette demande ainsi : « {title} ».",
    en: "The disclosure log will announce this request as: “{title}”.",
  },
  publicTitleMissing: {
    fr: "Aucun titre public n’est encore donné : le registre reprendrait l’objet de la demande, tel que le demandeur l’a écrit.",
    en: "No public title yet: the log would repeat the request’s subject as the requester wrote it.",
  },
  publicTitleFr: { fr: "Titre public (français)", en: "Public title (French)" },
  publicTitleEn: {
    fr: "Titre public (anglais, facultatif)",
    en: "Public title (English, optional)",
  },
  disclosureLead: {
    fr: "Décisions rendues et documents communiqués en réponse aux demandes d’accès, diffusés sans l’identité des personnes qui les ont faites.",
    en: "Decisions made and documents released in answer to access requests, published without the identity of those who asked.",
  },
  emptyDisclosure: {
    fr: "Aucune décision diffusée pour l’instant.",
    en: "No decision published yet.",
  },
  noMatch: {
    fr: "Aucune décision diffusée ne correspond à « {q} ».",
    en: "No published decision matches “{q}”.",
  },
  pastLastPage: {
    fr: "Cette page est au-delà de la dernière.",
    en: "This page is past the last one.",
  },
  toLastPage: { fr: "Aller à la page {page}", en: "Go to page {page}" },
  decidedOn: { fr: "Date de la décision", en: "Decision date" },
  download: { fr: "Télécharger (PDF, {n} p.)", en: "Download (PDF, {n} p.)" },
  notReleased: { fr: "Non communiqué", en: "Not released" },
});
