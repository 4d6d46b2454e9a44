import type { Lang, Texts } from "../../platform/i18n/i18n.ts";
import { folded } from "./names.ts";
import type { FileKind } from "./read.ts";

/**
 * The financing file: one row per commitment. As in the project file, headers are written in
 * the reader's language and read back in either, codes stay codes, and the funder is named
 * (organisation ids mean nothing in another database).
 */
export const FINANCING_COLUMNS = [
  { key: "project", fr: "Code du projet", en: "Project code" },
  { key: "funder", fr: "Bailleur de fonds", en: "Funder" },
  { key: "source", fr: "Source", en: "Source" },
  { key: "party", fr: "Partie", en: "Party" },
  { key: "currency", fr: "Devise", en: "Currency" },
  { key: "amount", fr: "Montant", en: "Amount" },
  { key: "committedOn", fr: "Engagé le", en: "Committed on" },
  { key: "confidentialTo", fr: "Confidentiel à", en: "Confidential to" },
  { key: "note", fr: "Note", en: "Note" },
] as const satisfies readonly ({ key: string } & Texts)[];

export type FinancingKey = (typeof FINANCING_COLUMNS)[number]["key"];

export const financingLabel = (key: FinancingKey): Texts => {
  const column = FINANCING_COLUMNS.find((c) => c.key === key) as Texts;
  return { fr: column.fr, en: column.en };
};

export const financingHeaders = (lang: Lang) => FINANCING_COLUMNS.map((c) => c[lang]);

export const FINANCING_FILE: FileKind<FinancingKey> = {
  columnOf: (header) => {
    const h = folded(header.replace(/^\uFEFF/, ""));
    return FINANCING_COLUMNS.find((c) => [c.key, c.fr, c.en].some((n) => folded(n) === h))?.key;
  },
  required: { key: "project", label: "Code du projet / Project code" },
};
