import type { LetterData, TemplateKey } from "./types.ts";

/**
 * The case of the seed document: request 202311-76, received 30 November 2023 and answered on
 * day 20, one document found and accessible in full. The requester is anonymised, as in the
 * published letter; the officer's name is a placeholder.
 */
export const SEED_DECISION: LetterData = {
  kind: "decision",
  lang: "fr",
  jurisdiction: "qc",
  sentOn: "2023-12-20",
  reference: "202311-76",
  receivedOn: "2023-11-30",
  subject:
    "Déclaration d’intention entre le Québec et la République française sur les métaux critiques",
  requester: { name: "Demandeur", addressLines: [], email: "demandeur@example.org" },
  deadlines: { due: "2023-12-20", reviewUntil: "2024-01-19" },
  documents: [
    {
      title:
        "Déclaration d’intention relative à la coopération sur les métaux critiques dans la transition énergétique et numérique entre le Québec et la République française (22 novembre 2023)",
      outcome: "accessible",
      articles: [],
    },
  ],
  articlesQuoted: [],
  officer: {
    name: "Prénom Nom",
    title: "La responsable de l’accès à l’information",
    unit: "Bureau de l’accès à l’information",
    organisation: "Ministère des Ressources naturelles et des Forêts",
    addressLines: ["5700, 4e Avenue Ouest", "Québec (Québec) G1H 6R1"],
  },
  attachments: [
    "Déclaration d’intention du 22 novembre 2023",
    "Note explicative sur l’exercice du recours",
  ],
};

const FRANCE_OFFICER: LetterData["officer"] = {
  name: "Prénom Nom",
  title: "Le responsable de l’accès aux documents administratifs",
  unit: "Délégation interministérielle aux approvisionnements en minerais et métaux stratégiques",
  organisation: "Services de la Première ministre",
  addressLines: ["Paris"],
};

/** Data for the preview of any template: the seed's case, told in that template's terms. */
export function sampleLetter(key: TemplateKey): LetterData {
  const france = key.jurisdiction === "fr";
  return {
    ...SEED_DECISION,
    ...key,
    deadlines: france
      ? { due: "2023-12-30", reviewUntil: "2024-02-20" }
      : { ...SEED_DECISION.deadlines, extendedDue: "2023-12-30" },
    officer: france ? FRANCE_OFFICER : SEED_DECISION.officer,
    subject:
      key.lang === "en"
        ? "Declaration of Intent between Québec and the French Republic on critical metals"
        : SEED_DECISION.subject,
  };
}
