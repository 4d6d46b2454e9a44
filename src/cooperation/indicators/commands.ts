/** Writing indicator values: each change a command, so the audit log says who set what. */
import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import type { ProjectRef } from "../projects/queries.ts";
import {
  type Conversion,
  canonicalValue,
  requireIndicator,
  requireUnit,
  requireYear,
} from "./validate.ts";

export type IndicatorInput = {
  indicator: string;
  year: string | number;
  unit: string;
  baseline?: string | number | null | undefined;
  target?: string | number | null | undefined;
  actual?: string | number | null | undefined;
};

const FIELDS = ["baseline", "target", "actual"] as const;
type Stored = Record<(typeof FIELDS)[number], string | null>;

/**
 * Sets the baseline, target and/or actual of one indicator for one year of a project. A value
 * left blank keeps what was stored (delete the year to clear it); values in a convertible unit
 * are stored in the indicator's unit. Everything is checked before anything is written.
 */
export async function setIndicatorValues(
  db: Db,
  performer: Performer,
  lang: Lang,
  project: ProjectRef,
  input: IndicatorInput,
): Promise<{ conversions: Conversion[] }> {
  const def = requireIndicator(input.indicator);
  const year = requireYear(input.year);
  const unit = requireUnit(def, input.unit, lang);
  const conversions: Conversion[] = [];
  const given: Partial<Stored> = {};
  for (const f of FIELDS) {
    const v = canonicalValue(def, input[f], unit, lang, conversions);
    if (v !== null) given[f] = v;
  }
  if (Object.keys(given).length === 0) throw fail("indicator_values_empty");
  await runCommand(db, performer, "project_indicator.set", async ({ tx, audit }) => {
    const [before] = await tx.query<Stored>(
      `SELECT baseline, target, actual FROM project_indicators
        WHERE project_id = $1 AND indicator = $2 AND year = $3 FOR UPDATE`,
      [project.id, def.id, year],
    );
    const after: Stored = {
      baseline: given.baseline ?? before?.baseline ?? null,
      target: given.target ?? before?.target ?? null,
      actual: given.actual ?? before?.actual ?? null,
    };
    await tx.query(
      `INSERT INTO project_indicators (project_id, indicator, year, baseline, target, actual, unit)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (project_id, indicator, year) DO UPDATE
         SET baseline = EXCLUDED.baseline, target = EXCLUDED.target, actual = EXCLUDED.actual,
             unit = EXCLUDED.unit, updated_at = now()`,
      [project.id, def.id, year, after.baseline, after.target, after.actual, def.unit],
    );
    const changes: Record<string, { from: unknown; to: unknown }> = {
      indicator: { from: before ? def.id : null, to: def.id },
      year: { from: before ? year : null, to: year },
    };
    for (const f of FIELDS) {
      const from = before?.[f] ?? null;
      if (from !== after[f]) changes[f] = { from, to: after[f] };
    }
    await audit({ subjectType: "Project", subjectId: project.id, changes });
  });
  return { conversions };
}

/** Removes one indicator's values for one year. */
export async function deleteIndicatorValues(
  db: Db,
  performer: Performer,
  project: ProjectRef,
  indicator: string,
  rawYear: string | number,
): Promise<void> {
  const def = requireIndicator(indicator);
  const year = requireYear(rawYear);
  await runCommand(db, performer, "project_indicator.delete", async ({ tx, audit }) => {
    const [gone] = await tx.query<Stored>(
      `DELETE FROM project_indicators WHERE project_id = $1 AND indicator = $2 AND year = $3
       RETURNING baseline, target, actual`,
      [project.id, def.id, year],
    );
    if (!gone) throw fail("not_found");
    await audit({
      subjectType: "Project",
      subjectId: project.id,
      changes: {
        indicator: { from: def.id, to: null },
        year: { from: year, to: null },
        ...Object.fromEntries(FIELDS.map((f) => [f, { from: gone[f], to: null }])),
      },
    });
  });
}
