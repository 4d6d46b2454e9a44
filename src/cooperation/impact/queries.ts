/** The impact area's reads: capacities, and the reference names the forms and pages show. */
import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";

export type CapacityRow = {
  material_id: string;
  stage_id: string;
  country_id: string;
  tonnes_per_year: string;
};

export async function capacitiesOf(db: Queryable, projectId: string): Promise<CapacityRow[]> {
  return db.query<CapacityRow>(
    `SELECT material_id, stage_id, country_id, tonnes_per_year::text AS tonnes_per_year
       FROM project_capacities WHERE project_id = $1 ORDER BY material_id, stage_id, country_id`,
    [projectId],
  );
}

export type ProjectCapacityRow = CapacityRow & {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
};

/** The capacities of `material` in the projects that reader sees (published ones for the public). */
export async function visibleCapacitiesOf(
  db: Queryable,
  v: Visibility,
  material: string,
): Promise<ProjectCapacityRow[]> {
  const params: unknown[] = [material];
  const visible = visibleSql(v, "p", params, { publishedColumn: true });
  return db.query<ProjectCapacityRow>(
    `SELECT p.id, p.code, p.title_fr, p.title_en, c.material_id, c.stage_id, c.country_id,
            c.tonnes_per_year::text AS tonnes_per_year
       FROM project_capacities c JOIN projects p ON p.id = c.project_id
      WHERE c.material_id = $1 AND ${visible}
      ORDER BY p.code, c.stage_id, c.country_id`,
    params,
  );
}

export type NameRow = { id: string; fr: string; en: string };

export async function referenceRows(db: Queryable) {
  const [materials, stages, countries] = await Promise.all([
    db.query<NameRow>("SELECT id, name_fr AS fr, name_en AS en FROM materials"),
    db.query<NameRow>("SELECT id, label_fr AS fr, label_en AS en FROM stages ORDER BY position"),
    db.query<NameRow>("SELECT id, name_fr AS fr, name_en AS en FROM countries"),
  ]);
  return { materials, stages, countries };
}

/** The materials a project names, and its country: what the capacity form proposes first. */
export async function projectMaterialsAndCountry(db: Queryable, projectId: string) {
  const [own, [project]] = await Promise.all([
    db.query<{ material_id: string }>(
      "SELECT material_id FROM project_materials WHERE project_id = $1",
      [projectId],
    ),
    db.query<{ country_id: string | null }>("SELECT country_id FROM projects WHERE id = $1", [
      projectId,
    ]),
  ]);
  return { materialIds: own.map((r) => r.material_id), countryId: project?.country_id ?? null };
}

/** The project's capacities for a material and stage: in one country, or in all when none is given. */
export async function capacitiesAt(
  db: Queryable,
  projectId: string,
  key: { material: string; stage: string; country?: string },
): Promise<{ material: string; stage: string; country: string; tonnes: number }[]> {
  const rows = await db.query<{ country_id: string; t: string }>(
    `SELECT country_id, tonnes_per_year::text AS t FROM project_capacities
      WHERE project_id = $1 AND material_id = $2 AND stage_id = $3
        AND ($4::text IS NULL OR country_id = $4) ORDER BY country_id`,
    [projectId, key.material, key.stage, key.country ?? null],
  );
  return rows.map((r) => ({
    material: key.material,
    stage: key.stage,
    country: r.country_id,
    tonnes: Number(r.t),
  }));
}
