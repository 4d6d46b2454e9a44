import type { Queryable } from "../../db/client.ts";
import { randomSecret, sha256 } from "./secrets.ts";

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
