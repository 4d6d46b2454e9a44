import type { Queryable } from "../../db/client.ts";
import type { Actor, Role } from "../../policy/roles.ts";
import { sha256 } from "./secrets.ts";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  must_change_password: boolean;
};

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

export const actorFromUser = (user: UserRow, via: "session" | "token"): Actor => ({
  kind: "user",
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  via,
});
