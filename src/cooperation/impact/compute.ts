/**
 * A project's effect on each party's supply risk: for each material it adds capacity for, all
 * its capacities of that material go through supplyParty (party-supply.ts), and the engine's
 * assessEu gives SR, stage HHI and criticality before and after, per party view. The inputs
 * come from the criticality area's one builder: "before" is the assessment's SR.
 */
import {
  assessEu,
  type Change,
  EngineError,
  EU_THRESHOLDS_2023,
  type EuMaterialInput,
  type EuResult,
  hhi,
  type MissingInput,
  type PartyId,
  type Stage,
} from "../../criticality/engine/index.ts";
import type { Db } from "../../platform/db/client.ts";
import { type MaterialViews, materialViews, type PartyView } from "./party-inputs.ts";
import { type Capacity, supplyParty } from "./party-supply.ts";
import { type CapacityRow, capacitiesOf } from "./queries.ts";

export type StageImpact = {
  stage: Stage;
  /** Plain HHI of the scope the view uses at the stage: world production, or the party's sourcing. */
  hhi: Change | null;
  hhiScope: "global_supply" | "party_sourcing";
  supplyRisk: Change;
  /** "published": the stage's published SR, which no capacity changes. */
  provenance: "computed" | "published";
};

/** A capacity at a stage the assessment does not cover: it cannot move the material's SR. */
export type UnassessedCapacity = { stage: Stage; country: string; tonnesPerYear: number };

export type ViewImpact =
  | {
      party: PartyId;
      status: "ok";
      supplyRisk: Change;
      critical: { before: boolean; after: boolean };
      stages: StageImpact[];
      /**
       * Capacities at stages the EU did not assess for this material (the demo's graphite plant
       * adds processing; the EU assessed natural graphite at extraction only). They are shown,
       * not dropped: the SR is the assessed stages' and stays as it was for them.
       */
      unassessed: UnassessedCapacity[];
      trade: { year: number; source: string } | null;
    }
  | { party: PartyId; status: "missing_inputs"; missing: MissingInput[] }
  /** The engine refused the change (e.g. a stage the material is not assessed at). */
  | { party: PartyId; status: "not_applicable"; code: string; details: Record<string, unknown> };

export type MaterialImpact = {
  material: string;
  capacities: { stage: string; country: string; tonnesPerYear: number }[];
  omittedStages: Stage[];
  views: ViewImpact[];
  sources: { wgiYear: number | null; eu: string };
};

const change = (before: number, after: number): Change => ({
  before,
  after,
  delta: after - before,
});

function scopeHhi(input: EuMaterialInput, party: PartyId, stage: Stage) {
  const s = input.stages.find((x) => x.stage === stage);
  const own =
    party === "global" || s?.globalOnlyFor?.includes(party) ? undefined : s?.sourcing?.[party];
  const rows = own ? own.rows : s?.globalSupply;
  const q = (rows ?? []).filter((r) => r.kind !== "total").map((r) => r.quantity);
  return {
    value: q.length > 0 ? hhi(q) : null,
    scope: own ? "party_sourcing" : "global_supply",
  } as const;
}

function viewImpact(
  view: PartyView,
  caps: readonly Capacity[],
  wgi: MaterialViews["wgi"],
): ViewImpact {
  const { party } = view;
  const assessed = new Set(view.input.stages.map((s) => s.stage));
  const unassessed = caps
    .filter((cap) => !assessed.has(cap.stage))
    .map((cap) => ({ stage: cap.stage, country: cap.country, tonnesPerYear: cap.tonnes }));
  let after = view.input;
  try {
    for (const cap of caps) {
      if (assessed.has(cap.stage)) after = supplyParty(after, party, cap, wgi.index);
    }
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    return { party, status: "not_applicable", code: e.code, details: { ...e.details } };
  }
  const b = assessEu(view.input, party, wgi.index, EU_THRESHOLDS_2023);
  const a = assessEu(after, party, wgi.index, EU_THRESHOLDS_2023);
  if (b.status !== "ok" || a.status !== "ok" || view.missing.length > 0) {
    const missing = [...view.missing, ...(b.status === "missing_inputs" ? b.missing : [])];
    return { party, status: "missing_inputs", missing };
  }
  return {
    party,
    status: "ok",
    supplyRisk: change(b.supplyRisk, a.supplyRisk),
    critical: { before: b.classification.critical, after: a.classification.critical },
    stages: stageImpacts(view.input, after, party, b, a),
    unassessed,
    trade: view.trade,
  };
}

function stageImpacts(
  before: EuMaterialInput,
  after: EuMaterialInput,
  party: PartyId,
  b: EuResult,
  a: EuResult,
): StageImpact[] {
  return b.stages.map((s, i) => {
    const hb = scopeHhi(before, party, s.stage);
    const ha = scopeHhi(after, party, s.stage);
    return {
      stage: s.stage,
      hhi: hb.value !== null && ha.value !== null ? change(hb.value, ha.value) : null,
      hhiScope: hb.scope,
      supplyRisk: change(s.supplyRisk, (a.stages[i] as (typeof a.stages)[number]).supplyRisk),
      provenance: s.provenance,
    };
  });
}

/** The effect of one project's capacities of one material, for every party view. */
export async function materialImpact(
  db: Db,
  material: string,
  rows: readonly CapacityRow[],
  cache = new Map<string, Promise<MaterialViews | null>>(),
): Promise<MaterialImpact> {
  let views = cache.get(material);
  if (!views) {
    views = materialViews(db, material);
    cache.set(material, views);
  }
  const mv = await views;
  const caps: Capacity[] = rows.map((r) => ({
    country: r.country_id,
    stage: r.stage_id as Stage,
    tonnes: Number(r.tonnes_per_year),
  }));
  const base = {
    material,
    capacities: rows.map((r) => ({
      stage: r.stage_id,
      country: r.country_id,
      tonnesPerYear: Number(r.tonnes_per_year),
    })),
    omittedStages: mv?.omittedStages ?? [],
    sources: { wgiYear: mv?.wgi.year ?? null, eu: "EU CRM 2023" },
  };
  if (!mv || mv.unavailable) {
    const missing: MissingInput[] = mv?.unavailable ? [...mv.unavailable] : [{ input: "wgi" }];
    return {
      ...base,
      views: (["global", "france-eu", "quebec-canada"] as const).map((party) => ({
        party,
        status: "missing_inputs" as const,
        missing,
      })),
    };
  }
  return { ...base, views: mv.views.map((v) => viewImpact(v, caps, mv.wgi)) };
}

/** Every material a project adds capacity for, with its effect per party view. */
export async function projectImpact(
  db: Db,
  projectId: string,
  cache?: Map<string, Promise<MaterialViews | null>>,
): Promise<MaterialImpact[]> {
  const rows = await capacitiesOf(db, projectId);
  const byMaterial = new Map<string, CapacityRow[]>();
  for (const r of rows)
    byMaterial.set(r.material_id, [...(byMaterial.get(r.material_id) ?? []), r]);
  const out: MaterialImpact[] = [];
  for (const [material, caps] of byMaterial)
    out.push(await materialImpact(db, material, caps, cache));
  return out;
}
