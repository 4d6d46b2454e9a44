import type { Queryable } from "../../platform/db/client.ts";

export const PROJECT_CODE_PATTERN = /^P-\d{4}-\d{3,}$/;

/**
 * The next project code of that year, `P-YYYY-NNN`. The upsert locks the year's counter row
 * until the caller's transaction ends, so concurrent creations queue up instead of sharing a
 * number.
 */
export async function allocateProjectCode(tx: Queryable, year: number): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO project_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = project_code_counters.last_number + 1
     RETURNING last_number`,
    [year],
  );
  return `P-${year}-${String(row?.last_number).padStart(3, "0")}`;
}
