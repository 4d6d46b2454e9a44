/**
 * Scenario changes applied to a material's EU-method inputs, returning new inputs (the
 * originals are not modified). Modelling choices, stated so the UI can show them:
 * - supply_cut: the country's quantity falls by `percent` in global supply and in every party's
 *   sourcing at the stage; import reliance is unchanged.
 * - export_restriction: t_c of the country becomes `factor` in every scope at the stage.
 * - new_supply: `capacity` (same unit as the rows) is added to the country's global supply. For
 *   a party of which the country is domestic (PartySourcing.domestic), it is added to the
 *   party's sourcing and displaces imports with consumption unchanged: imports shrink
 *   proportionally by `capacity`, and IR' = max(0, IR − capacity / Σ sourcing rows).
 * - sourcing_shift: existing output redirected, not new output. Every party for which the
 *   country is foreign buys `quantity` more from it, replacing its imports from the other
 *   foreign origins in proportion to their quantities, up to all of them
 *   (s = min(quantity, those imports)); world supply, consumption and import reliance are
 *   unchanged. A party of which the country is domestic is left as it is.
 */
import { InvalidInputError, requireInRange, UnknownEntityError } from "./errors.ts";
import type { EuMaterialInput, EuPartySourcing, EuStageInput } from "./eu-inputs.ts";
import type { CountryId, PartyId, Stage, SupplyRow } from "./types.ts";
import type { WgiIndex } from "./wgi-index.ts";

export type ScenarioChange =
  | {
      readonly kind: "supply_cut";
      readonly country: CountryId;
      readonly stage: Stage;
      readonly percent: number;
    }
  | {
      readonly kind: "export_restriction";
      readonly country: CountryId;
      readonly stage: Stage;
      readonly factor: number;
    }
  | {
      readonly kind: "new_supply";
      readonly country: CountryId;
      readonly stage: Stage;
      readonly capacity: number;
    }
  | {
      readonly kind: "sourcing_shift";
      readonly country: CountryId;
      readonly stage: Stage;
      readonly quantity: number;
    };

function scaleCountry(rows: readonly SupplyRow[], country: CountryId, k: number): SupplyRow[] {
  return rows.map((r) =>
    r.country === country && r.kind !== "total" ? { ...r, quantity: r.quantity * k } : r,
  );
}

function addToCountry(rows: readonly SupplyRow[], country: CountryId, q: number): SupplyRow[] {
  const i = rows.findIndex((r) => r.country === country && r.kind !== "total");
  if (i < 0) return [...rows, { country, quantity: q }];
  return rows.map((r, j) => (j === i ? { ...r, quantity: r.quantity + q } : r));
}

function mapSourcing(
  s: EuStageInput,
  f: (party: PartyId, src: EuPartySourcing) => EuPartySourcing,
): EuStageInput["sourcing"] {
  if (!s.sourcing) return undefined;
  const out: Partial<Record<PartyId, EuPartySourcing>> = {};
  for (const [party, src] of Object.entries(s.sourcing) as [PartyId, EuPartySourcing][]) {
    out[party] = f(party, src);
  }
  return out;
}

function displaceImports(
  src: EuPartySourcing,
  country: CountryId,
  capacity: number,
): EuPartySourcing {
  const domestic = src.domestic ?? [];
  let consumption = 0;
  let imports = 0;
  for (const r of src.rows) {
    if (r.kind === "total") continue;
    consumption += r.quantity;
    if (!domestic.includes(r.country)) imports += r.quantity;
  }
  const k = imports > 0 ? Math.max(0, imports - capacity) / imports : 0;
  const rows = addToCountry(
    src.rows.map((r) =>
      r.kind === "total" || domestic.includes(r.country) ? r : { ...r, quantity: r.quantity * k },
    ),
    country,
    capacity,
  );
  const ir =
    consumption > 0 ? Math.max(0, src.importReliance - capacity / consumption) : src.importReliance;
  return { ...src, rows, importReliance: ir };
}

/** Imports from `country` grow by s = min(quantity, other imports); the others shrink pro rata. */
export function shiftSourcing(
  src: EuPartySourcing,
  country: CountryId,
  quantity: number,
): EuPartySourcing {
  const domestic = src.domestic ?? [];
  if (domestic.includes(country)) return src;
  const displaceable = (r: SupplyRow) =>
    r.kind !== "total" && !domestic.includes(r.country) && r.country !== country;
  let others = 0;
  for (const r of src.rows) if (displaceable(r)) others += r.quantity;
  const shifted = Math.min(quantity, others);
  if (shifted <= 0) return src;
  const k = (others - shifted) / others;
  const rows = src.rows.map((r) => (displaceable(r) ? { ...r, quantity: r.quantity * k } : r));
  return { ...src, rows: addToCountry(rows, country, shifted) };
}

function knowsCountry(s: EuStageInput, country: CountryId): boolean {
  const has = (rows?: readonly SupplyRow[]) =>
    rows?.some((r) => r.country === country && r.kind !== "total");
  return !!has(s.globalSupply) || Object.values(s.sourcing ?? {}).some((src) => has(src?.rows));
}

/** Throws `invalid_percentage`, `negative_capacity` or `invalid_parameter` on a bad value. */
export function validateChangeValue(change: ScenarioChange): void {
  switch (change.kind) {
    case "supply_cut":
      if (!(change.percent >= 0 && change.percent <= 100)) {
        throw new InvalidInputError("invalid_percentage", "a cut is a percentage in [0, 100]", {
          percent: change.percent,
        });
      }
      return;
    case "export_restriction":
      requireInRange("factor", change.factor, Number.MIN_VALUE, Number.MAX_VALUE);
      return;
    case "new_supply":
      if (change.capacity < 0) {
        throw new InvalidInputError("negative_capacity", "capacity must be ≥ 0", {
          capacity: change.capacity,
        });
      }
      requireInRange("capacity", change.capacity, 0, Number.MAX_VALUE);
      return;
    case "sourcing_shift":
      if (change.quantity < 0) {
        throw new InvalidInputError("negative_capacity", "a shifted quantity must be ≥ 0", {
          capacity: change.quantity,
        });
      }
      requireInRange("quantity", change.quantity, 0, Number.MAX_VALUE);
  }
}

/** Validates one change against the material and applies it; throws typed errors. */
export function applyChange(
  input: EuMaterialInput,
  change: ScenarioChange,
  wgi: WgiIndex,
): EuMaterialInput {
  validateChangeValue(change);
  const stageInput = input.stages.find((s) => s.stage === change.stage);
  if (!stageInput) {
    throw new UnknownEntityError("unknown_stage", "the material is not assessed at this stage", {
      material: input.material,
      stage: change.stage,
      stages: input.stages.map((s) => s.stage),
    });
  }
  const known = knowsCountry(stageInput, change.country);
  const newOrigin = change.kind === "new_supply" || change.kind === "sourcing_shift";
  if (!known && !(newOrigin && wgi.position.has(change.country))) {
    throw new UnknownEntityError(
      "unknown_country",
      "the country does not supply the material at this stage",
      {
        material: input.material,
        stage: change.stage,
        country: change.country,
      },
    );
  }
  const stage = applyToStage(stageInput, change);
  return { ...input, stages: input.stages.map((s) => (s === stageInput ? stage : s)) };
}

function applyToStage(s: EuStageInput, change: ScenarioChange): EuStageInput {
  const { country } = change;
  switch (change.kind) {
    case "supply_cut": {
      const k = 1 - change.percent / 100;
      return {
        ...s,
        globalSupply: s.globalSupply && scaleCountry(s.globalSupply, country, k),
        sourcing: mapSourcing(s, (_, src) => ({
          ...src,
          rows: scaleCountry(src.rows, country, k),
        })),
      };
    }
    case "export_restriction": {
      const factor = change.factor;
      return {
        ...s,
        tradeFactors: { ...s.tradeFactors, [country]: factor },
        sourcing: mapSourcing(s, (_, src) => ({
          ...src,
          tradeFactors: { ...src.tradeFactors, [country]: factor },
        })),
      };
    }
    case "new_supply": {
      const c = change.capacity;
      return {
        ...s,
        globalSupply: s.globalSupply && addToCountry(s.globalSupply, country, c),
        sourcing: mapSourcing(s, (_, src) =>
          src.domestic?.includes(country) ? displaceImports(src, country, c) : src,
        ),
      };
    }
    case "sourcing_shift":
      return {
        ...s,
        sourcing: mapSourcing(s, (_, src) => shiftSourcing(src, country, change.quantity)),
      };
  }
}
