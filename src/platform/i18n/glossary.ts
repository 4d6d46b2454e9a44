import type { Texts } from "./i18n.ts";

/**
 * The platform's terms, one word per idea in each language (docs/glossary.md). Messages build
 * on these instead of choosing a synonym each time: a request's or a project's « état » (never
 * « statut »), a line of the declaration is an « axe d’action » (never « ligne », which is
 * a row of a table or a file).
 */
export const TERMS = {
  actionLine: { fr: "axe d’action", en: "line of action" },
  actionLines: { fr: "axes d’action", en: "lines of action" },
  priority: { fr: "priorité", en: "priority" },
  status: { fr: "état", en: "status" },
  statuses: { fr: "états", en: "statuses" },
  party: { fr: "partie", en: "party" },
  project: { fr: "projet", en: "project" },
  accessRequest: { fr: "demande d’accès", en: "access request" },
  disclosureLog: { fr: "registre de diffusion", en: "disclosure log" },
  exchangeRate: { fr: "taux de change", en: "exchange rate" },
  hhi: { fr: "IHH", en: "HHI" },
} as const satisfies Record<string, Texts>;

/** A term at the start of a label: « État », "Status". */
export const capitalised = (term: Texts): Texts => ({
  fr: term.fr.charAt(0).toLocaleUpperCase("fr") + term.fr.slice(1),
  en: term.en.charAt(0).toLocaleUpperCase("en") + term.en.slice(1),
});
