import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { ApplicationStatus, PARTNER_KINDS } from "./schema.ts";

type PartnerKind = (typeof PARTNER_KINDS)[number];

export const applicationText = messages({
  applications: { fr: "Mes candidatures", en: "My applications" },
  submittedApplications: { fr: "Candidatures déposées", en: "Submitted applications" },
  listLead: {
    fr: "Vos candidatures aux appels conjoints, et celles des consortiums auxquels vous avez été invité ou invitée.",
    en: "Your applications to joint calls, and those of the consortia you were invited to.",
  },
  officialsLead: {
    fr: "Les candidatures déposées à tous les appels ; les brouillons restent privés à leur consortium.",
    en: "The applications submitted to every call; drafts stay private to their consortium.",
  },
  none: {
    fr: "Aucune candidature. Pour en créer une, ouvrez la page d’un appel ouvert et choisissez « Nouvelle candidature ».",
    en: "No application. To start one, open the page of an open call and choose “New application”.",
  },
  reference: { fr: "Numéro", en: "Reference" },
  title: { fr: "Titre du projet", en: "Project title" },
  call: { fr: "Appel", en: "Call" },
  status: { fr: "État", en: "Status" },
  updated: { fr: "Modifiée le", en: "Updated" },
  submittedOn: { fr: "Déposée le", en: "Submitted" },
  notYet: { fr: "— (donné au dépôt)", en: "— (given at submission)" },
  newApplication: { fr: "Nouvelle candidature", en: "New application" },
  newLead: {
    fr: "Appel {code} — {title}. Clôture : {closes}.",
    en: "Call {code} — {title}. Closes: {closes}.",
  },
  newHint: {
    fr: "Donnez un titre provisoire ; tout le reste se remplit dans le brouillon, à votre rythme.",
    en: "Give a working title; everything else is filled in the draft, at your own pace.",
  },
  language: { fr: "Langue de la correspondance", en: "Language of correspondence" },
  create: { fr: "Créer le brouillon", en: "Create the draft" },
  draftBanner: {
    fr: "Brouillon — non déposé. Enregistrer le brouillon ne transmet rien : seule l’action « Déposer la candidature » la transmet, avant la clôture du {closes}.",
    en: "Draft — not submitted. Saving the draft sends nothing: only “Submit the application” sends it, before the closing on {closes}.",
  },
  correctionBanner: {
    fr: "Correction demandée — déposez de nouveau la candidature corrigée avant la clôture du {closes}.",
    en: "Correction requested — submit the corrected application again before the closing on {closes}.",
  },
  submittedBanner: {
    fr: "Candidature déposée le {at} sous le numéro {reference}. Elle ne peut plus être modifiée.",
    en: "Application submitted on {at} under reference {reference}. It can no longer be changed.",
  },
  withdrawnBanner: {
    fr: "Candidature retirée le {at}.",
    en: "Application withdrawn on {at}.",
  },
  saved: { fr: "Brouillon enregistré (non déposé).", en: "Draft saved (not submitted)." },
  submittedNow: {
    fr: "Un accusé de réception vous a été envoyé par courriel ; vous pouvez aussi le télécharger ci-dessous.",
    en: "A proof of submission was sent to you by e-mail; you can also download it below.",
  },
  missingTitle: {
    fr: "Éléments manquants pour le dépôt",
    en: "Missing elements for submission",
  },
  general: { fr: "Présentation", en: "Overview" },
  summaryFr: { fr: "Résumé en français", en: "Summary in French" },
  summaryEn: { fr: "Résumé en anglais", en: "Summary in English" },
  summaryHint: {
    fr: "Un résumé dans au moins une des deux langues.",
    en: "A summary in at least one of the two languages.",
  },
  partners: { fr: "Partenaires", en: "Partners" },
  partnersHint: {
    fr: "Au moins {n, plural, one {# partenaire} other {# partenaires}} par partie (Québec et France) et un chef de file. Pour retirer un partenaire, videz son nom.",
    en: "At least {n, plural, one {# partner} other {# partners}} per party (Québec and France) and one lead. To remove a partner, clear its name.",
  },
  partnerName: { fr: "Organisation", en: "Organisation" },
  party: { fr: "Partie", en: "Party" },
  kind: { fr: "Type", en: "Kind" },
  role: { fr: "Rôle", en: "Role" },
  budget: { fr: "Budget par partenaire et par année", en: "Budget per partner and year" },
  budgetHint: {
    fr: "Chaque partenaire budgète dans la devise de sa partie : CAD pour le Québec, EUR pour la France. Enregistrez d’abord un nouveau partenaire pour pouvoir le choisir ici.",
    en: "Each partner budgets in its party’s currency: CAD for Québec, EUR for France. Save a new partner first to be able to choose it here.",
  },
  partner: { fr: "Partenaire", en: "Partner" },
  year: { fr: "Année", en: "Year" },
  amount: { fr: "Montant", en: "Amount" },
  currency: { fr: "Devise", en: "Currency" },
  description: { fr: "Description", en: "Description" },
  funding: { fr: "Financement demandé", en: "Funding requested" },
  fundingHint: {
    fr: "Au plus {maxQc} au Québec et {maxFr} à la France, et au plus {rate}\u202f% du budget des partenaires de chaque partie.",
    en: "At most {maxQc} of Québec and {maxFr} of France, and at most {rate}% of the budget of each party’s partners.",
  },
  fundingQc: { fr: "Demandé au Québec (CAD)", en: "Requested of Québec (CAD)" },
  fundingFr: { fr: "Demandé à la France (EUR)", en: "Requested of France (EUR)" },
  attachments: { fr: "Pièces jointes (PDF)", en: "Attachments (PDF)" },
  attachmentsHint: {
    fr: "Un PDF par pièce, {max} Mo au plus ; le contenu est vérifié. Un nouveau fichier remplace le précédent.",
    en: "One PDF per document, {max} MB at most; the content is checked. A new file replaces the previous one.",
  },
  required: { fr: "obligatoire", en: "required" },
  optional: { fr: "facultative", en: "optional" },
  attached: { fr: "Joint : {file} ({size} Ko)", en: "Attached: {file} ({size} KB)" },
  file: { fr: "Fichier", en: "File" },
  document: { fr: "Pièce", en: "Document" },
  notAttached: { fr: "Aucun fichier joint.", en: "No file attached." },
  consortium: { fr: "Consortium", en: "Consortium" },
  members: { fr: "Membres invités (adresses courriel)", en: "Invited members (e-mail addresses)" },
  membersHint: {
    fr: "Une adresse par ligne. Les membres voient et modifient la candidature ; seul le titulaire gère cette liste et peut la retirer.",
    en: "One address per line. Members see and edit the application; only the owner manages this list and can withdraw it.",
  },
  owner: { fr: "Titulaire", en: "Owner" },
  save: { fr: "Enregistrer le brouillon", en: "Save the draft" },
  saveHint: {
    fr: "Enregistre sans déposer, même incomplet. Vous pouvez revenir à tout moment avant la clôture.",
    en: "Saves without submitting, even if incomplete. You can come back at any time before the closing.",
  },
  submitTitle: { fr: "Déposer la candidature", en: "Submit the application" },
  submitHint: {
    fr: "Enregistre puis dépose : la candidature est vérifiée en entier, reçoit un numéro et ne peut plus être modifiée. Un accusé de réception PDF vous est envoyé.",
    en: "Saves, then submits: the application is checked in full, gets a reference and can no longer be changed. A PDF proof of submission is sent to you.",
  },
  submit: { fr: "Déposer la candidature", en: "Submit the application" },
  proof: { fr: "Accusé de réception (PDF)", en: "Proof of submission (PDF)" },
  withdraw: { fr: "Retirer la candidature", en: "Withdraw the application" },
  withdrawConfirm: {
    fr: "Retirer la candidature {reference} ? Elle ne sera pas évaluée, et ce retrait est définitif.",
    en: "Withdraw application {reference}? It will not be reviewed, and the withdrawal is final.",
  },
  withdrawHint: {
    fr: "Possible jusqu’à la clôture de l’appel ({closes}).",
    en: "Possible until the call closes ({closes}).",
  },
  cancel: { fr: "Annuler", en: "Cancel" },
  totalQc: { fr: "Budget des partenaires du Québec", en: "Budget of the Québec partners" },
  totalFr: { fr: "Budget des partenaires de France", en: "Budget of the French partners" },
  // The proof of submission and the mails.
  proofTitle: { fr: "Accusé de réception de candidature", en: "Proof of submission" },
  proofLead: {
    fr: "La candidature ci-dessous a été reçue par la plateforme Alliage de la coopération Québec–France sur les minéraux critiques et stratégiques.",
    en: "The application below was received by Alliage, the platform of the Québec–France cooperation on critical and strategic minerals.",
  },
  receivedAt: { fr: "Reçue le", en: "Received" },
  version: { fr: "Version", en: "Version" },
  fingerprint: {
    fr: "Empreinte SHA-256 de la version déposée",
    en: "SHA-256 fingerprint of the submitted version",
  },
  fingerprintHint: {
    fr: "Empreinte du JSON canonique de la version (clés triées, sans espaces), pièces jointes comprises par leur propre empreinte.",
    en: "Fingerprint of the version’s canonical JSON (sorted keys, no spaces), attachments included by their own fingerprint.",
  },
  proofPage: { fr: "Page {n} de {total}", en: "Page {n} of {total}" },
  receiptSubject: {
    fr: "Candidature {reference} déposée — appel {code}",
    en: "Application {reference} submitted — call {code}",
  },
  receiptBody: {
    fr: "Bonjour,\n\nVotre candidature « {title} » à l’appel {code} a été déposée le {at}.\nNuméro : {reference}\nEmpreinte SHA-256 : {sha}\n\nAccusé de réception (PDF, ci-joint) : {link}\n\nAlliage — coopération Québec–France sur les minéraux critiques",
    en: "Hello,\n\nYour application “{title}” to call {code} was submitted on {at}.\nReference: {reference}\nSHA-256 fingerprint: {sha}\n\nProof of submission (PDF, attached): {link}\n\nAlliage — Québec–France cooperation on critical minerals",
  },
  reminderSubject: {
    fr: "Appel {code} : votre candidature n’est pas déposée",
    en: "Call {code}: your application is not submitted",
  },
  reminderBody: {
    fr: "Bonjour,\n\nVotre candidature « {title} » à l’appel {code} est toujours un brouillon : elle n’est pas transmise. L’appel ferme le {closes}.\n\nPour la déposer, ouvrez-la et choisissez « Déposer la candidature » : {link}\n\nAlliage — coopération Québec–France sur les minéraux critiques",
    en: "Hello,\n\nYour application “{title}” to call {code} is still a draft: it has not been sent. The call closes on {closes}.\n\nTo submit it, open it and choose “Submit the application”: {link}\n\nAlliage — Québec–France cooperation on critical minerals",
  },
  inviteSubject: {
    fr: "Invitation au consortium d’une candidature — appel {code}",
    en: "Invitation to an application’s consortium — call {code}",
  },
  inviteBody: {
    fr: "Bonjour,\n\n{owner} vous invite à préparer la candidature « {title} » à l’appel {code}. Connectez-vous à Alliage avec cette adresse (ou créez-y un compte) pour la voir : {link}\n\nAlliage — coopération Québec–France sur les minéraux critiques",
    en: "Hello,\n\n{owner} invites you to prepare the application “{title}” to call {code}. Sign in to Alliage with this address (or create an account there) to see it: {link}\n\nAlliage — Québec–France cooperation on critical minerals",
  },
  untitled: { fr: "(sans titre)", en: "(untitled)" },
});

export const STATUS_LABELS: Record<ApplicationStatus, Texts> = {
  draft: { fr: "Brouillon — non déposé", en: "Draft — not submitted" },
  submitted: { fr: "Déposée", en: "Submitted" },
  withdrawn: { fr: "Retirée", en: "Withdrawn" },
  correction_requested: { fr: "Correction demandée", en: "Correction requested" },
};

export const PARTY_LABELS: Record<"qc" | "fr" | "other", Texts> = {
  qc: { fr: "Québec", en: "Québec" },
  fr: { fr: "France", en: "France" },
  other: { fr: "Autre", en: "Other" },
};

export const ROLE_LABELS: Record<"lead" | "partner", Texts> = {
  lead: { fr: "Chef de file", en: "Lead" },
  partner: { fr: "Partenaire", en: "Partner" },
};

export const KIND_LABELS: Record<PartnerKind, Texts> = {
  university: { fr: "Université", en: "University" },
  research_centre: { fr: "Centre de recherche", en: "Research centre" },
  company: { fr: "Entreprise", en: "Company" },
  geological_survey: { fr: "Service géologique", en: "Geological survey" },
  ministry: { fr: "Ministère", en: "Ministry" },
  agency: { fr: "Agence", en: "Agency" },
  fund: { fr: "Fonds", en: "Fund" },
  other: { fr: "Autre", en: "Other" },
};

/** A stored kind's label; a kind this version does not know reads as "other". */
export const kindLabel = (kind: string): Texts =>
  KIND_LABELS[kind as PartnerKind] ?? KIND_LABELS.other;
