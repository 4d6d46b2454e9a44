import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { Outcome } from "./schema.ts";

export const OUTCOME_LABELS: Record<Outcome, Texts> = {
  funded: { fr: "Financée", en: "Funded" },
  waiting_list: { fr: "Liste d’attente", en: "Waiting list" },
  rejected: { fr: "Refusée", en: "Rejected" },
};

export const decisionText = messages({
  calls: { fr: "Appels à projets", en: "Calls for projects" },
  committeeOf: { fr: "Comité conjoint — {code}", en: "Joint committee — {code}" },
  committeeLead: {
    fr: "Le comité décide pour chaque candidature déposée : financée, liste d’attente ou refusée. Les décisions deviennent définitives quand les deux coprésidents les ont approuvées ; toute modification retire les approbations.",
    en: "The committee decides on each submitted application: funded, waiting list or rejected. The decisions become final once both co-chairs have approved them; any change withdraws the approvals.",
  },
  budget: { fr: "Enveloppes", en: "Envelopes" },
  party: { fr: "Partie", en: "Party" },
  envelope: { fr: "Enveloppe", en: "Envelope" },
  committed: { fr: "Engagé", en: "Committed" },
  left: { fr: "Disponible", en: "Left" },
  quebec: { fr: "Québec", en: "Québec" },
  france: { fr: "France", en: "France" },
  applications: { fr: "Candidatures", en: "Applications" },
  noApplications: {
    fr: "Aucune candidature déposée pour cet appel.",
    en: "No application has been submitted to this call.",
  },
  rank: { fr: "Rang", en: "Rank" },
  score: { fr: "Note", en: "Score" },
  reviews: { fr: "Avis reçus / demandés", en: "Reviews received / asked" },
  disagreements: {
    fr: "Désaccord sur {count} critère(s)",
    en: "Disagreement on {count} criterion/criteria",
  },
  reference: { fr: "Numéro", en: "Reference" },
  title: { fr: "Titre", en: "Title" },
  asked: { fr: "Demandé", en: "Asked" },
  decision: { fr: "Décision", en: "Decision" },
  none: { fr: "Aucune", en: "None" },
  outcome: { fr: "Décision", en: "Decision" },
  reason: { fr: "Motif", en: "Reason" },
  reasonHint: {
    fr: "Obligatoire pour un refus ; communiqué au candidat dans la lettre.",
    en: "Required for a rejection; told to the applicant in the letter.",
  },
  amountQc: { fr: "Montant Québec ($ CA)", en: "Amount Québec (CA$)" },
  amountFr: { fr: "Montant France (€)", en: "Amount France (€)" },
  save: { fr: "Enregistrer la décision", en: "Save the decision" },
  saved: { fr: "Décision enregistrée.", en: "Decision saved." },
  cochairs: { fr: "Coprésidents", en: "Co-chairs" },
  cochairQc: { fr: "Coprésident Québec", en: "Co-chair Québec" },
  cochairFr: { fr: "Coprésident France", en: "Co-chair France" },
  noCochair: { fr: "— à désigner —", en: "— to be named —" },
  saveCochairs: { fr: "Désigner les coprésidents", en: "Name the co-chairs" },
  cochairsSaved: { fr: "Coprésidents enregistrés.", en: "Co-chairs saved." },
  approved: { fr: "Approuvé le {at}", en: "Approved on {at}" },
  notApproved: { fr: "Pas encore approuvé", en: "Not approved yet" },
  approve: { fr: "Approuver les décisions", en: "Approve the decisions" },
  approveTitle: { fr: "Approuver les décisions — {code}", en: "Approve the decisions — {code}" },
  approveLead: {
    fr: "Vous approuvez, pour votre partie, l’ensemble des décisions ci-dessous. Quand l’autre coprésident les aura approuvées aussi, elles deviendront définitives : les candidatures financées deviendront des projets conjoints et les lettres de décision seront envoyées.",
    en: "You approve, for your party, all the decisions below. Once the other co-chair has approved them too, they become final: funded applications become joint projects and the decision letters are sent.",
  },
  confirmApprove: { fr: "Je confirme mon approbation", en: "I confirm my approval" },
  cancel: { fr: "Annuler", en: "Cancel" },
  approvedNotice: { fr: "Approbation enregistrée.", en: "Approval recorded." },
  finalNotice: {
    fr: "Les décisions sont définitives depuis le {at}.",
    en: "The decisions have been final since {at}.",
  },
  project: { fr: "Projet", en: "Project" },
  letter: { fr: "Lettre", en: "Letter" },
  fundedProjects: { fr: "Projets financés", en: "Funded projects" },
  noFundedProjects: { fr: "Aucun projet financé.", en: "No project funded." },
  fromCall: { fr: "Issu de l’appel {code}", en: "From call {code}" },
  // The decision letter.
  letterTitle: { fr: "Décision du comité conjoint", en: "Decision of the joint committee" },
  letterSubject: {
    fr: "Appel {code} — décision sur votre candidature {reference}",
    en: "Call {code} — decision on your application {reference}",
  },
  letterGreeting: { fr: "Madame, Monsieur,", en: "Dear applicant," },
  letterIntro: {
    fr: "Le comité conjoint Québec–France de l’appel {code} « {call} » a examiné votre candidature {reference} « {title} ».",
    en: "The joint Québec–France committee of call {code} “{call}” has examined your application {reference} “{title}”.",
  },
  letterFunded: {
    fr: "Nous avons le plaisir de vous informer qu’elle est retenue pour financement : {amounts}. Elle devient le projet conjoint {project}.",
    en: "We are pleased to inform you that it has been selected for funding: {amounts}. It becomes joint project {project}.",
  },
  letterWaiting: {
    fr: "Elle est placée sur la liste d’attente : elle pourra être financée si des fonds se libèrent.",
    en: "It has been placed on the waiting list: it may be funded if funds become available.",
  },
  letterRejected: {
    fr: "Nous regrettons de vous informer qu’elle n’est pas retenue.",
    en: "We regret to inform you that it has not been selected.",
  },
  letterReason: { fr: "Motif : {reason}", en: "Reason: {reason}" },
  letterClosing: {
    fr: "Nous vous remercions de votre participation et vous prions d’agréer nos salutations distinguées.",
    en: "Thank you for taking part. Yours sincerely,",
  },
  letterSignature: {
    fr: "Les coprésidents du comité conjoint",
    en: "The co-chairs of the joint committee",
  },
  letterMail: {
    fr: "Bonjour,\n\nVous trouverez ci-joint la décision du comité conjoint sur votre candidature {reference} à l’appel {code}.\n\nAlliage",
    en: "Hello,\n\nPlease find attached the joint committee's decision on your application {reference} to call {code}.\n\nAlliage",
  },
  amountAnd: { fr: " et ", en: " and " },
  fromQuebec: { fr: "{amount} du Québec", en: "{amount} from Québec" },
  fromFrance: { fr: "{amount} de la France", en: "{amount} from France" },
});
