import type { Queryable } from "../db/client.ts";
import type { UserRow } from "./session/queries.ts";
import { randomSecret, sha256 } from "./session/secrets.ts";

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

export async function issueToken(
  db: Queryable,
  userId: string,
  name: string,
  expiresAt: Date | null,
): Promise<{ id: string; token: string }> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const rows = await db.query<{ id: string }>(
    `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [userId, name, sha256(token), token.slice(0, TOKEN_PREFIX.length + 4), expiresAt],
  );
  return { id: (rows[0] as { id: string }).id, token };
}

/** The user a Bearer token stands for, or undefined if it is unknown, expired or revoked. */
export async function findTokenUser(
  db: Queryable,
  token: string,
  now: Date,
): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow & { token_id: string }>(
    `SELECT u.id, u.email, u.name, u.role, u.must_change_password, t.id AS token_id
       FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL
        AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.disabled_at IS NULL`,
    [sha256(token), now],
  );
  const row = rows[0];
  if (!row) return undefined;
  await db.query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", [row.token_id, now]);
  return row;
}

export function listTokens(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `SELECT id, name, prefix, created_at, last_used_at, expires_at, revoked_at
       FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
    [userId],
  );
}

export async function revokeToken(
  db: Queryable,
  userId: string,
  tokenId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id",
    [tokenId, userId, now],
  );
  return rows.length === 1;
}
