import { messages } from "../../platform/i18n/i18n.ts";

export const reviewText = messages({
  // The officials' dashboard.
  dashboard: { fr: "Évaluation — {code}", en: "Review — {code}" },
  dashboardLead: {
    fr: "Examen d’admissibilité par chaque partie, avis demandés et reçus, classement par moyenne pondérée.",
    en: "Eligibility screening by each party, opinions asked and received, ranking by weighted mean.",
  },
  applicationsHeading: { fr: "Candidatures", en: "Applications" },
  noApplications: {
    fr: "Aucune candidature déposée à cet appel.",
    en: "No application submitted to this call.",
  },
  reference: { fr: "Numéro", en: "Reference" },
  title: { fr: "Titre", en: "Title" },
  screeningQc: { fr: "Examen Québec", en: "Québec screening" },
  screeningFr: { fr: "Examen France", en: "France screening" },
  opinions: { fr: "Avis demandés / reçus", en: "Opinions asked / received" },
  toScreen: { fr: "À examiner", en: "To screen" },
  eligible: { fr: "Admissible", en: "Eligible" },
  ineligible: { fr: "Non admissible", en: "Ineligible" },
  sentBack: { fr: "Renvoyée pour correction", en: "Sent back for correction" },
  open: { fr: "Ouvrir", en: "Open" },
  rankingHeading: { fr: "Classement", en: "Ranking" },
  rankingLead: {
    fr: "Candidatures admissibles pour les deux parties, par moyenne pondérée des évaluations transmises ; sans évaluation, en fin de liste. Un désaccord : deux évaluateurs à plus de 2 points d’écart sur un critère.",
    en: "Applications eligible for both parties, by the weighted mean of submitted reviews; those without a review come last. A disagreement: two reviewers more than 2 points apart on a criterion.",
  },
  noRanking: {
    fr: "Aucune candidature admissible pour l’instant.",
    en: "No eligible application yet.",
  },
  rank: { fr: "Rang", en: "Rank" },
  mean: { fr: "Moyenne (sur 5)", en: "Mean (out of 5)" },
  disagreements: { fr: "Désaccords", en: "Disagreements" },
  none: { fr: "Aucun", en: "None" },
  notRanked: { fr: "—", en: "—" },
  exportsLinks: { fr: "Exporter les candidatures :", en: "Export the applications:" },
  committeePack: { fr: "dossier du comité (ZIP)", en: "committee pack (ZIP)" },
  reviewersLink: {
    fr: "Gérer les profils des évaluateurs",
    en: "Manage reviewer profiles",
  },

  // The official's page of one application.
  applicationHeading: { fr: "Évaluation de {reference}", en: "Review of {reference}" },
  version: { fr: "Version {n} déposée", en: "Version {n} submitted" },
  partners: { fr: "Partenaires", en: "Partners" },
  back: { fr: "Retour au tableau de bord", en: "Back to the dashboard" },
  screeningHeading: { fr: "Examen d’admissibilité", en: "Eligibility screening" },
  screeningOf: { fr: "Examen de la partie {party}", en: "Screening by {party}" },
  notScreened: { fr: "Pas encore examinée.", en: "Not screened yet." },
  screenedBy: {
    fr: "{verdict} — par {name}, le {date} (version {n})",
    en: "{verdict} — by {name}, on {date} (version {n})",
  },
  screenedOn: {
    fr: "{verdict} — le {date} (version {n})",
    en: "{verdict} — on {date} (version {n})",
  },
  yourScreening: { fr: "Votre examen", en: "Your screening" },
  reason: { fr: "Motif", en: "Reason" },
  reasonHint: {
    fr: "Obligatoire si la candidature n’est pas admissible ; communicable à la candidate ou au candidat.",
    en: "Required if the application is ineligible; may be told to the applicant.",
  },
  privateNote: { fr: "Note privée", en: "Private note" },
  privateNoteHint: {
    fr: "Réservée aux membres des deux parties ; jamais montrée aux candidats.",
    en: "For the members of both parties only; never shown to applicants.",
  },
  verdict: { fr: "Décision", en: "Verdict" },
  yes: { fr: "Oui", en: "Yes" },
  no: { fr: "Non", en: "No" },
  actingFor: { fr: "Au nom de", en: "Acting for" },
  saveScreening: { fr: "Enregistrer l’examen", en: "Save the screening" },
  noEligibilityCriteria: {
    fr: "La grille de cet appel ne compte aucun critère d’admissibilité.",
    en: "This call’s grid has no eligibility criterion.",
  },
  correctionHeading: { fr: "Demander une correction", en: "Request a correction" },
  correctionHint: {
    fr: "La candidature revient à son consortium, qui la corrige et la dépose de nouveau (version suivante) ; le message lui est envoyé par courriel.",
    en: "The application goes back to its consortium, which corrects and submits it again (next version); the message is sent to it by e-mail.",
  },
  correctionMessage: { fr: "Message au consortium", en: "Message to the consortium" },
  sendCorrection: { fr: "Renvoyer pour correction", en: "Send back for correction" },
  corrections: { fr: "Corrections demandées", en: "Corrections requested" },
  reviewersHeading: { fr: "Évaluateurs", en: "Reviewers" },
  noAssignment: { fr: "Aucun évaluateur désigné.", en: "No reviewer assigned." },
  reviewer: { fr: "Évaluateur ou évaluatrice", en: "Reviewer" },
  party: { fr: "Partie", en: "Party" },
  organisation: { fr: "Organisation", en: "Organisation" },
  due: { fr: "Échéance", en: "Deadline" },
  state: { fr: "État", en: "Status" },
  stateAwaitingCoi: { fr: "Conflit d’intérêts à déclarer", en: "Conflict of interest to declare" },
  stateInProgress: { fr: "En cours", en: "In progress" },
  stateSubmitted: { fr: "Transmise", en: "Submitted" },
  stateRecused: { fr: "Récusé — {reason}", en: "Recused — {reason}" },
  replaceHint: {
    fr: "Un évaluateur s’est récusé : désignez une personne pour le remplacer.",
    en: "A reviewer recused themselves: assign someone to replace them.",
  },
  assignHeading: { fr: "Désigner des évaluateurs", en: "Assign reviewers" },
  assignHint: {
    fr: "Au moins deux au total, dont un de chaque partie ; jamais une personne d’une organisation partenaire.",
    en: "At least two in all, one from each party; never someone from a partner organisation.",
  },
  assignNotYet: {
    fr: "Les évaluateurs se désignent une fois la candidature jugée admissible par les deux parties.",
    en: "Reviewers are assigned once both parties have found the application eligible.",
  },
  noReviewerProfile: {
    fr: "Aucun évaluateur n’a encore de profil (partie et organisation).",
    en: "No reviewer has a profile (party and organisation) yet.",
  },
  deadline: { fr: "Date limite de l’évaluation", en: "Review deadline" },
  assign: { fr: "Désigner", en: "Assign" },
  submittedScores: { fr: "Notes transmises", en: "Submitted scores" },
  saved: { fr: "Enregistré.", en: "Saved." },

  // Reviewer profiles.
  profilesTitle: { fr: "Évaluateurs", en: "Reviewers" },
  profilesLead: {
    fr: "La partie et l’organisation de chaque évaluateur : chaque candidature en reçoit au moins un par partie, et jamais un d’une organisation partenaire.",
    en: "Each reviewer’s party and organisation: every application gets at least one per party, and never one from a partner organisation.",
  },
  noReviewers: {
    fr: "Aucun compte d’évaluateur. Créez-en avec « alliage users create --role reviewer ».",
    en: "No reviewer account. Create some with “alliage users create --role reviewer”.",
  },
  saveProfile: { fr: "Enregistrer", en: "Save" },
  partyQc: { fr: "Québec", en: "Québec" },
  partyFr: { fr: "France", en: "France" },

  // The reviewer's own pages.
  myReviews: { fr: "Mes évaluations", en: "My reviews" },
  myReviewsLead: {
    fr: "Les candidatures qui vous sont confiées, l’échéance la plus proche d’abord.",
    en: "The applications assigned to you, the nearest deadline first.",
  },
  noReviews: { fr: "Aucune évaluation ne vous est confiée.", en: "No review is assigned to you." },
  call: { fr: "Appel", en: "Call" },
  coiHeading: { fr: "Conflit d’intérêts", en: "Conflict of interest" },
  coiLead: {
    fr: "Avant d’ouvrir le dossier, déclarez que vous n’avez aucun conflit d’intérêts avec ce projet ou ses partenaires (lien d’emploi, de collaboration récente, familial ou financier). Sinon, récusez-vous : une autre personne sera désignée.",
    en: "Before opening the file, declare that you have no conflict of interest with this project or its partners (employment, recent collaboration, family or financial ties). Otherwise, recuse yourself: someone else will be assigned.",
  },
  declareNoConflict: {
    fr: "Je déclare n’avoir aucun conflit d’intérêts",
    en: "I declare that I have no conflict of interest",
  },
  recusalReason: { fr: "Motif de la récusation", en: "Reason for recusal" },
  recuse: { fr: "Me récuser", en: "Recuse myself" },
  recusedNotice: {
    fr: "Vous vous êtes récusé ou récusée : {reason}",
    en: "You recused yourself: {reason}",
  },
  summary: { fr: "Résumé", en: "Summary" },
  funding: { fr: "Financement demandé", en: "Funding asked" },
  attachments: { fr: "Pièces jointes", en: "Attachments" },
  scoresHeading: { fr: "Notes", en: "Scores" },
  scoresLead: {
    fr: "Chaque critère se note de 0 à 5 (nombre entier). Enregistrez autant de fois que nécessaire ; une fois transmise, l’évaluation ne change plus.",
    en: "Each criterion is scored from 0 to 5 (a whole number). Save as often as needed; once submitted, the review no longer changes.",
  },
  weight: { fr: "pondération {weight}", en: "weight {weight}" },
  score: { fr: "Note (0 à 5)", en: "Score (0 to 5)" },
  comment: { fr: "Commentaire", en: "Comment" },
  saveDraft: { fr: "Enregistrer le brouillon", en: "Save the draft" },
  submitReview: { fr: "Transmettre l’évaluation", en: "Submit the review" },
  submittedNotice: {
    fr: "Évaluation transmise le {date}.",
    en: "Review submitted on {date}.",
  },
  othersHeading: { fr: "Évaluations des autres", en: "Other reviews" },
  othersNone: {
    fr: "Aucune autre évaluation transmise pour l’instant.",
    en: "No other review submitted yet.",
  },

  // Mails.
  assignedSubject: {
    fr: "Évaluation confiée : {reference}",
    en: "Review assigned: {reference}",
  },
  assignedBody: {
    fr: "Bonjour,\n\nLa candidature {reference} (appel {code}) vous est confiée pour évaluation, avant le {due}.\nDéclarez d’abord l’absence de conflit d’intérêts, ou récusez-vous, sur cette page :\n{link}\n\nAlliage",
    en: "Hello,\n\nApplication {reference} (call {code}) is assigned to you for review, due {due}.\nFirst declare that you have no conflict of interest, or recuse yourself, on this page:\n{link}\n\nAlliage",
  },
  reminderSubject: {
    fr: "Rappel : évaluation de {reference} attendue avant le {due}",
    en: "Reminder: review of {reference} due {due}",
  },
  reminderBody: {
    fr: "Bonjour,\n\nVotre évaluation de la candidature {reference} est attendue avant le {due}. Elle n’est pas encore transmise :\n{link}\n\nAlliage",
    en: "Hello,\n\nYour review of application {reference} is due {due}. It has not been submitted yet:\n{link}\n\nAlliage",
  },
  correctionSubject: {
    fr: "Correction demandée : candidature {reference}",
    en: "Correction requested: application {reference}",
  },
  correctionBody: {
    fr: "Bonjour,\n\nLes responsables de l’appel demandent une correction de la candidature {reference} :\n\n{message}\n\nCorrigez-la puis déposez-la de nouveau :\n{link}\n\nAlliage",
    en: "Hello,\n\nThe officials of the call ask for a correction of application {reference}:\n\n{message}\n\nCorrect it, then submit it again:\n{link}\n\nAlliage",
  },
});
