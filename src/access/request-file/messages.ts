import { messages } from "../../platform/i18n/i18n.ts";

export const requestFileText = messages({
  requesterNotice: {
    fr: "Renseignements personnels : ne pas communiquer hors du traitement de la demande.",
    en: "Personal information: not to be shared outside the handling of the request.",
  },
  history: { fr: "Historique", en: "History" },
  moveTo: { fr: "Changer l’état", en: "Change status" },
  onDate: { fr: "Date", en: "Date" },
  note: { fr: "Note", en: "Note" },
  assign: { fr: "Attribuer", en: "Assign" },
  searchLog: { fr: "Recherche documentée", en: "Documented search" },
  unit: { fr: "Unité consultée", en: "Unit consulted" },
  result: { fr: "Résultat", en: "Result" },
  addSearch: { fr: "Ajouter la consultation", en: "Add the consultation" },
  noSearch: { fr: "Aucune unité consultée pour l’instant.", en: "No unit consulted yet." },
  letters: { fr: "Lettres", en: "Letters" },
  noLetters: { fr: "Aucune lettre envoyée.", en: "No letter sent." },
  publication: { fr: "Diffusion", en: "Publication" },
  publishBy: {
    fr: "À diffuser au plus tard le {date} ({days} jours après l’envoi ; {basis}).",
    en: "To publish by {date} ({days} days after sending; {basis}).",
  },
  summaryHint: {
    fr: "Aucun renseignement permettant d’identifier la personne qui a fait la demande.",
    en: "Nothing that could identify the person who made the request.",
  },
  publish: { fr: "Diffuser", en: "Publish" },
  letterKind: { fr: "Lettre", en: "Letter" },
  format: { fr: "Action", en: "Action" },
  sendPdf: {
    fr: "Envoyer (PDF conservé au dossier, courriel au demandeur)",
    en: "Send (PDF kept on file, e-mail to the requester)",
  },
  draftDocx: { fr: "Brouillon modifiable (DOCX)", en: "Editable draft (DOCX)" },
  generate: { fr: "Continuer", en: "Continue" },
  choose: { fr: "— Choisir —", en: "— Choose —" },
  chooseLetter: { fr: "Choisissez la lettre.", en: "Choose the letter." },
  suggestedLetter: {
    fr: "Lettre que demande l’état de la demande : {letter}.",
    en: "Letter the request’s status calls for: {letter}.",
  },
  confirmSendTitle: { fr: "Confirmer l’envoi — {reference}", en: "Confirm sending — {reference}" },
  confirmSendLead: {
    fr: "Vérifiez la lettre et son destinataire : une fois envoyée, elle est conservée au dossier telle quelle et ne peut pas être reprise.",
    en: "Check the letter and its recipient: once sent, it is kept on file as it is and cannot be taken back.",
  },
  recipientEmail: {
    fr: "Destinataire : {email} (courriel, PDF joint).",
    en: "Recipient: {email} (e-mail, PDF attached).",
  },
  recipientPostal: {
    fr: "Le demandeur n’a pas donné d’adresse courriel : la lettre sera conservée au dossier, à imprimer et à poster à l’adresse suivante : {address}.",
    en: "The requester gave no e-mail address: the letter will be kept on file, to be printed and posted to: {address}.",
  },
  previewLetter: { fr: "Voir la lettre (PDF)", en: "View the letter (PDF)" },
  thirdParties: { fr: "Avis aux tiers", en: "Third-party notices" },
  noThirdParty: { fr: "Aucun tiers avisé.", en: "No third party notified." },
  thirdParty: { fr: "Tiers avisé", en: "Third party notified" },
  thirdPartySent: { fr: "avisé le {date}", en: "notified on {date}" },
  thirdPartyDue: {
    fr: "observations attendues au plus tard le {date} ({days} jours ; {basis})",
    en: "observations due by {date} ({days} days; {basis})",
  },
  notifyThirdParty: { fr: "Enregistrer l’avis", en: "Record the notice" },
});
