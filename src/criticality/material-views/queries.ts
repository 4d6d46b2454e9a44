/**
 * The factsheet's supply risk per view (global, Québec–Canada, France–EU), from the one builder
 * (loaders/view-assess.ts), and the material's groups: the same SR and classification as the
 * assessment, the matrix, the exports and the scenarios.
 */
import { z } from "@hono/zod-openapi";
import type { Db } from "../../platform/db/client.ts";
import { VIEWS } from "../../shared/party.ts";
import { assessView, presentStage } from "../loaders/view-assess.ts";

const stage = z.object({
  stage: z.enum(["extraction", "processing", "manufacturing", "recycling"]),
  provenance: z.enum(["computed", "published", "missing"]),
  supplyRisk: z.number().nullable(),
  residualShare: z.number().nullable(),
  source: z.string().nullable(),
  reason: z.string().nullable(),
});

export const factsheetViews = z.array(
  z.object({
    party: z.enum(VIEWS),
    status: z.enum(["ok", "missing_inputs"]),
    supplyRisk: z.number().nullable(),
    bottleneckStage: z.string().nullable(),
    critical: z.boolean().nullable(),
    insufficientData: z.boolean(),
    stages: z.array(stage),
  }),
);

const member = z.object({ id: z.string(), name: z.object({ fr: z.string(), en: z.string() }) });
export const factsheetGroups = z.object({
  memberOf: z.array(member.extend({ members: z.array(member) })),
  members: z.array(member),
});

export type FactsheetViews = z.infer<typeof factsheetViews>;
export type FactsheetGroups = z.infer<typeof factsheetGroups>;

export async function loadFactsheetViews(db: Db, id: string): Promise<FactsheetViews> {
  const out: FactsheetViews = [];
  for (const party of VIEWS) {
    const m = (await assessView(db, party, { materials: [id] }))?.materials[0];
    if (!m) continue;
    out.push({
      party,
      status: m.status,
      supplyRisk: m.supplyRisk,
      bottleneckStage: m.bottleneckStage,
      critical: m.critical,
      insufficientData: m.insufficientData,
      stages: m.stages.map(presentStage),
    });
  }
  return out;
}

/** Groups the material belongs to (with their members), and its own members if it is a group. */
export async function loadFactsheetGroups(db: Db, id: string): Promise<FactsheetGroups> {
  const rows = await db.query<{
    group_id: string;
    member_id: string;
    name_fr: string;
    name_en: string;
    group_fr: string;
    group_en: string;
  }>(
    `SELECT g.group_id, g.member_id, m.name_fr, m.name_en, gm.name_fr AS group_fr,
            gm.name_en AS group_en
       FROM material_group_members g
       JOIN materials m ON m.id = g.member_id
       JOIN materials gm ON gm.id = g.group_id
      WHERE g.group_id = $1
         OR g.group_id IN (SELECT group_id FROM material_group_members WHERE member_id = $1)
      ORDER BY g.group_id, m.name_fr`,
    [id],
  );
  const members = rows
    .filter((r) => r.group_id === id)
    .map((r) => ({ id: r.member_id, name: { fr: r.name_fr, en: r.name_en } }));
  const groups = new Map<string, FactsheetGroups["memberOf"][number]>();
  for (const r of rows) {
    if (r.group_id === id) continue;
    const g = groups.get(r.group_id) ?? {
      id: r.group_id,
      name: { fr: r.group_fr, en: r.group_en },
      members: [],
    };
    g.members.push({ id: r.member_id, name: { fr: r.name_fr, en: r.name_en } });
    groups.set(r.group_id, g);
  }
  return { memberOf: [...groups.values()], members };
}
