import { messages, type Texts } from "../i18n/i18n.ts";
import type { MailStatus } from "./commands.ts";

export const MAIL_TEXTS = {
  title: { fr: "Courriels envoyés par Alliage", en: "E-mail sent by Alliage" },
  intro: {
    fr: "Accusés de réception, avis et lettres de décision, du plus récent au plus ancien. Ils contiennent des renseignements personnels : réservé aux responsables de l’accès et aux administrateurs.",
    en: "Acknowledgements, notices and decision letters, newest first. They hold personal information: for access officers and administrators only.",
  },
  keptNotice: {
    fr: "Aucun serveur SMTP n’est configuré (SMTP_URL) : les courriels sont conservés ici sans être envoyés.",
    en: "No SMTP server is configured (SMTP_URL): mails are kept here and not sent.",
  },
  caption: { fr: "Courriels, du plus récent au plus ancien", en: "Mails, newest first" },
  createdAt: { fr: "Date", en: "Date" },
  to: { fr: "Destinataire", en: "Recipient" },
  subject: { fr: "Objet", en: "Subject" },
  status: { fr: "État", en: "Status" },
  about: { fr: "Dossier", en: "Regarding" },
  attempts: { fr: "Tentatives", en: "Attempts" },
  sentAt: { fr: "Envoyé le", en: "Sent on" },
  nextAttempt: { fr: "Prochaine tentative", en: "Next attempt" },
  lastError: { fr: "Dernière erreur", en: "Last error" },
  body: { fr: "Texte du courriel", en: "Message text" },
  attachments: { fr: "Pièces jointes", en: "Attachments" },
  noAttachment: { fr: "Aucune pièce jointe.", en: "No attachment." },
  back: { fr: "← Tous les courriels", en: "← All mail" },
  countOne: { fr: "{total} courriel", en: "{total} mail" },
  countMany: { fr: "{total} courriels", en: "{total} mails" },
  empty: { fr: "Aucun courriel.", en: "No mail." },
  pageOf: { fr: "Page {page} sur {pages}", en: "Page {page} of {pages}" },
  pagination: { fr: "Pages des courriels", en: "Mail pages" },
  previous: { fr: "← Page précédente", en: "← Previous page" },
  next: { fr: "Page suivante →", en: "Next page →" },
  timesHint: { fr: "heure de Toronto", en: "Toronto time" },
  badPage: { fr: "Numéro de page invalide.", en: "Invalid page number." },
  bytes: { fr: "{size} octets", en: "{size} bytes" },
} satisfies Record<string, Texts>;

export const mailText = messages(MAIL_TEXTS);

export const STATUS_LABELS: Record<MailStatus, Texts> = {
  queued: { fr: "En attente d’envoi", en: "Waiting to be sent" },
  sent: { fr: "Envoyé", en: "Sent" },
  failed: { fr: "Échec de l’envoi", en: "Sending failed" },
  kept: { fr: "Conservé, non envoyé", en: "Kept, not sent" },
};
