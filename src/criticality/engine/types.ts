/** Shared vocabulary of the engine: stages, parties, supply rows. Plain data only. */
import { VIEWS, type View } from "../../shared/party.ts";
import { UnknownEntityError } from "./errors.ts";

/** Value-chain stages assessed by the engine (the EU method uses extraction and processing). */
export const STAGES = ["extraction", "processing", "manufacturing", "recycling"] as const;
export type Stage = (typeof STAGES)[number];

/** Whose view a figure is: the world, Québec/Canada, France/EU. */
export const PARTIES = VIEWS;
export type PartyId = View;

/** Checks a party id coming from outside the type system (CLI, query string). */
export function requireParty(party: string): PartyId {
  if (!(PARTIES as readonly string[]).includes(party)) {
    throw new UnknownEntityError("unknown_party", "unknown party", { party, parties: PARTIES });
  }
  return party as PartyId;
}

/** A country key (ISO 3166 alpha-3 preferred); the engine treats it as an opaque string. */
export type CountryId = string;

/**
 * One row of a supply table: a country's production (or a party's sourcing from it).
 * `kind`: "country" (default), "other" (an "Other countries" aggregate, counted as one
 * producer and flagged in results), "total" (a world-total row, excluded from shares).
 * `relativeStdError`: uncertainty of `quantity` (e.g. 0.1 for an estimate ±10 %), used only by
 * the Monte Carlo; absent or 0 means exact.
 */
export interface SupplyRow {
  readonly country: CountryId;
  readonly quantity: number;
  readonly kind?: "country" | "other" | "total";
  readonly relativeStdError?: number;
}

/** A party's own sourcing at a stage (domestic production + imports by origin) and its IR. */
export interface PartySourcing {
  readonly rows: readonly SupplyRow[];
  /** Import reliance as a fraction 0–1: (imports − exports) / (production + imports − exports). */
  readonly importReliance: number;
  /** Countries that are the party itself (domestic supply), e.g. ["CAN"] or the EU-27. */
  readonly domestic?: readonly CountryId[];
}

/** What an assessment could not find, so the UI can say which inputs are missing. */
export interface MissingInput {
  readonly input:
    | "global_supply"
    | "party_sourcing"
    | "import_reliance"
    | "eol_rir"
    | "substitution_index"
    | "economic_importance"
    | "wgi"
    | "imports"
    | "world_production"
    | "stages";
  readonly stage?: Stage;
  readonly countries?: readonly CountryId[];
}

export interface MissingInputs {
  readonly status: "missing_inputs";
  readonly missing: readonly MissingInput[];
}
