import type { PartyId } from "../../criticality/engine/index.ts";
import type { Db } from "../../platform/db/client.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import { visibilityOf } from "../shared/visibility.ts";
import { materialImpact, type UnassessedCapacity } from "./compute.ts";
import type { MaterialViews } from "./party-inputs.ts";
import { visibleCapacitiesOf } from "./queries.ts";

export type RankedProject = {
  code: string;
  title: { fr: string; en: string };
  supplyRisk: { before: number; after: number; delta: number };
  critical: { before: boolean; after: boolean };
  /** Its capacities at stages the assessment does not cover (no effect on the SR). */
  unassessed: UnassessedCapacity[];
};

/**
 * Projects the actor may see that add capacity for `material`, ranked by how much they lower
 * `party`'s supply risk (largest reduction first); views that cannot be computed are left out.
 */
export async function rankProjects(
  db: Db,
  actor: Actor,
  material: string,
  party: PartyId,
): Promise<RankedProject[]> {
  const rows = await visibleCapacitiesOf(db, visibilityOf(actor), material);
  const byProject = new Map<string, typeof rows>();
  for (const r of rows) byProject.set(r.id, [...(byProject.get(r.id) ?? []), r]);
  const cache = new Map<string, Promise<MaterialViews | null>>();
  const out: RankedProject[] = [];
  for (const caps of byProject.values()) {
    const first = caps[0] as (typeof caps)[number];
    const impact = await materialImpact(db, material, caps, cache);
    const view = impact.views.find((v) => v.party === party);
    if (view?.status !== "ok") continue;
    out.push({
      code: first.code,
      title: { fr: first.title_fr, en: first.title_en },
      supplyRisk: view.supplyRisk,
      critical: view.critical,
      unassessed: view.unassessed,
    });
  }
  return out.sort(
    (a, b) => a.supplyRisk.delta - b.supplyRisk.delta || a.code.localeCompare(b.code),
  );
}
