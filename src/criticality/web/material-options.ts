import type { Db } from "../../platform/db/client.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { EU_RESULTS_VINTAGE } from "../loaders/eu.ts";

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
