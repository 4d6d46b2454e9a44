import type { Queryable } from "../db/client.ts";
import type { Role } from "../policy/roles.ts";

export type SignInUser = {
  id: string;
  role: Role;
  password_hash: string;
  must_change_password: boolean;
  /** False only for a self-registered account whose address is not confirmed yet. */
  email_verified: boolean;
};

/** The active account of a (lower-cased) e-mail address, with what signing in checks. */
export async function findSignInUser(
  db: Queryable,
  email: string,
): Promise<SignInUser | undefined> {
  const rows = await db.query<SignInUser>(
    `SELECT id, role, password_hash, must_change_password, email_verified_at IS NOT NULL AS email_verified
       FROM users WHERE lower(email) = $1 AND disabled_at IS NULL`,
    [email],
  );
  return rows[0];
}

export async function passwordHashOf(db: Queryable, userId: string): Promise<string | undefined> {
  const rows = await db.query<{ password_hash: string }>(
    "SELECT password_hash FROM users WHERE id = $1",
    [userId],
  );
  return rows[0]?.password_hash;
}

/** One of the user's own API tokens; another user's answers nothing. */
export async function findOwnToken(
  db: Queryable,
  userId: string,
  tokenId: string,
): Promise<{ id: string; name: string } | undefined> {
  const rows = await db.query<{ id: string; name: string }>(
    "SELECT id, name FROM api_tokens WHERE id = $1 AND user_id = $2",
    [tokenId, userId],
  );
  return rows[0];
}

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

/** Tokens read "alliage_" then a random secret, so that secret scanners can recognise them. */
export const TOKEN_PREFIX = "alliage_";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
};

export function listTokens(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `SELECT id, name, prefix, created_at, last_used_at, expires_at, revoked_at
       FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
    [userId],
  );
}
