import type { Db } from "../../platform/db/client.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { EU_RESULTS_VINTAGE } from "../loaders/eu.ts";

export type Named = { id: string; name: { fr: string; en: string } };
/** Material groups (material_group_members) indexed by group and by member. */
export type GroupIndex = Map<string, { memberOf: Named[]; members: Named[] }>;

export type MaterialOption = { id: string; name: string };

/**
 * The materials of the EU table as a form's choices, sorted on the name in the reader's
 * language with its collation (« érythrite » among the e, not after z), not on the id.
 */
export async function euMaterialOptions(db: Db, lang: Lang): Promise<MaterialOption[]> {
  const rows = await db.query<{ id: string; name_fr: string; name_en: string }>(
    `SELECT m.id, m.name_fr, m.name_en
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
       JOIN materials m ON m.id = r.material_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1`,
    [EU_RESULTS_VINTAGE],
  );
  const collator = new Intl.Collator(lang);
  return rows
    .map((r) => ({ id: r.id, name: lang === "fr" ? r.name_fr : r.name_en }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Every group link, indexed by group and by member. */
export async function loadGroupIndex(db: Db): Promise<GroupIndex> {
  const rows = await db.query<{
    group_id: string;
    member_id: string;
    group_fr: string;
    group_en: string;
    member_fr: string;
    member_en: string;
  }>(
    `SELECT g.group_id, g.member_id, gm.name_fr AS group_fr, gm.name_en AS group_en,
            m.name_fr AS member_fr, m.name_en AS member_en
       FROM material_group_members g
       JOIN materials m ON m.id = g.member_id
       JOIN materials gm ON gm.id = g.group_id`,
  );
  const index: GroupIndex = new Map();
  const entry = (id: string) => {
    const e = index.get(id) ?? { memberOf: [], members: [] };
    index.set(id, e);
    return e;
  };
  for (const r of rows) {
    entry(r.group_id).members.push({ id: r.member_id, name: { fr: r.member_fr, en: r.member_en } });
    entry(r.member_id).memberOf.push({ id: r.group_id, name: { fr: r.group_fr, en: r.group_en } });
  }
  return index;
}
