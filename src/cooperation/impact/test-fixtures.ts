/** Test fixtures: a project row, and a small BACI file of graphite flows for the party views. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importBaciFile } from "../../criticality/datasets/baci/index.ts";
import { hsMaterialMap } from "../../criticality/loaders/usgs-series.ts";
import type { Db } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import type { ProjectRef } from "../projects/queries.ts";

export async function insertProject(
  db: Db,
  p: { code: string; owner: Party; confidentialTo?: Party; published?: boolean },
): Promise<ProjectRef> {
  const [row] = await db.query<ProjectRef>(
    `INSERT INTO projects (code, title_fr, title_en, kind, owner_party, confidential_to, published)
     VALUES ($1, $2, $3, 'extraction', $4, $5, $6)
     RETURNING id, code, title_fr, title_en, owner_party, confidential_to, published`,
    [
      p.code,
      `Projet ${p.code}`,
      `Project ${p.code}`,
      p.owner,
      p.confidentialTo ?? null,
      p.published ?? !p.confidentialTo,
    ],
  );
  return row as ProjectRef;
}

/**
 * Illustrative 2024 flows of natural graphite (HS 250410), in tonnes — NOT published BACI
 * values (BACI is not bundled): exporter, importer (BACI codes), tonnes.
 */
export const GRAPHITE_FLOWS: readonly [number, number, number][] = [
  [156, 251, 20000], // China → France
  [156, 276, 30000], // China → Germany
  [508, 276, 8000], // Mozambique → Germany
  [450, 251, 6000], // Madagascar → France
  [76, 276, 4000], // Brazil → Germany
  [124, 251, 2000], // Canada → France
  [579, 276, 1000], // Norway → Germany
  [276, 251, 500], // Germany → France: inside the EU, not EU sourcing
  [156, 124, 3000], // China → Canada
  [842, 124, 1000], // USA → Canada
  [124, 842, 5000], // Canada → USA (Canadian exports)
];

export async function importGraphiteFlows(db: Db): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliage-impact-"));
  const file = path.join(dir, "BACI_HS22_Y2024_V202501.csv");
  const lines = GRAPHITE_FLOWS.map(([i, j, q]) => `2024,${i},${j},250410,${q / 10},${q}.000`);
  fs.writeFileSync(file, `t,i,j,k,v,q\n${lines.join("\n")}\n`);
  try {
    await importBaciFile(db, file, {
      hsToMaterials: hsMaterialMap(),
      source: "BACI HS22 V202501 (test flows)",
      vintage: "V202501",
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
