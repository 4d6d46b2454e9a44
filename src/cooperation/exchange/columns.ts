import { capitalised, TERMS } from "../../platform/i18n/glossary.ts";
import type { Lang, Texts } from "../../platform/i18n/i18n.ts";

/**
 * The columns of the project file, exported and imported alike. Headers are written in the
 * reader's language and read back in either; codes (kind, status, party, lines, materials,
 * stages, countries) stay codes so that a file round-trips whatever language wrote it. Headers
 * use the glossary's terms; `formerly` keeps the headers of earlier versions readable, so that
 * the files people already keep still import.
 */
export const COLUMNS = [
  { key: "code", fr: "Code", en: "Code" },
  { key: "titleFr", fr: "Titre (français)", en: "Title (French)" },
  { key: "titleEn", fr: "Titre (anglais)", en: "Title (English)" },
  { key: "summaryFr", fr: "Résumé (français)", en: "Summary (French)" },
  { key: "summaryEn", fr: "Résumé (anglais)", en: "Summary (English)" },
  { key: "kind", fr: "Type", en: "Kind" },
  { key: "status", ...capitalised(TERMS.status), formerly: ["Statut"] },
  { key: "ownerParty", fr: "Partie responsable", en: "Owner party" },
  { key: "confidentialTo", fr: "Confidentiel à", en: "Confidential to" },
  { key: "published", fr: "Publié", en: "Published" },
  { key: "lines", ...capitalised(TERMS.actionLines), formerly: ["Lignes d’action"] },
  { key: "materials", fr: "Matières", en: "Materials" },
  { key: "stages", fr: "Étapes", en: "Stages" },
  { key: "region", fr: "Région", en: "Region" },
  { key: "country", fr: "Pays", en: "Country" },
  { key: "latitude", fr: "Latitude", en: "Latitude" },
  { key: "longitude", fr: "Longitude", en: "Longitude" },
  { key: "startOn", fr: "Début", en: "Start" },
  { key: "endOn", fr: "Fin", en: "End" },
  { key: "partners", fr: "Partenaires", en: "Partners" },
  { key: "committedCad", fr: "Engagé (CAD)", en: "Committed (CAD)" },
  { key: "committedEur", fr: "Engagé (EUR)", en: "Committed (EUR)" },
  { key: "disbursedCad", fr: "Versé (CAD)", en: "Disbursed (CAD)" },
  { key: "disbursedEur", fr: "Versé (EUR)", en: "Disbursed (EUR)" },
] as const satisfies readonly ({ key: string; formerly?: readonly string[] } & Texts)[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];

/**
 * Financing is not for everyone (policy "read Financing"): these columns go with it. The import
 * reads but does not write them: money comes as financing lines, each with its funder and date
 * (commands.ts).
 */
export const MONEY_KEYS: readonly ColumnKey[] = [
  "committedCad",
  "committedEur",
  "disbursedCad",
  "disbursedEur",
];

export const LIST_SEPARATOR = "; ";

export const YES: Texts = { fr: "oui", en: "yes" };
export const NO: Texts = { fr: "non", en: "no" };

export function headersFor(lang: Lang, withMoney: boolean): { key: ColumnKey; label: string }[] {
  return COLUMNS.filter((c) => withMoney || !MONEY_KEYS.includes(c.key)).map((c) => ({
    key: c.key,
    label: c[lang],
  }));
}

const normal = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** The column a header names, in French or English, or its key itself. */
export function columnOfHeader(header: string): ColumnKey | undefined {
  const h = normal(header.replace(/^\uFEFF/, ""));
  return COLUMNS.find((c) =>
    [c.key, c.fr, c.en, ...("formerly" in c ? c.formerly : [])].some((name) => normal(name) === h),
  )?.key;
}
