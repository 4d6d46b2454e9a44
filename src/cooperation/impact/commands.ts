/** Adding and removing the capacity a project would add: audited commands, checked first. */
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { ProjectRef } from "../projects/queries.ts";
import { parseDecimal } from "../shared/decimal.ts";

export type CapacityKey = { material: string; stage: string; country: string };

export type CapacityInput = {
  material: string;
  stage: string;
  country: string;
  tonnesPerYear: string | number;
};

/** Stages the engine's scenario works on (the EU method assesses extraction and processing). */
export const CAPACITY_STAGES = ["extraction", "processing"] as const;

async function checked(db: Db, input: CapacityInput) {
  const material = input.material.trim();
  const stage = input.stage.trim();
  const country = input.country.trim().toUpperCase();
  const tonnes = parseDecimal(String(input.tonnesPerYear));
  if (tonnes === null || tonnes.startsWith("-") || Number(tonnes) === 0) {
    throw fail("capacity_not_positive", { value: String(input.tonnesPerYear) });
  }
  const [m] = await db.query("SELECT 1 FROM materials WHERE id = $1", [material]);
  if (!m) throw fail("capacity_unknown_material", { material });
  if (!(CAPACITY_STAGES as readonly string[]).includes(stage)) {
    throw fail("capacity_unknown_stage", { stage });
  }
  const [c] = await db.query("SELECT 1 FROM countries WHERE id = $1", [country]);
  if (!c) throw fail("capacity_unknown_country", { country });
  return { material, stage, country, tonnes };
}

/** Adds (or replaces) the capacity of a project for a material, stage and country. */
export async function setCapacity(
  db: Db,
  performer: Performer,
  project: ProjectRef,
  input: CapacityInput,
): Promise<{ capacity: CapacityKey & { tonnes: number }; replaced: boolean }> {
  const v = await checked(db, input);
  return runCommand(db, performer, "project_capacity.set", async ({ tx, audit }) => {
    const [before] = await tx.query<{ t: string }>(
      `SELECT tonnes_per_year::text AS t FROM project_capacities
        WHERE project_id = $1 AND material_id = $2 AND stage_id = $3 AND country_id = $4`,
      [project.id, v.material, v.stage, v.country],
    );
    await tx.query(
      `INSERT INTO project_capacities (project_id, material_id, stage_id, country_id, tonnes_per_year)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (project_id, material_id, stage_id, country_id)
         DO UPDATE SET tonnes_per_year = EXCLUDED.tonnes_per_year`,
      [project.id, v.material, v.stage, v.country, v.tonnes],
    );
    await audit({
      subjectType: "Project",
      subjectId: project.id,
      changes: {
        capacity: {
          from: before ? `${v.material}/${v.stage}/${v.country}: ${before.t} t/a` : null,
          to: `${v.material}/${v.stage}/${v.country}: ${v.tonnes} t/a`,
        },
      },
    });
    const { material, stage, country } = v;
    return {
      capacity: { material, stage, country, tonnes: Number(v.tonnes) },
      replaced: before !== undefined,
    };
  });
}

export async function removeCapacity(
  db: Db,
  performer: Performer,
  project: ProjectRef,
  key: CapacityKey,
): Promise<void> {
  await runCommand(db, performer, "project_capacity.delete", async ({ tx, audit }) => {
    const [gone] = await tx.query<{ t: string }>(
      `DELETE FROM project_capacities
        WHERE project_id = $1 AND material_id = $2 AND stage_id = $3 AND country_id = $4
        RETURNING tonnes_per_year::text AS t`,
      [project.id, key.material, key.stage, key.country],
    );
    if (!gone) throw fail("capacity_not_found", key);
    await audit({
      subjectType: "Project",
      subjectId: project.id,
      changes: {
        capacity: { from: `${key.material}/${key.stage}/${key.country}: ${gone.t} t/a`, to: null },
      },
    });
  });
}
