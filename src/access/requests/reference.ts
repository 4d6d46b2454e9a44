import type { Queryable } from "../../platform/db/client.ts";

/** Year and month of receipt, as in the reference: '2023-11-30' → '202311'. */
export const referencePeriod = (receivedOn: string) =>
  receivedOn.slice(0, 4) + receivedOn.slice(5, 7);

/**
 * The next reference for a request received on that date, `YYYYMM-N`. The upsert locks the
 * month's counter row until the caller's transaction ends, so concurrent intakes queue up
 * instead of sharing a number.
 */
export async function allocateReference(tx: Queryable, receivedOn: string): Promise<string> {
  const period = referencePeriod(receivedOn);
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO access_reference_counters (period, last_number) VALUES ($1, 1)
     ON CONFLICT (period) DO UPDATE SET last_number = access_reference_counters.last_number + 1
     RETURNING last_number`,
    [period],
  );
  return `${period}-${row?.last_number}`;
}

/**
 * Keeps the counter ahead of a reference given from outside (a request registered on paper
 * before Alliage, or the demo's 202311-76), so that the next allocation does not collide.
 */
export async function reserveReference(tx: Queryable, reference: string): Promise<void> {
  const [period, n] = reference.split("-");
  await tx.query(
    `INSERT INTO access_reference_counters (period, last_number) VALUES ($1, $2)
     ON CONFLICT (period) DO UPDATE
       SET last_number = GREATEST(access_reference_counters.last_number, EXCLUDED.last_number)`,
    [period, Number(n)],
  );
}

export const REFERENCE_PATTERN = /^\d{6}-\d{1,6}$/;
