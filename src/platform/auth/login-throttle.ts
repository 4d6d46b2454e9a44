import type { Queryable } from "../db/client.ts";

export type ThrottleSettings = { maxFailures: number; windowMinutes: number };

/**
 * Failed sign-ins are counted per account and per address over a sliding window; past the limit
 * the account (or the address, at four times the limit) is refused until the window has passed.
 */
export async function isThrottled(
  db: Queryable,
  emailKey: string,
  ip: string,
  now: Date,
  s: ThrottleSettings,
): Promise<boolean> {
  const since = new Date(now.getTime() - s.windowMinutes * 60_000);
  const rows = await db.query<{ by_email: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE email_key = $1)::int AS by_email,
            count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_failures WHERE at > $3 AND (email_key = $1 OR ip = $2)`,
    [emailKey, ip, since],
  );
  const { by_email = 0, by_ip = 0 } = rows[0] ?? {};
  return by_email >= s.maxFailures || by_ip >= s.maxFailures * 4;
}

export async function recordFailure(
  db: Queryable,
  emailKey: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.query("INSERT INTO login_failures (email_key, ip, at) VALUES ($1, $2, $3)", [
    emailKey,
    ip,
    now,
  ]);
}

export async function clearFailures(
  db: Queryable,
  emailKey: string,
  now: Date,
  s: ThrottleSettings,
): Promise<void> {
  // Old rows of every account go too: the table only needs the current window.
  const since = new Date(now.getTime() - s.windowMinutes * 60_000);
  await db.query("DELETE FROM login_failures WHERE email_key = $1 OR at <= $2", [emailKey, since]);
}
