import type { Queryable } from "../../db/client.ts";

export type TotpFactor = { secret: string; lastStep: number; enrolledAt: Date };

export async function findTotpFactor(
  q: Queryable,
  userId: string,
): Promise<TotpFactor | undefined> {
  const rows = await q.query<{ secret: string; last_step: string; enrolled_at: Date }>(
    "SELECT secret, last_step, enrolled_at FROM totp_factors WHERE user_id = $1",
    [userId],
  );
  const row = rows[0];
  return (
    row && { secret: row.secret, lastStep: Number(row.last_step), enrolledAt: row.enrolled_at }
  );
}

export async function insertTotpFactor(
  q: Queryable,
  input: { userId: string; secret: string; step: number; now: Date; codeHashes: string[] },
): Promise<void> {
  await q.query(
    "INSERT INTO totp_factors (user_id, secret, enrolled_at, last_step) VALUES ($1, $2, $3, $4)",
    [input.userId, input.secret, input.now, input.step],
  );
  await replaceRecoveryCodes(q, input.userId, input.codeHashes);
}

/**
 * Records a step as used, only if it is newer than the last one: of two requests racing with
 * the same code, exactly one gets `true`.
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const rows = await q.query(
    "UPDATE totp_factors SET last_step = $2 WHERE user_id = $1 AND last_step < $2 RETURNING 1",
    [userId, step],
  );
  return rows.length === 1;
}

/** Marks a recovery code used; `false` if it is not one of the account's unused codes. */
export async function claimRecoveryCode(
  q: Queryable,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE totp_recovery_codes SET used_at = $3
      WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1`,
    [userId, codeHash, now],
  );
  return rows.length === 1;
}

export async function replaceRecoveryCodes(
  q: Queryable,
  userId: string,
  codeHashes: string[],
): Promise<void> {
  await q.query("DELETE FROM totp_recovery_codes WHERE user_id = $1", [userId]);
  await q.query(
    "INSERT INTO totp_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])",
    [userId, codeHashes],
  );
}

export async function unusedRecoveryCodes(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    [userId],
  );
  return rows[0]?.n ?? 0;
}

/** Removes the factor and its recovery codes; `true` if there was one. */
export async function deleteTotpFactor(q: Queryable, userId: string): Promise<boolean> {
  await q.query("DELETE FROM totp_recovery_codes WHERE user_id = $1", [userId]);
  const rows = await q.query("DELETE FROM totp_factors WHERE user_id = $1 RETURNING 1", [userId]);
  return rows.length === 1;
}
