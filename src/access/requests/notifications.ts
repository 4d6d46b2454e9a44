import type { Queryable } from "../../platform/db/client.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, messages } from "../../platform/i18n/i18n.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";

const text = messages({
  receivedSubject: {
    fr: "Demande d’accès n° {reference} : reçue",
    en: "Access request {reference}: received",
  },
  receivedBody: {
    fr: "Bonjour,\n\nVotre demande d’accès à l’information a été reçue le {received} sous le numéro {reference}.\nObjet : {subject}\n\nUne réponse vous sera donnée au plus tard le {due}. Un accusé de réception officiel suivra.\n\nConservez ce numéro : il figure sur toutes nos lettres.\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello,\n\nYour access-to-information request was received on {received} under reference {reference}.\nSubject: {subject}\n\nYou will receive an answer by {due} at the latest. A formal acknowledgement will follow.\n\nKeep this reference: it appears on all our letters.\n\nAlliage — Québec–France cooperation on critical metals",
  },
  assignedSubject: {
    fr: "Demande d’accès n° {reference} : vous en êtes responsable",
    en: "Access request {reference}: assigned to you",
  },
  assignedBody: {
    fr: "Bonjour,\n\nLa demande d’accès n° {reference} vous a été attribuée.\nObjet : {subject}\nÉchéance : {due}\n\nFiche de la demande : {link}",
    en: "Hello,\n\nAccess request {reference} has been assigned to you.\nSubject: {subject}\nDue: {due}\n\nRequest page: {link}",
  },
  letterSubject: {
    fr: "Demande d’accès n° {reference} : {letter}",
    en: "Access request {reference}: {letter}",
  },
  letterBody: {
    fr: "Bonjour,\n\nVous trouverez ci-joint, en format PDF, la lettre concernant votre demande d’accès n° {reference} ({letter}).\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello,\n\nPlease find attached, as a PDF, the letter about your access request {reference} ({letter}).\n\nAlliage — Québec–France cooperation on critical metals",
  },
});

type RequestFacts = { reference: string; subject: string; lang: Lang };

/** Confirms receipt to the requester, in the language chosen for the letters. */
export function mailReceipt(
  tx: Queryable,
  to: string,
  r: RequestFacts & { receivedOn: string; dueOn: string },
) {
  const vars = {
    reference: r.reference,
    subject: r.subject,
    received: formatDate(r.lang, r.receivedOn),
    due: formatDate(r.lang, r.dueOn),
  };
  return enqueueMail(tx, {
    to,
    subject: text(r.lang, "receivedSubject", vars),
    text: text(r.lang, "receivedBody", vars),
    subjectType: "AccessRequest",
    subjectId: r.reference,
  });
}

/** Tells an officer a request is now theirs; the requester's identity stays on the request page. */
export function mailAssignment(
  tx: Queryable,
  to: string,
  r: { reference: string; subject: string; dueOn: string; link: string },
) {
  const vars = { ...r, due: formatDate("fr", r.dueOn) };
  return enqueueMail(tx, {
    to,
    subject: text("fr", "assignedSubject", vars),
    text: text("fr", "assignedBody", vars),
    subjectType: "AccessRequest",
    subjectId: r.reference,
  });
}

/** Sends a letter to the requester as a PDF attachment. */
export function mailLetter(
  tx: Queryable,
  to: string,
  r: RequestFacts & { letter: string; fileName: string; pdf: Uint8Array },
) {
  const vars = { reference: r.reference, letter: r.letter };
  return enqueueMail(tx, {
    to,
    subject: text(r.lang, "letterSubject", vars),
    text: text(r.lang, "letterBody", vars),
    attachments: [{ filename: r.fileName, contentType: "application/pdf", content: r.pdf }],
    subjectType: "AccessRequest",
    subjectId: r.reference,
  });
}
