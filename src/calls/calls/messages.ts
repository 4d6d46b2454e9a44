import { messages, type Texts } from "../../platform/i18n/i18n.ts";
import type { CallStatus } from "../shared/call-status.ts";

export const STATUS_LABELS: Record<CallStatus, Texts> = {
  draft: { fr: "Brouillon", en: "Draft" },
  upcoming: { fr: "À venir", en: "Upcoming" },
  open: { fr: "Ouvert", en: "Open" },
  closed: { fr: "Clos", en: "Closed" },
};

export const callText = messages({
  calls: { fr: "Appels à projets conjoints", en: "Joint calls for projects" },
  callsLead: {
    fr: "Les appels que le Québec et la France lancent ensemble au titre des axes 2.1 et 4.4 de la déclaration : chaque consortium réunit des partenaires des deux parties, et chaque partie finance les siens.",
    en: "The calls Québec and France launch together under lines 2.1 and 4.4 of the declaration: each consortium brings together partners from both parties, and each party funds its own.",
  },
  open: { fr: "Appels ouverts", en: "Open calls" },
  upcoming: { fr: "Appels à venir", en: "Upcoming calls" },
  closed: { fr: "Appels clos", en: "Closed calls" },
  drafts: { fr: "Brouillons", en: "Drafts" },
  draftsLead: {
    fr: "Visibles des seuls responsables des deux parties jusqu’à leur publication.",
    en: "Visible only to the officials of both parties until they are published.",
  },
  noOpen: {
    fr: "Aucun appel n’est ouvert en ce moment : les prochains sont annoncés ci-dessous dès leur publication.",
    en: "No call is open at the moment: the next ones are announced below as soon as they are published.",
  },
  noUpcoming: {
    fr: "Aucun appel n’est annoncé pour l’instant : les deux parties publient chaque appel avant son ouverture.",
    en: "No call is announced for now: both parties publish each call before it opens.",
  },
  noClosed: {
    fr: "Aucun appel n’est encore clos : les appels terminés resteront consultables ici.",
    en: "No call has closed yet: finished calls will remain available here.",
  },
  noDrafts: { fr: "Aucun brouillon.", en: "No drafts." },
  newCall: { fr: "Nouvel appel", en: "New call" },
  editCall: { fr: "Modifier l’appel {code}", en: "Edit call {code}" },
  edit: { fr: "Modifier", en: "Edit" },
  publish: { fr: "Publier", en: "Publish" },
  apply: { fr: "Préparer une candidature", en: "Start an application" },
  applyHint: {
    fr: "Un compte de candidat est nécessaire : créez-le en quelques minutes, puis enregistrez votre candidature en brouillon jusqu’à son dépôt.",
    en: "An applicant account is needed: create one in a few minutes, then keep your application as a draft until you submit it.",
  },
  publishCall: { fr: "Publier l’appel {code} ?", en: "Publish call {code}?" },
  publishLead: {
    fr: "Une fois publié, l’appel est visible de tous, avec ses dates, ses règles et sa grille d’évaluation ; il ne peut plus redevenir un brouillon.",
    en: "Once published, the call is visible to everyone, with its dates, rules and evaluation grid; it cannot become a draft again.",
  },
  publishNoScored: {
    fr: "Cette grille n’a encore aucun critère noté : ajoutez-en au moins un avant de publier.",
    en: "This grid has no scored criterion yet: add at least one before publishing.",
  },
  cancel: { fr: "Annuler", en: "Cancel" },
  save: { fr: "Enregistrer", en: "Save" },
  saved: { fr: "Appel enregistré.", en: "Call saved." },
  published: { fr: "Appel publié.", en: "Call published." },
  draftNotice: {
    fr: "Brouillon : cet appel n’est visible que des responsables des deux parties.",
    en: "Draft: this call is visible only to the officials of both parties.",
  },
  status: { fr: "État", en: "Status" },
  code: { fr: "Code", en: "Code" },
  opens: { fr: "Ouverture", en: "Opening" },
  closes: { fr: "Clôture", en: "Closing" },
  closesOn: { fr: "Clôture : {when}", en: "Closes: {when}" },
  opensOn: { fr: "Ouverture : {when}", en: "Opens: {when}" },
  closedOn: { fr: "Clos le {when}", en: "Closed on {when}" },
  zoneSetIn: {
    fr: "Dates fixées à l’{zone}.",
    en: "Dates set in {zone}.",
  },
  text: { fr: "L’appel", en: "The call" },
  lines: { fr: "Axes d’action de la déclaration", en: "Lines of action of the declaration" },
  activities: { fr: "Activités admissibles", en: "Eligible activities" },
  rules: { fr: "Règles", en: "Rules" },
  minPartners: {
    fr: "{n, plural, one {Au moins # partenaire} other {Au moins # partenaires}} de chaque partie (Québec et France).",
    en: "{n, plural, one {At least # partner} other {At least # partners}} from each party (Québec and France).",
  },
  maxFunding: {
    fr: "Financement maximal par projet : {qc} du Québec, {fr} de la France.",
    en: "Maximum funding per project: {qc} from Québec, {fr} from France.",
  },
  cofinancing: {
    fr: "Taux de cofinancement : chaque partie paie au plus {rate}\u00a0% du budget de ses partenaires.",
    en: "Co-financing rate: each party pays at most {rate}% of its own partners' budget.",
  },
  envelopes: { fr: "Enveloppes", en: "Envelopes" },
  envelopesLine: {
    fr: "Enveloppes : {qc} (Québec) · {fr} (France)",
    en: "Envelopes: {qc} (Québec) · {fr} (France)",
  },
  envelopeQc: { fr: "Québec", en: "Québec" },
  envelopeFr: { fr: "France", en: "France" },
  documents: { fr: "Documents à joindre", en: "Documents to attach" },
  noDocuments: {
    fr: "Aucun document à joindre en plus du formulaire.",
    en: "No document to attach besides the form.",
  },
  required: { fr: "obligatoire", en: "required" },
  requiredColumn: { fr: "Obligatoire", en: "Required" },
  optional: { fr: "facultatif", en: "optional" },
  grid: { fr: "Grille d’évaluation", en: "Evaluation grid" },
  eligibility: {
    fr: "Critères d’admissibilité (oui ou non)",
    en: "Eligibility criteria (yes or no)",
  },
  noEligibility: {
    fr: "Aucun critère d’admissibilité en plus des règles ci-dessus.",
    en: "No eligibility criterion besides the rules above.",
  },
  scored: { fr: "Critères notés de 0 à 5", en: "Criteria scored from 0 to 5" },
  noScored: {
    fr: "Aucun critère noté pour l’instant.",
    en: "No scored criterion yet.",
  },
  criterion: { fr: "Critère", en: "Criterion" },
  weight: { fr: "Poids", en: "Weight" },
  guidance: { fr: "Consignes aux évaluateurs", en: "Guidance for reviewers" },
  // The form.
  formErrors: {
    fr: "L’appel n’a pas été enregistré : corrigez les champs signalés.",
    en: "The call was not saved: correct the fields shown.",
  },
  sectionTexts: { fr: "Titre et texte", en: "Title and text" },
  titleFr: { fr: "Titre (français)", en: "Title (French)" },
  titleEn: { fr: "Titre (anglais)", en: "Title (English)" },
  textFr: { fr: "Texte de l’appel (français)", en: "Text of the call (French)" },
  textEn: { fr: "Texte de l’appel (anglais)", en: "Text of the call (English)" },
  activitiesFr: { fr: "Activités admissibles (français)", en: "Eligible activities (French)" },
  activitiesEn: { fr: "Activités admissibles (anglais)", en: "Eligible activities (English)" },
  sectionDates: { fr: "Dates", en: "Dates" },
  timeZone: { fr: "Fuseau horaire des dates", en: "Time zone of the dates" },
  timeZoneHint: {
    fr: "Les dates sont saisies à l’heure locale de ce fuseau ; les pages les montrent aux heures du Québec et de Paris.",
    en: "Dates are entered in the local time of this zone; pages show them in Québec and Paris time.",
  },
  opensAt: { fr: "Ouverture (date et heure)", en: "Opening (date and time)" },
  closesAt: { fr: "Clôture (date et heure)", en: "Closing (date and time)" },
  sectionMoney: { fr: "Enveloppes et règles", en: "Envelopes and rules" },
  envelopeQcField: { fr: "Enveloppe du Québec ($ CA)", en: "Québec's envelope (CA$)" },
  envelopeFrField: { fr: "Enveloppe de la France (€)", en: "France's envelope (€)" },
  maxFundingQcField: {
    fr: "Financement maximal par projet, Québec ($ CA)",
    en: "Maximum funding per project, Québec (CA$)",
  },
  maxFundingFrField: {
    fr: "Financement maximal par projet, France (€)",
    en: "Maximum funding per project, France (€)",
  },
  amountHint: {
    fr: "En unités, p. ex. 250 000 ou 1 500,50.",
    en: "In units, e.g. 250,000 or 1,500.50.",
  },
  rateField: { fr: "Taux de cofinancement (%)", en: "Co-financing rate (%)" },
  minPartnersField: {
    fr: "Nombre minimal de partenaires de chaque partie",
    en: "Minimum number of partners from each party",
  },
  linesHint: {
    fr: "Au moins un axe ; l’appel figurera sur la page de la déclaration.",
    en: "At least one line; the call will appear on the declaration's page.",
  },
  documentsHint: {
    fr: "Une ligne par document ; laissez vides les lignes inutiles.",
    en: "One row per document; leave unused rows blank.",
  },
  eligibilityHint: {
    fr: "Vérifiés par les responsables de chaque partie avant l’évaluation.",
    en: "Checked by each party's officials before review.",
  },
  scoredHint: {
    fr: "Chaque critère est noté de 0 à 5 ; la note finale est la moyenne pondérée par les poids. Au moins un critère noté avant la publication.",
    en: "Each criterion is scored from 0 to 5; the final score is the mean weighted by the weights. At least one scored criterion before publishing.",
  },
  labelFr: { fr: "Libellé (français)", en: "Label (French)" },
  labelEn: { fr: "Libellé (anglais)", en: "Label (English)" },
  guidanceFr: { fr: "Consignes (français)", en: "Guidance (French)" },
  guidanceEn: { fr: "Consignes (anglais)", en: "Guidance (English)" },
  number: { fr: "Numéro", en: "Number" },
  cellLabel: { fr: "{row} : {column}", en: "{row}: {column}" },
  documentRow: { fr: "Document {n}", en: "Document {n}" },
  eligibilityRow: { fr: "Critère d’admissibilité {n}", en: "Eligibility criterion {n}" },
  scoredRow: { fr: "Critère noté {n}", en: "Scored criterion {n}" },
});
