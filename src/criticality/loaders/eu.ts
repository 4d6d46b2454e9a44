/** Published EU assessment results (eu_assessment_results) → the engine's EuMaterialInput[]. */
import type { Db } from "../../platform/db/client.ts";
import type { EuMaterialInput, PartyId, Stage } from "../engine/index.ts";

export const EU_RESULTS_VINTAGE = "EU CRM 2023";
export const EU_STRATEGIC_LIST = "eu-2024-annex-ii";

type Row = {
  material_id: string;
  supply_risk: number | null;
  economic_importance: number | null;
  sr_stage_id: string | null;
  stages_assessed: "E" | "P" | "E+P" | null;
  sr_extraction: number | null;
  sr_processing: number | null;
  si_sr: number | null;
  eol_rir_pct: number | null;
};

/**
 * One input per material assessed on its own for the list (members of a group that has its own
 * row, e.g. the HREE, are left out), with the published SR as the France/EU view and the
 * materials of the EU list's "strategic" category marked strategic for France/EU.
 * Materials lacking a published SR or EI are skipped (listed in `skipped`).
 */
export async function euInputs(
  db: Db,
  vintage = EU_RESULTS_VINTAGE,
): Promise<{ inputs: EuMaterialInput[]; skipped: string[] }> {
  const rows = await db.query<Row>(
    `SELECT r.material_id, r.supply_risk, r.economic_importance, r.sr_stage_id,
            r.stages_assessed, r.sr_extraction, r.sr_processing, r.si_sr, r.eol_rir_pct
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1
        AND NOT EXISTS (
          SELECT 1 FROM material_group_members g
            JOIN eu_assessment_results gr ON gr.material_id = g.group_id AND gr.dataset_id = r.dataset_id
           WHERE g.member_id = r.material_id)
      ORDER BY r.material_id`,
    [vintage],
  );
  const strategic = new Set(
    (
      await db.query<{ material_id: string }>(
        "SELECT material_id FROM official_list_members WHERE list_id = $1 AND strategic",
        [EU_STRATEGIC_LIST],
      )
    ).map((r) => r.material_id),
  );
  const inputs: EuMaterialInput[] = [];
  const skipped: string[] = [];
  for (const r of rows) {
    if (r.supply_risk === null || r.economic_importance === null) {
      skipped.push(r.material_id);
      continue;
    }
    const stages: Stage[] =
      r.stages_assessed === "P"
        ? ["processing"]
        : r.stages_assessed === "E+P"
          ? ["extraction", "processing"]
          : ["extraction"];
    const stageSupplyRisk: Partial<Record<Stage, number>> = {};
    if (r.sr_extraction !== null) stageSupplyRisk.extraction = Number(r.sr_extraction);
    if (r.sr_processing !== null) stageSupplyRisk.processing = Number(r.sr_processing);
    const strategicFor: PartyId[] = strategic.has(r.material_id) ? ["france-eu"] : [];
    inputs.push({
      material: r.material_id,
      economicImportance: Number(r.economic_importance),
      ...(r.eol_rir_pct !== null && { eolRir: Number(r.eol_rir_pct) / 100 }),
      ...(r.si_sr !== null && { siSr: Number(r.si_sr) }),
      stages: stages.map((stage) => ({ stage })),
      strategicFor,
      published: {
        "france-eu": {
          supplyRisk: Number(r.supply_risk),
          ...(r.sr_stage_id !== null && { stage: r.sr_stage_id as Stage }),
          stageSupplyRisk,
          source: `${vintage} (published results)`,
        },
      },
    });
  }
  return { inputs, skipped };
}
