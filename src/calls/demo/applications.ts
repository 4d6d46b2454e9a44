import type { Outcome } from "../decisions/schema.ts";

/**
 * Fictitious consortia for the demo's calls. Organisation names are invented and marked
 * « (fictif) » so that nobody takes them for real applicants; amounts are in cents.
 */
export type DemoApplication = {
  title: string;
  summaryFr: string;
  lead: { name: string; party: "qc" | "fr" };
  partner: { name: string; party: "qc" | "fr" };
  /** Each side's budget, in its own currency. */
  budgetQc: number;
  budgetFr: number;
  askedQc: number;
  askedFr: number;
  /** The committee's decision (closed call only). */
  outcome?: Outcome;
  reason?: string;
  /** The two reviewers' score on every criterion, out of 5. */
  scores?: [number, number];
};

export const CLOSED_CALL_APPLICATIONS: DemoApplication[] = [
  {
    title: "Réseau d’essais croisés sur le recyclage du néodyme",
    summaryFr: "Séjours croisés et essais comparés d’hydrométallurgie sur des aimants usagés.",
    lead: { name: "Institut des métaux de Sherbrooke (fictif)", party: "qc" },
    partner: { name: "Laboratoire des terres rares de Nancy (fictif)", party: "fr" },
    budgetQc: 3_000_000,
    budgetFr: 2_000_000,
    askedQc: 2_400_000,
    askedFr: 1_600_000,
    outcome: "funded",
    scores: [5, 4],
  },
  {
    title: "Atelier conjoint sur la cartographie du graphite",
    summaryFr: "Deux ateliers et une campagne de terrain préparatoire sur les gîtes de graphite.",
    lead: { name: "Centre géoscientifique de Grenoble (fictif)", party: "fr" },
    partner: { name: "Collège technique de Rimouski (fictif)", party: "qc" },
    budgetQc: 2_500_000,
    budgetFr: 2_000_000,
    askedQc: 2_000_000,
    askedFr: 1_500_000,
    outcome: "funded",
    scores: [4, 4],
  },
  {
    title: "Premières expériences de biolixiviation du cobalt",
    summaryFr: "Essais en laboratoire de biolixiviation sur des résidus miniers.",
    lead: { name: "Université du Nord-Ouest (fictif)", party: "qc" },
    partner: { name: "École des procédés de Lorraine (fictif)", party: "fr" },
    budgetQc: 2_000_000,
    budgetFr: 1_500_000,
    askedQc: 1_600_000,
    askedFr: 1_200_000,
    outcome: "waiting_list",
    scores: [3, 4],
  },
  {
    title: "Rencontres sur la substitution des métaux du groupe du platine",
    summaryFr: "Une série de rencontres sans programme expérimental défini.",
    lead: { name: "Laboratoire de catalyse de Poitiers (fictif)", party: "fr" },
    partner: { name: "Jeune pousse des catalyseurs de Laval (fictif)", party: "qc" },
    budgetQc: 1_000_000,
    budgetFr: 1_000_000,
    askedQc: 800_000,
    askedFr: 800_000,
    outcome: "rejected",
    reason:
      "Le programme de travail reste trop général pour juger de la faisabilité ; le comité invite le consortium à préciser ses premières expériences.",
    scores: [2, 2],
  },
];

export const OPEN_CALL_APPLICATIONS: DemoApplication[] = [
  {
    title: "Seconde vie des aimants d’éoliennes en fin de service",
    summaryFr: "Démontage, tri et réemploi direct d’aimants d’éoliennes déclassées.",
    lead: { name: "Centre d’innovation en énergie de Gaspé (fictif)", party: "qc" },
    partner: { name: "Atelier de recyclage de Bretagne (fictif)", party: "fr" },
    budgetQc: 40_000_000,
    budgetFr: 30_000_000,
    askedQc: 20_000_000,
    askedFr: 15_000_000,
  },
  {
    title: "Récupération des terres rares des disques durs",
    summaryFr: "Premier brouillon : consortium et budget encore à compléter.",
    lead: { name: "Laboratoire d’électronique de Lyon (fictif)", party: "fr" },
    partner: { name: "Recycleur électronique de Québec (fictif)", party: "qc" },
    budgetQc: 0,
    budgetFr: 0,
    askedQc: 0,
    askedFr: 0,
  },
];

/** Reviewers and officials of the demo: accounts nobody can sign in to (unknown passwords). */
export const DEMO_REVIEWERS = [
  {
    email: "evaluatrice-qc@demo.example.org",
    name: "Évaluatrice du Québec (démo)",
    party: "qc" as const,
    organisation: "Consortium de recherche en minéraux (démo)",
  },
  {
    email: "evaluateur-fr@demo.example.org",
    name: "Évaluateur de France (démo)",
    party: "fr" as const,
    organisation: "Institut de chimie séparative (démo)",
  },
];

export const DEMO_COCHAIRS = {
  qc: { email: "copresidente-qc@demo.example.org", name: "Coprésidente du Québec (démo)" },
  fr: { email: "copresident-fr@demo.example.org", name: "Coprésident de France (démo)" },
};
