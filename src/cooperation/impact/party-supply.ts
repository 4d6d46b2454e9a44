/**
 * "If that capacity supplied it", for one party's view — the modelling choice of this area:
 *
 * - Global view: the capacity is added to the country's world production at the stage (the
 *   engine's `new_supply` change, unchanged).
 * - A party's view (France–EU, Québec–Canada): the same world-production change, and the
 *   capacity's output enters the party's own sourcing at the stage as supply from that country.
 *   If the country is the party's own (Canada for Québec–Canada, an EU-27 member for
 *   France–EU), it is domestic supply: the engine's `new_supply` already displaces imports and
 *   lowers import reliance. Otherwise it is an import from an additional (or larger) supplier:
 *   the party's consumption and import reliance stay the same, and the new supply replaces
 *   imports from the other foreign origins in proportion to their quantities, up to all of them
 *   (the engine's `sourcing_shift`, applied to this party's sourcing only).
 *
 * Only the sourcing rows change here; HHI, HHI_WGI,t and SR are the engine's (assessEu).
 */

import type {
  CountryId,
  EuMaterialInput,
  PartyId,
  Stage,
  WgiIndex,
} from "../../criticality/engine/index.ts";
import { applyChange, shiftSourcing } from "../../criticality/engine/scenario-apply.ts";

export type Capacity = { country: CountryId; stage: Stage; tonnes: number };

/** `input` as if `capacity` supplied `party` (see the module comment). Pure. */
export function supplyParty(
  input: EuMaterialInput,
  party: PartyId,
  capacity: Capacity,
  wgi: WgiIndex,
): EuMaterialInput {
  const changed = applyChange(
    input,
    {
      kind: "new_supply",
      country: capacity.country,
      stage: capacity.stage,
      capacity: capacity.tonnes,
    },
    wgi,
  );
  if (party === "global") return changed;
  return {
    ...changed,
    stages: changed.stages.map((s) => {
      const src = s.sourcing?.[party];
      if (s.stage !== capacity.stage || !src || src.domestic?.includes(capacity.country)) return s;
      return {
        ...s,
        sourcing: {
          ...s.sourcing,
          [party]: shiftSourcing(src, capacity.country, capacity.tonnes),
        },
      };
    }),
  };
}
