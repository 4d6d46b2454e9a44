import type { Queryable } from "../../db/client.ts";
import type { Role } from "../../policy/roles.ts";
import { sha256 } from "../session/secrets.ts";

export type AccountByEmail = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  email_verified: boolean;
};

/** The account of a (lower-cased) address, disabled or not: each caller decides what that means. */
export async function findAccountByEmail(
  db: Queryable,
  email: string,
): Promise<AccountByEmail | undefined> {
  const rows = await db.query<AccountByEmail>(
    `SELECT id, email, name, role, disabled_at IS NOT NULL AS disabled,
            email_verified_at IS NOT NULL AS email_verified
       FROM users WHERE lower(email) = $1`,
    [email],
  );
  return rows[0];
}

export const TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** What a link's token is worth now: unknown (or its account disabled), used, expired or valid. */
export type TokenCheck =
  | { state: "unknown" }
  | { state: "used" | "expired"; userId: string }
  | { state: "valid"; userId: string; email: string };

/**
 * The token of a link for one purpose. `lock` holds the row until the caller's transaction
 * ends, so that two clicks on the same link cannot both use it.
 */
export async function checkAccountToken(
  db: Queryable,
  token: string,
  purpose: TokenPurpose,
  now: Date,
  lock = false,
): Promise<TokenCheck> {
  const rows = await db.query<{
    user_id: string;
    email: string;
    used_at: Date | null;
    expires_at: Date;
  }>(
    `SELECT t.user_id, u.email, t.used_at, t.expires_at
       FROM account_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.purpose = $2 AND u.disabled_at IS NULL
      ${lock ? "FOR UPDATE OF t" : ""}`,
    [sha256(token), purpose],
  );
  const row = rows[0];
  if (!row) return { state: "unknown" };
  if (row.used_at) return { state: "used", userId: row.user_id };
  if (new Date(row.expires_at).getTime() <= now.getTime())
    return { state: "expired", userId: row.user_id };
  return { state: "valid", userId: row.user_id, email: row.email };
}

/** The mails asked for since a time, from one client address and for one e-mail address. */
export async function countMailRequests(
  db: Queryable,
  emailHash: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const rows = await db.query<{ by_email: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE email_hash = $1)::int AS by_email,
            count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM account_mail_requests WHERE at > $3 AND (email_hash = $1 OR ip = $2)`,
    [emailHash, ip, since],
  );
  return { byEmail: rows[0]?.by_email ?? 0, byIp: rows[0]?.by_ip ?? 0 };
}
