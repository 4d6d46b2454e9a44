import type { Queryable } from "../../platform/db/client.ts";

export type Bilingual = { fr: string; en: string };

export type EuResultRow = {
  materialId: string;
  name: Bilingual;
  family: string;
  supplyRisk: number;
  economicImportance: number;
  stage: { id: string; label: Bilingual } | null;
  stagesAssessed: "E" | "P" | "E+P" | null;
  srExtraction: number | null;
  srProcessing: number | null;
  eolRirPct: number | null;
  siSr: number | null;
};

export type DatasetInfo = { kind: string; vintage: string; fileName: string; importedAt: string };

export type EuResults = { dataset: DatasetInfo; rows: EuResultRow[]; strategic: Set<string> };

/** The EU list's own vintage of strategic materials (copper, nickel), from Annex II. */
export const EU_LIST_ID = "eu-2024-annex-ii";

/**
 * The latest imported EU assessment results, one row per material assessed on its own: members
 * of a group that has its own row (HREE, LREE, PGM) are left out, as on the EU list.
 */
export async function loadEuResults(db: Queryable): Promise<EuResults | undefined> {
  const datasets = await db.query<{
    id: string;
    kind: string;
    vintage: string;
    file_name: string;
    imported_at: Date | string;
  }>(
    `SELECT id, kind, vintage, file_name, imported_at FROM datasets
     WHERE kind = 'eu-crm-results' ORDER BY imported_at DESC LIMIT 1`,
  );
  const d = datasets[0];
  if (!d) return undefined;
  const rows = await db.query<{
    material_id: string;
    name_fr: string;
    name_en: string;
    family: string;
    supply_risk: number | null;
    economic_importance: number | null;
    sr_stage_id: string | null;
    stage_fr: string | null;
    stage_en: string | null;
    stages_assessed: "E" | "P" | "E+P" | null;
    sr_extraction: number | null;
    sr_processing: number | null;
    eol_rir_pct: number | null;
    si_sr: number | null;
  }>(
    `SELECT r.material_id, m.name_fr, m.name_en, m.family, r.supply_risk, r.economic_importance,
            r.sr_stage_id, s.label_fr AS stage_fr, s.label_en AS stage_en, r.stages_assessed,
            r.sr_extraction, r.sr_processing, r.eol_rir_pct, r.si_sr
       FROM eu_assessment_results r
       JOIN materials m ON m.id = r.material_id
       LEFT JOIN stages s ON s.id = r.sr_stage_id
      WHERE r.dataset_id = $1
        AND r.supply_risk IS NOT NULL AND r.economic_importance IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM material_group_members g
            JOIN eu_assessment_results gr ON gr.material_id = g.group_id AND gr.dataset_id = r.dataset_id
           WHERE g.member_id = r.material_id)
      ORDER BY m.name_fr`,
    [d.id],
  );
  const strategic = await db.query<{ material_id: string }>(
    "SELECT material_id FROM official_list_members WHERE list_id = $1 AND strategic",
    [EU_LIST_ID],
  );
  return {
    dataset: {
      kind: d.kind,
      vintage: d.vintage,
      fileName: d.file_name,
      importedAt: new Date(d.imported_at).toISOString(),
    },
    strategic: new Set(strategic.map((s) => s.material_id)),
    rows: rows.map((r) => ({
      materialId: r.material_id,
      name: { fr: r.name_fr, en: r.name_en },
      family: r.family,
      supplyRisk: Number(r.supply_risk),
      economicImportance: Number(r.economic_importance),
      stage:
        r.sr_stage_id && r.stage_fr && r.stage_en
          ? { id: r.sr_stage_id, label: { fr: r.stage_fr, en: r.stage_en } }
          : null,
      stagesAssessed: r.stages_assessed,
      srExtraction: r.sr_extraction,
      srProcessing: r.sr_processing,
      eolRirPct: r.eol_rir_pct,
      siSr: r.si_sr,
    })),
  };
}

export type ListMember = {
  materialId: string;
  name: Bilingual;
  nameInSource: string;
  category: string | null;
  strategic: boolean | null;
};

export type OfficialList = {
  id: string;
  jurisdiction: string;
  edition: number;
  vintage: string;
  members: ListMember[];
};

/** Every official list with its members, in a fixed order (Québec, EU, US by edition). */
export async function loadOfficialLists(db: Queryable): Promise<OfficialList[]> {
  const lists = await db.query<{
    id: string;
    jurisdiction: string;
    edition: number;
    vintage: string;
  }>(
    `SELECT l.id, l.jurisdiction, l.edition, d.vintage FROM official_lists l
       JOIN datasets d ON d.id = l.dataset_id
      ORDER BY CASE l.jurisdiction WHEN 'qc' THEN 0 WHEN 'eu' THEN 1 ELSE 2 END, l.edition, l.id`,
  );
  const members = await db.query<{
    list_id: string;
    material_id: string;
    name_fr: string;
    name_en: string;
    name_in_source: string;
    category: string | null;
    strategic: boolean | null;
  }>(
    `SELECT o.list_id, o.material_id, m.name_fr, m.name_en, o.name_in_source, o.category, o.strategic
       FROM official_list_members o JOIN materials m ON m.id = o.material_id
      ORDER BY m.name_fr`,
  );
  return lists.map((l) => ({
    id: l.id,
    jurisdiction: l.jurisdiction,
    edition: Number(l.edition),
    vintage: l.vintage,
    members: members
      .filter((m) => m.list_id === l.id)
      .map((m) => ({
        materialId: m.material_id,
        name: { fr: m.name_fr, en: m.name_en },
        nameInSource: m.name_in_source,
        category: m.category,
        strategic: m.strategic,
      })),
  }));
}

export type MaterialRow = {
  id: string;
  name: Bilingual;
  symbol: string | null;
  family: string;
  isGroup: boolean;
  lists: string[];
};

/** Every material of the reference, with the official lists it appears on. */
export async function loadMaterials(db: Queryable): Promise<MaterialRow[]> {
  const rows = await db.query<{
    id: string;
    name_fr: string;
    name_en: string;
    symbol: string | null;
    family: string;
    is_group: boolean;
    lists: string[] | null;
  }>(
    `SELECT m.id, m.name_fr, m.name_en, m.symbol, m.family, m.is_group,
            array_remove(array_agg(o.list_id ORDER BY o.list_id), NULL) AS lists
       FROM materials m LEFT JOIN official_list_members o ON o.material_id = m.id
      GROUP BY m.id ORDER BY m.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: { fr: r.name_fr, en: r.name_en },
    symbol: r.symbol,
    family: r.family,
    isGroup: r.is_group,
    lists: r.lists ?? [],
  }));
}
