import { z } from "zod";

/**
 * The two parties of the declaration of 22 November 2023: Québec (ministère des Ressources
 * naturelles et des Forêts) and France (délégué interministériel aux minerais et métaux
 * stratégiques). Codes of URLs, forms, the API and the database.
 */
export const PARTIES = ["qc", "fr"] as const;
export type Party = (typeof PARTIES)[number];
export const partySchema = z.enum(PARTIES);
export const isParty = (value: unknown): value is Party => PARTIES.includes(value as Party);

/**
 * The criticality views: the world, and each party seen with the wider market it buys in
 * (Québec within Canada, France within the European Union), as the engine names them.
 */
export const VIEWS = ["global", "quebec-canada", "france-eu"] as const;
export type View = (typeof VIEWS)[number];
export const VIEW_OF_PARTY = { qc: "quebec-canada", fr: "france-eu" } as const satisfies Record<
  Party,
  View
>;

/** The code of a view in URLs and the API: "global", or the party's code. */
export type ViewCode = Party | "global";
export const VIEW_CODES = { global: "global", ...VIEW_OF_PARTY } as const satisfies Record<
  ViewCode,
  View
>;
export const viewCodeOf = (view: View): ViewCode =>
  view === "global" ? "global" : view === "france-eu" ? "fr" : "qc";
