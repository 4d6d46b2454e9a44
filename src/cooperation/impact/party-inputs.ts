/**
 * The EU method's inputs of one material for each party's view, from the criticality area's one
 * builder (criticality/loaders/view-inputs.ts), so that the project impact starts from the same
 * SR as the assessment, the factsheet and the scenarios: every stage the EU assessed, computed
 * from USGS production (with the party's BACI sourcing when imported) or, without a series, the
 * EU's published stage SR, marked so. A capacity at a published stage leaves it unchanged.
 */

import type {
  EuMaterialInput,
  MissingInput,
  PartyId,
  Stage,
} from "../../criticality/engine/index.ts";
import { buildViewInputs, type StageProvenance } from "../../criticality/loaders/view-inputs.ts";
import type { GlobalWgi } from "../../criticality/loaders/wgi.ts";
import type { Db } from "../../platform/db/client.ts";
import type { View } from "../../shared/party.ts";

export type PartyView = {
  party: PartyId;
  input: EuMaterialInput;
  /** Inputs this loader already knows are absent (the engine adds its own). */
  missing: MissingInput[];
  /** BACI year and source of the sourcing rows, when used. */
  trade: { year: number; source: string } | null;
  /** Per stage: computed or published, and from what. */
  stages: StageProvenance[];
};

export type MaterialViews = {
  material: string;
  wgi: GlobalWgi;
  /** Stages the EU assessed with neither data nor a published value (named, never silent). */
  omittedStages: Stage[];
  views: PartyView[];
  /** Why nothing at all could be computed (no WGI, not in the EU table, no stage with data). */
  unavailable: readonly MissingInput[] | null;
};

/** The engine views in the order the API lists them: France–EU before Québec–Canada. */
const VIEWS_IN_ORDER = ["global", "france-eu", "quebec-canada"] as const satisfies readonly View[];

export async function materialViews(db: Db, materialId: string): Promise<MaterialViews | null> {
  const views: PartyView[] = [];
  let wgi: GlobalWgi | null = null;
  let omittedStages: Stage[] = [];
  for (const party of VIEWS_IN_ORDER) {
    const view = await buildViewInputs(db, party, { materials: [materialId] });
    if (!view) return null;
    wgi = view.wgi;
    const entry = view.materials.find((m) => m.material === materialId);
    if (!entry) {
      const lacking = view.unavailable.find((u) => u.material === materialId)?.missing;
      return {
        material: materialId,
        wgi,
        omittedStages: [],
        views: [],
        unavailable: lacking && lacking.length > 0 ? lacking : [{ input: "stages" }],
      };
    }
    if (party === "global") {
      omittedStages = entry.stages.filter((s) => s.provenance === "missing").map((s) => s.stage);
    }
    const trade = entry.stages.find((s) => s.trade)?.trade ?? null;
    views.push({ party, input: entry.input, missing: [], trade, stages: entry.stages });
  }
  return { material: materialId, wgi: wgi as GlobalWgi, omittedStages, views, unavailable: null };
}
