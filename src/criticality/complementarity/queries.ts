/**
 * Complementarity across materials: where Canada produces (USGS mine or refinery production, the
 * world supply of the one builder) what the EU depends on (its published import reliance at the
 * stage), Canada's share of world supply, and what the scenario engine says the France–EU
 * view's SR would do if the EU sourced Canada's output at that stage.
 *
 * Modelling, stated so the figures can be read right:
 * - the change is runGlobalScenario's `sourcing_shift` to CAN of Canada's current output at the
 *   stage: the EU buys it instead of imports from its other foreign origins (pro rata, up to all
 *   of them); world supply is unchanged, so the global view's SR is too, and is not shown. The
 *   output (USGS, content) and the flows (BACI, tonnes of the traded product) are not in the
 *   same unit: the shift is an order of magnitude, said on the page;
 * - a France–EU stage whose SR is the EU's published one (no BACI flows imported, or no USGS
 *   series) cannot move: its change is null with the reason, never a computed 0;
 * - the ranking is the opportunity, Canada's share of world supply × the EU's import reliance:
 *   a large producer for a dependent buyer first, whatever the SR model says about it.
 */
import type { Db } from "../../platform/db/client.ts";
import type { Stage } from "../engine/index.ts";
import { EU_RESULTS_VINTAGE } from "../loaders/eu.ts";
import { type ChangeSpec, runGlobalScenario } from "../loaders/global-eu-scenario.ts";
import { TRADE_PARTIES } from "../loaders/trade.ts";
import { buildViewInputs, type ViewInputs } from "../loaders/view-inputs.ts";

export type ComplementarityRow = {
  material: string;
  name: { fr: string; en: string };
  stage: Stage;
  /** Canada's production at the stage (source unit), its year and source. */
  canadaQuantity: number;
  unit: string;
  year: number;
  source: string;
  /** Canada's share of world supply at the stage (0–1, "Other countries" in the total). */
  canadaShare: number;
  /** The EU's published import reliance at the stage (0–1). */
  euImportReliance: number;
  /** canadaShare × euImportReliance: the ranking key. */
  opportunity: number;
  /** The France–EU view's material SR now, and its change in the scenario (null: published). */
  srFranceEu: number | null;
  deltaFranceEu: number | null;
  /**
   * Why the France–EU change is null (the stage's published reason), or why it is a computed 0:
   * BOTTLENECK_PUBLISHED (the bottleneck is another, published, stage) or WORLD_SUPPLY_ONLY.
   */
  franceEuReason: string | null;
};

/** Reason code: a change computed at its stage, held by a published bottleneck elsewhere. */
export const BOTTLENECK_PUBLISHED = "bottleneck_published";
/** Reason code: a computed 0 because the stage's SR reads world supply only, not EU sourcing. */
export const WORLD_SUPPLY_ONLY = "world_supply_only";

export type Complementarity = { euVintage: string; rows: ComplementarityRow[] };

type Ir = {
  material_id: string;
  ir_extraction_pct: number | null;
  ir_processing_pct: number | null;
};

export async function loadComplementarity(db: Db): Promise<Complementarity> {
  const [global, franceEu] = await Promise.all([
    buildViewInputs(db, "global"),
    buildViewInputs(db, "france-eu"),
  ]);
  if (!global || !franceEu) return { euVintage: EU_RESULTS_VINTAGE, rows: [] };
  const irs = await db.query<Ir>(
    `SELECT r.material_id, r.ir_extraction_pct, r.ir_processing_pct
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1`,
    [global.euVintage],
  );
  const names = new Map(
    (
      await db.query<{ id: string; name_fr: string; name_en: string }>(
        "SELECT id, name_fr, name_en FROM materials",
      )
    ).map((m) => [m.id, { fr: m.name_fr, en: m.name_en }]),
  );
  const irOf = new Map(irs.map((r) => [r.material_id, r]));
  const canada = TRADE_PARTIES.qc.members;
  const rows: ComplementarityRow[] = [];
  for (const m of global.materials) {
    for (const s of m.input.stages) {
      const p = m.stages.find((x) => x.stage === s.stage);
      const ir = irOf.get(m.material);
      const pct = s.stage === "extraction" ? ir?.ir_extraction_pct : ir?.ir_processing_pct;
      if (!s.globalSupply || !p?.series || pct === null || pct === undefined || Number(pct) <= 0)
        continue;
      const producers = s.globalSupply.filter((r) => r.kind !== "total");
      const world = producers.reduce((a, r) => a + r.quantity, 0);
      const own = producers
        .filter((r) => r.kind !== "other" && canada.includes(r.country))
        .reduce((a, r) => a + r.quantity, 0);
      if (own <= 0 || world <= 0) continue;
      const fr = await scenarioDelta(db, m.material, euSourcesCanada(s.stage, own), franceEu);
      const euIr = Math.min(1, Number(pct) / 100);
      rows.push({
        material: m.material,
        name: names.get(m.material) ?? { fr: m.material, en: m.material },
        stage: s.stage,
        canadaQuantity: own,
        unit: p.series.unit,
        year: p.series.year,
        source: `USGS ${p.series.vintage}, ${p.series.year}, ${p.series.detail}`,
        canadaShare: own / world,
        euImportReliance: euIr,
        opportunity: (own / world) * euIr,
        srFranceEu: fr.before,
        deltaFranceEu: fr.delta,
        franceEuReason: fr.reason,
      });
    }
  }
  rows.sort((a, b) => b.opportunity - a.opportunity || a.material.localeCompare(b.material));
  return { euVintage: global.euVintage, rows };
}

/** The scenario of a row: the EU buys `quantity` from Canada at the stage. */
export function euSourcesCanada(stage: Stage, quantity: number): ChangeSpec<"sourcing_shift"> {
  return {
    kind: "sourcing_shift",
    country: "CAN",
    stage: stage === "extraction" ? "mine" : "refinery",
    value: quantity,
  };
}

/** SR before and the change of the bottleneck SR; a change at a published stage is null. */
async function scenarioDelta(
  db: Db,
  material: string,
  change: ChangeSpec,
  view: ViewInputs,
): Promise<{ before: number | null; delta: number | null; reason: string | null }> {
  if (!view.materials.some((m) => m.material === material)) {
    return { before: null, delta: null, reason: "not_in_view" };
  }
  const r = await runGlobalScenario(db, material, [change], view.party, view);
  const stage = view.materials
    .find((m) => m.material === material)
    ?.stages.find((x) => x.stage === (change.stage === "mine" ? "extraction" : "processing"));
  if (r.notComputed.length > 0) {
    return {
      before: r.supplyRisk.before,
      delta: null,
      reason: stage?.published?.reason ?? "published",
    };
  }
  // The stage moved but the material's SR is a published bottleneck elsewhere: a computed 0,
  // said so (« le goulet d'étranglement est la transformation ; une nouvelle mine ne le change
  // pas »).
  const bottleneck = r.stages.find((x) => x.stage === r.bottleneck.before);
  const held = bottleneck?.provenance === "published" && r.supplyRisk.delta === 0;
  // The EU assessed the stage on world supply alone (GSonly): its purchases are not in the SR.
  const worldOnly = stage?.scope === "global" && r.supplyRisk.delta === 0;
  return {
    before: r.supplyRisk.before,
    delta: r.supplyRisk.delta,
    reason: held ? BOTTLENECK_PUBLISHED : worldOnly ? WORLD_SUPPLY_ONLY : null,
  };
}
