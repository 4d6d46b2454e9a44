import type { Queryable } from "../db/client.ts";
import type { Actor, Role } from "../policy/roles.ts";
import { randomSecret, sha256 } from "./secrets.ts";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  must_change_password: boolean;
};

/** Opens a session; the caller sets the returned secret as the cookie. */
export async function openSession(
  db: Queryable,
  userId: string,
  now: Date,
  ttlHours: number,
  userAgent?: string,
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomSecret();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.query(
    "INSERT INTO sessions (id_hash, user_id, created_at, expires_at, user_agent) VALUES ($1, $2, $3, $4, $5)",
    [sha256(secret), userId, now, expiresAt, userAgent?.slice(0, 300) ?? null],
  );
  return { secret, expiresAt };
}

/** The user behind a session cookie, if the session exists, has not expired and the account is active. */
export async function findSessionUser(
  db: Queryable,
  secret: string,
  now: Date,
): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
  const rows = await db.query<UserRow & { expires_at: Date }>(
    `SELECT u.id, u.email, u.name, u.role, u.must_change_password, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [sha256(secret), now],
  );
  const row = rows[0];
  return row ? { user: row, expiresAt: row.expires_at } : undefined;
}

export async function closeSession(db: Queryable, secret: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE id_hash = $1", [sha256(secret)]);
}

export async function closeAllSessions(db: Queryable, userId: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
}

export async function purgeExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query("DELETE FROM sessions WHERE expires_at <= $1 RETURNING 1", [now]);
  return rows.length;
}

export const actorFromUser = (user: UserRow, via: "session" | "token"): Actor => ({
  kind: "user",
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  via,
});
