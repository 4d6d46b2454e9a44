import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { Jurisdiction } from "../../shared/jurisdiction.ts";
import type { Channel } from "./schema.ts";
import type { Outcome, Status } from "./status.ts";

export const accessText = messages({
  hubTitle: { fr: "Accès à l’information", en: "Access to information" },
  hubLead: {
    fr: "Toute personne peut demander l’accès aux documents de la coopération Québec–France détenus par les administrations des deux parties, sans avoir à justifier sa demande. Au Québec, la décision est rendue dans les 20 jours (Loi sur l’accès, art. 47) ; en France, le silence gardé un mois vaut refus (CRPA).",
    en: "Anyone may ask for access to the Québec–France cooperation’s documents held by either party’s administration, without giving reasons. In Québec, the decision is due within 20 days (Access Act, s. 47); in France, one month of silence is a refusal (CRPA).",
  },
  fileRequest: { fr: "Déposer une demande", en: "File a request" },
  disclosureLog: { fr: "Documents diffusés", en: "Disclosure log" },
  statistics: { fr: "Statistiques", en: "Statistics" },
  register: { fr: "Registre des demandes", en: "Request register" },
  formTitle: { fr: "Demande d’accès à un document", en: "Request for access to a document" },
  formLead: {
    fr: "Aucun compte n’est nécessaire. Votre identité n’est communiquée qu’aux responsables de l’accès à l’information ; elle n’apparaît jamais dans les documents diffusés.",
    en: "No account is needed. Your identity is seen only by access-to-information officers; it never appears in the disclosure log.",
  },
  jurisdiction: { fr: "Administration visée", en: "Administration" },
  jurisdictionHint: {
    fr: "Le régime de la demande (délais, recours) dépend de l’administration qui détient le document.",
    en: "The administration holding the document decides the rules (deadlines, remedies).",
  },
  subject: { fr: "Objet", en: "Subject" },
  documentsSought: { fr: "Documents demandés", en: "Documents sought" },
  documentsSoughtHint: {
    fr: "Décrivez les documents avec assez de précision pour qu’on puisse les trouver (titre, date, auteur, sujet).",
    en: "Describe the documents precisely enough for them to be found (title, date, author, subject).",
  },
  name: { fr: "Nom", en: "Name" },
  email: { fr: "Courriel", en: "E-mail" },
  postalAddress: { fr: "Adresse postale", en: "Postal address" },
  phone: { fr: "Téléphone (facultatif)", en: "Telephone (optional)" },
  contactHint: {
    fr: "Une adresse courriel ou postale, pour recevoir la réponse.",
    en: "An e-mail or postal address, to receive the answer.",
  },
  letterLang: { fr: "Langue des lettres", en: "Language of the letters" },
  send: { fr: "Envoyer la demande", en: "Send the request" },
  fixErrors: {
    fr: "La demande n’a pas été enregistrée. Corrigez les champs signalés.",
    en: "The request was not recorded. Correct the fields shown.",
  },
  receivedTitle: { fr: "Demande reçue", en: "Request received" },
  receivedLead: {
    fr: "Votre demande porte le numéro {reference}. Conservez-le : il figure sur toutes nos lettres.",
    en: "Your request has the reference {reference}. Keep it: it appears on all our letters.",
  },
  deadlineTitle: { fr: "Délai de réponse", en: "Deadline" },
  deadlineSteps: { fr: "Calcul du délai", en: "How the deadline is computed" },
  dueOn: { fr: "Réponse au plus tard le {date}", en: "Answer due by {date}" },
  newRequest: { fr: "Nouvelle demande", en: "New request" },
  newRequestLead: {
    fr: "Saisie d’une demande reçue par la poste, par courriel ou en personne. La date de réception fait courir le délai.",
    en: "Registering a request received by mail, e-mail or in person. The date of receipt starts the deadline.",
  },
  channel: { fr: "Reçue par", en: "Received by" },
  receivedOn: { fr: "Date de réception", en: "Date received" },
  reference: { fr: "Numéro", en: "Reference" },
  status: { fr: "État", en: "Status" },
  outcome: { fr: "Décision", en: "Decision" },
  officer: { fr: "Responsable", en: "Officer" },
  unassigned: { fr: "Non attribuée", en: "Unassigned" },
  due: { fr: "Échéance", en: "Due" },
  all: { fr: "Toutes", en: "All" },
  filter: { fr: "Filtrer", en: "Filter" },
  search: { fr: "Rechercher", en: "Search" },
  searchHint: { fr: "Numéro ou mots de l’objet", en: "Reference or words of the subject" },
  overdue: { fr: "En retard", en: "Overdue" },
  dueSoon: { fr: "Échéance dans 5 jours ou moins", en: "Due within 5 days" },
  toPublish: { fr: "À publier", en: "To publish" },
  emptyRegister: { fr: "Aucune demande ne correspond.", en: "No request matches." },
  results: {
    fr: "{n, plural, =0 {Aucune demande} one {# demande} other {# demandes}}",
    en: "{n, plural, =0 {No requests} one {# request} other {# requests}}",
  },
  previous: { fr: "Page précédente", en: "Previous page" },
  next: { fr: "Page suivante", en: "Next page" },
  pageOf: { fr: "Page {page} sur {pages}", en: "Page {page} of {pages}" },
  pagination: { fr: "Pagination", en: "Pagination" },
  requester: { fr: "Demandeur ou demandeuse", en: "Requester" },
  apply: { fr: "Enregistrer", en: "Save" },
  documents: { fr: "Documents repérés", en: "Documents found" },
  decide: { fr: "Décider", en: "Decide" },
  publishedOn: { fr: "Diffusée le {date}", en: "Published on {date}" },
  summary: { fr: "Résumé anonymisé de la décision", en: "Anonymised summary of the decision" },
  saved: { fr: "Modification enregistrée.", en: "Change saved." },
  received: { fr: "Reçue le", en: "Received" },
  chooseStatus: { fr: "Choisissez le nouvel état.", en: "Choose the new status." },
  chooseAction: {
    fr: "Choisissez ce qu’il faut faire de la lettre : brouillon ou envoi.",
    en: "Choose what to do with the letter: draft or send.",
  },
  confirmSend: { fr: "Confirmer l’envoi", en: "Confirm sending" },
  letterTemplates: { fr: "Modèles de lettres", en: "Letter templates" },
  articleTexts: { fr: "Textes des articles invoqués", en: "Wording of the sections relied on" },
  cancel: { fr: "Annuler", en: "Cancel" },
  saveDecision: { fr: "Enregistrer la décision", en: "Save the decision" },
  article: { fr: "Article", en: "Section" },
});

export const STATUS_LABELS: Record<Status, Texts> = {
  received: { fr: "Reçue", en: "Received" },
  acknowledged: { fr: "Accusé de réception envoyé", en: "Acknowledged" },
  in_progress: { fr: "En traitement", en: "In progress" },
  extended: { fr: "Délai prolongé", en: "Extended" },
  awaiting_third_party: { fr: "En attente d’un tiers", en: "Awaiting third party" },
  awaiting_clarification: { fr: "En attente de précisions", en: "Awaiting clarification" },
  decided: { fr: "Décidée", en: "Decided" },
  under_review: { fr: "En révision (CAI ou CADA)", en: "Under review (CAI or CADA)" },
  closed: { fr: "Fermée", en: "Closed" },
  withdrawn: { fr: "Retirée", en: "Withdrawn" },
};

export const OUTCOME_LABELS: Record<Outcome, Texts> = {
  full: { fr: "Accès total", en: "Full access" },
  partial: { fr: "Accès partiel", en: "Partial access" },
  refused: { fr: "Refus", en: "Refused" },
  not_held: { fr: "Document non détenu", en: "Document not held" },
  transferred: { fr: "Demande transférée", en: "Request transferred" },
};

export const JURISDICTION_LABELS: Record<Jurisdiction, Texts> = {
  qc: { fr: "Québec (Loi sur l’accès, RLRQ c. A-2.1)", en: "Québec (Access Act, CQLR c. A-2.1)" },
  fr: { fr: "France (CRPA, CADA)", en: "France (CRPA, CADA)" },
};

export const CHANNEL_LABELS: Record<Channel, Texts> = {
  web: { fr: "Formulaire en ligne", en: "Online form" },
  email: { fr: "Courriel", en: "E-mail" },
  mail: { fr: "Poste", en: "Mail" },
  in_person: { fr: "En personne", en: "In person" },
};
