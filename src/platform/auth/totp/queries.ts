import type { Queryable } from "../../db/client.ts";
import type { Role } from "../../policy/roles.ts";
import { sha256 } from "../session/secrets.ts";

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

export async function unusedRecoveryCodes(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    [userId],
  );
  return rows[0]?.n ?? 0;
}

export type SignInChallenge = {
  userId: string;
  email: string;
  role: Role;
  /** Set while enrolling: the secret shown in the QR code, not yet the account's factor. */
  pendingSecret: string | null;
  next: string | null;
  mustChangePassword: boolean;
};

/** The challenge behind a cookie, if it has not expired and the account is still active. */
export async function findChallenge(
  q: Queryable,
  secret: string,
  now: Date,
): Promise<SignInChallenge | undefined> {
  const rows = await q.query<{
    user_id: string;
    email: string;
    role: Role;
    pending_secret: string | null;
    next_path: string | null;
    must_change_password: boolean;
  }>(
    `SELECT c.user_id, u.email, u.role, c.pending_secret, c.next_path, u.must_change_password
       FROM sign_in_challenges c JOIN users u ON u.id = c.user_id
      WHERE c.id_hash = $1 AND c.expires_at > $2 AND u.disabled_at IS NULL`,
    [sha256(secret), now],
  );
  const row = rows[0];
  return (
    row && {
      userId: row.user_id,
      email: row.email,
      role: row.role,
      pendingSecret: row.pending_secret,
      next: row.next_path,
      mustChangePassword: row.must_change_password,
    }
  );
}
