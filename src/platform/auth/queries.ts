import type { Queryable } from "../db/client.ts";
import type { Role } from "../policy/roles.ts";

export type SignInUser = {
  id: string;
  role: Role;
  password_hash: string;
  must_change_password: boolean;
};

/** The active account of a (lower-cased) e-mail address, with what signing in checks. */
export async function findSignInUser(
  db: Queryable,
  email: string,
): Promise<SignInUser | undefined> {
  const rows = await db.query<SignInUser>(
    "SELECT id, role, password_hash, must_change_password FROM users WHERE lower(email) = $1 AND disabled_at IS NULL",
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
