/**
 * Three fictitious joint calls for the demo: one open, one upcoming, one closed, dated from the
 * day the demo is seeded. Titles, amounts and criteria are realistic but invented.
 */
export type DemoCall = {
  titleFr: string;
  titleEn: string;
  textFr: string;
  textEn: string;
  activitiesFr: string;
  activitiesEn: string;
  /** Days from the seeding day, at 9:00 and 17:00 in the call's zone. */
  opensInDays: number;
  closesInDays: number;
  timeZone: "America/Toronto" | "Europe/Paris";
  envelopeQc: string;
  envelopeFr: string;
  maxFundingQc: string;
  maxFundingFr: string;
  rate: string;
  lines: string[];
};

const FICTITIOUS_FR = "Appel fictif des données de démonstration d’Alliage.";
const FICTITIOUS_EN = "A fictitious call of Alliage's demo data.";

export const DEMO_CALLS: DemoCall[] = [
  {
    titleFr: "Recyclage et seconde vie des aimants permanents aux terres rares",
    titleEn: "Recycling and second life of rare-earth permanent magnets",
    textFr: `Le Québec et la France financent des projets conjoints de recherche appliquée et de démonstration qui récupèrent les terres rares des aimants usagés (moteurs, éoliennes, disques durs) et les remettent dans la chaîne de valeur.\n\n${FICTITIOUS_FR}`,
    textEn: `Québec and France fund joint applied-research and demonstration projects that recover rare earths from used magnets (motors, wind turbines, hard drives) and bring them back into the value chain.\n\n${FICTITIOUS_EN}`,
    activitiesFr:
      "Recherche appliquée, essais pilotes, analyses de cycle de vie, mobilité de chercheurs entre les partenaires.",
    activitiesEn:
      "Applied research, pilot trials, life-cycle assessments, researcher mobility between partners.",
    opensInDays: -21,
    closesInDays: 28,
    timeZone: "America/Toronto",
    envelopeQc: "1500000",
    envelopeFr: "1000000",
    maxFundingQc: "250000",
    maxFundingFr: "170000",
    rate: "50",
    lines: ["2.1", "4.4"],
  },
  {
    titleFr: "Traçabilité du graphite et du lithium de la mine à la batterie",
    titleEn: "Traceability of graphite and lithium from mine to battery",
    textFr: `Projets conjoints qui éprouvent des méthodes de traçabilité (passeport de batterie, empreinte géochimique, registres partagés) sur des chaînes d’approvisionnement franco-québécoises.\n\n${FICTITIOUS_FR}`,
    textEn: `Joint projects that test traceability methods (battery passport, geochemical fingerprinting, shared registers) on French–Québec supply chains.\n\n${FICTITIOUS_EN}`,
    activitiesFr: "Démonstrateurs, études de faisabilité, ateliers avec les entreprises.",
    activitiesEn: "Demonstrators, feasibility studies, workshops with companies.",
    opensInDays: 60,
    closesInDays: 120,
    timeZone: "Europe/Paris",
    envelopeQc: "900000",
    envelopeFr: "600000",
    maxFundingQc: "150000",
    maxFundingFr: "100000",
    rate: "60",
    lines: ["2.1"],
  },
  {
    titleFr: "Amorçage de partenariats de recherche sur les métaux critiques",
    titleEn: "Seed funding for research partnerships on critical metals",
    textFr: `Soutien de courte durée à des équipes québécoises et françaises qui préparent ensemble un projet de recherche sur les métaux critiques : rencontres, séjours, premières expériences.\n\n${FICTITIOUS_FR}`,
    textEn: `Short-term support for Québec and French teams preparing a research project on critical metals together: meetings, visits, first experiments.\n\n${FICTITIOUS_EN}`,
    activitiesFr: "Séjours de recherche, ateliers conjoints, travaux préliminaires.",
    activitiesEn: "Research visits, joint workshops, preliminary work.",
    opensInDays: -240,
    closesInDays: -150,
    timeZone: "America/Toronto",
    envelopeQc: "300000",
    envelopeFr: "200000",
    maxFundingQc: "30000",
    maxFundingFr: "20000",
    rate: "80",
    lines: ["4.4"],
  },
];

/** The documents every demo call asks for. */
export const DEMO_DOCUMENTS = [
  {
    labelFr: "Budget détaillé par partenaire",
    labelEn: "Detailed budget per partner",
    required: true,
  },
  {
    labelFr: "Lettre d’engagement de chaque partenaire",
    labelEn: "Commitment letter from each partner",
    required: true,
  },
  {
    labelFr: "CV des responsables scientifiques",
    labelEn: "CVs of the lead researchers",
    required: true,
  },
  {
    labelFr: "Lettres d’appui d’entreprises",
    labelEn: "Letters of support from companies",
    required: false,
  },
];

export const DEMO_ELIGIBILITY = [
  {
    labelFr: "Consortium avec au moins un partenaire de chaque partie",
    labelEn: "Consortium with at least one partner from each party",
  },
  {
    labelFr: "Projet rattaché à un axe d’action de l’appel",
    labelEn: "Project tied to one of the call's lines of action",
  },
];

export const DEMO_SCORED = [
  {
    labelFr: "Qualité scientifique et technique",
    labelEn: "Scientific and technical quality",
    weight: "3",
    guidanceFr: "Originalité, rigueur de la méthode, état de l’art.",
    guidanceEn: "Originality, rigour of the method, state of the art.",
  },
  {
    labelFr: "Apport de la coopération franco-québécoise",
    labelEn: "Value of the French–Québec cooperation",
    weight: "2",
    guidanceFr: "Complémentarité des partenaires, équilibre des rôles entre les deux parties.",
    guidanceEn: "Complementarity of partners, balance of roles between the two parties.",
  },
  {
    labelFr: "Retombées pour les chaînes de valeur",
    labelEn: "Impact on value chains",
    weight: "2",
    guidanceFr: "Effets attendus sur la diversification et la sécurisation des approvisionnements.",
    guidanceEn: "Expected effects on diversifying and securing supply.",
  },
  {
    labelFr: "Faisabilité et budget",
    labelEn: "Feasibility and budget",
    weight: "1",
    guidanceFr: "Calendrier réaliste, budget justifié, risques identifiés.",
    guidanceEn: "Realistic schedule, justified budget, identified risks.",
  },
];
