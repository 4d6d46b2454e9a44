import type { Queryable } from "../../db/client.ts";
import type { Role } from "../../policy/roles.ts";
import { randomSecret, sha256 } from "../session/secrets.ts";

/** Long enough to find the phone and open the app, short enough that a stolen cookie is stale. */
const CHALLENGE_MINUTES = 10;

export type SignInChallenge = {
  userId: string;
  email: string;
  role: Role;
  /** Set while enrolling: the secret shown in the QR code, not yet the account's factor. */
  pendingSecret: string | null;
  next: string | null;
  mustChangePassword: boolean;
};

/** Opens the step between a correct password and the second factor; returns the cookie value. */
export async function openChallenge(
  q: Queryable,
  input: { userId: string; pendingSecret?: string; next?: string | undefined; now: Date },
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomSecret();
  const expiresAt = new Date(input.now.getTime() + CHALLENGE_MINUTES * 60_000);
  await q.query("DELETE FROM sign_in_challenges WHERE expires_at <= $1", [input.now]);
  await q.query(
    `INSERT INTO sign_in_challenges (id_hash, user_id, pending_secret, next_path, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [sha256(secret), input.userId, input.pendingSecret ?? null, input.next ?? null, expiresAt],
  );
  return { secret, expiresAt };
}

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

/** Single use: `true` only for the one request that closes it. */
export async function closeChallenge(q: Queryable, secret: string): Promise<boolean> {
  const rows = await q.query("DELETE FROM sign_in_challenges WHERE id_hash = $1 RETURNING 1", [
    sha256(secret),
  ]);
  return rows.length === 1;
}
