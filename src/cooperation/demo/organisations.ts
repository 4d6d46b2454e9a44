/**
 * The demo's organisations: real public bodies of both parties by their public names (their
 * part in these projects is invented), and companies that do not exist, marked « (fictif) ».
 */
export const DEMO_ORGANISATIONS = [
  {
    key: "mrnf",
    name: "Ministère des Ressources naturelles et des Forêts (Géologie Québec)",
    acronym: "MRNF",
    party: "qc",
    kind: "geological_survey",
  },
  {
    key: "brgm",
    name: "Bureau de recherches géologiques et minières",
    acronym: "BRGM",
    party: "fr",
    kind: "geological_survey",
  },
  { key: "laval", name: "Université Laval", acronym: "ULaval", party: "qc", kind: "university" },
  {
    key: "inrs",
    name: "Institut national de la recherche scientifique",
    acronym: "INRS",
    party: "qc",
    kind: "university",
  },
  {
    key: "lorraine",
    name: "Université de Lorraine",
    acronym: null,
    party: "fr",
    kind: "university",
  },
  { key: "iq", name: "Investissement Québec", acronym: "IQ", party: "qc", kind: "fund" },
  { key: "bpi", name: "Bpifrance", acronym: null, party: "fr", kind: "fund" },
  {
    key: "ademe",
    name: "Agence de la transition écologique",
    acronym: "ADEME",
    party: "fr",
    kind: "agency",
  },
  {
    key: "graphinord",
    name: "Graphite Boréal inc. (fictif)",
    acronym: null,
    party: "qc",
    kind: "company",
  },
  {
    key: "lithiq",
    name: "Lithium Nordique ltée (fictif)",
    acronym: null,
    party: "qc",
    kind: "company",
  },
  {
    key: "recyfr",
    name: "Recyclage Métaux Loire SAS (fictif)",
    acronym: null,
    party: "fr",
    kind: "company",
  },
  {
    key: "aimants",
    name: "Aimants d’Alsace SAS (fictif)",
    acronym: null,
    party: "fr",
    kind: "company",
  },
  {
    key: "hydro",
    name: "Énergie Verte du Nord inc. (fictif)",
    acronym: null,
    party: "qc",
    kind: "company",
  },
] as const;

export type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]["key"];
