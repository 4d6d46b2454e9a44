/** Inputs of the EU method for one material, as plain data (the datasets layer builds them). */
import type { CountryId, PartyId, PartySourcing, Stage, SupplyRow } from "./types.ts";

/** A party's sourcing at a stage, with the trade-restriction factors of that scope. */
export interface EuPartySourcing extends PartySourcing {
  /** t_c by country for this scope (default 1). */
  readonly tradeFactors?: Readonly<Record<CountryId, number>>;
}

export interface EuStageInput {
  readonly stage: Stage;
  /** Global supply (GS): world production by country; "total" rows are ignored. */
  readonly globalSupply?: readonly SupplyRow[];
  /** t_c by exporting country for the global-supply scope (default 1). */
  readonly tradeFactors?: Readonly<Record<CountryId, number>>;
  /**
   * Parties whose view uses global supply alone at this stage, by the method's choice (the EU
   * table's "GSonly" scope). Without it, a party lacking sourcing data gets `missing_inputs`.
   */
  readonly globalOnlyFor?: readonly PartyId[];
  /** Each party's own sourcing at this stage (EU sourcing for France/EU, etc.). */
  readonly sourcing?: Readonly<Partial<Record<PartyId, EuPartySourcing>>>;
  /**
   * The stage's published SR per party's view, used (and marked `published`) when that view
   * cannot be computed at this stage, with the reason the computation is not possible.
   */
  readonly published?: Readonly<Partial<Record<PartyId, PublishedStage>>>;
}

/** A published stage SR standing in for a computation, with its source and the reason. */
export interface PublishedStage {
  readonly supplyRisk: number;
  readonly source: string;
  /** Why the stage is not computed (e.g. "no USGS refinery series"). */
  readonly reason: string;
}

/** A published supply risk for a party's view, used when the HHI inputs are not available. */
export interface PublishedSupplyRisk {
  readonly supplyRisk: number;
  readonly stage?: Stage;
  readonly stageSupplyRisk?: Readonly<Partial<Record<Stage, number>>>;
  readonly source: string;
}

export interface EuMaterialInput {
  readonly material: string;
  /** Economic importance (published, 0–10). */
  readonly economicImportance: number;
  /** Per-party EI where one exists; otherwise `economicImportance` is used for every view. */
  readonly economicImportanceByParty?: Readonly<Partial<Record<PartyId, number>>>;
  /** End-of-life recycling input rate, fraction 0–1. */
  readonly eolRir?: number;
  /** Substitution index for supply risk. */
  readonly siSr?: number;
  /** Stages assessed (extraction and/or processing); the SR is the highest of them. */
  readonly stages: readonly EuStageInput[];
  /** Parties whose list includes the material as strategic (e.g. ["france-eu"] for copper). */
  readonly strategicFor?: readonly PartyId[];
  /** Published SR per party's view, used only when that view cannot be computed. */
  readonly published?: Readonly<Partial<Record<PartyId, PublishedSupplyRisk>>>;
}
