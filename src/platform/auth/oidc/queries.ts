import type { Queryable } from "../../db/client.ts";
import type { Role } from "../../policy/roles.ts";

export type AccountRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
  identities: number;
};

const ACCOUNTS = `SELECT u.id, u.email, u.name, u.role, u.disabled_at,
  (SELECT count(*) FROM oidc_identities i WHERE i.user_id = u.id)::int AS identities
  FROM users u`;

/** Every account with how many government identities it has linked, by e-mail address. */
export function listAccounts(db: Queryable): Promise<AccountRow[]> {
  return db.query<AccountRow>(`${ACCOUNTS} ORDER BY lower(u.email)`);
}

export async function findAccount(db: Queryable, id: string): Promise<AccountRow | undefined> {
  const rows = await db.query<AccountRow>(`${ACCOUNTS} WHERE u.id = $1`, [id]);
  return rows[0];
}

export type IdentityRow = {
  id: string;
  provider: string;
  subject: string;
  email_at_link: string;
  linked_at: Date;
  last_used_at: Date;
};

/** A user's linked identities, for the administrators' page. */
export function listIdentities(db: Queryable, userId: string): Promise<IdentityRow[]> {
  return db.query<IdentityRow>(
    `SELECT id, provider, subject, email_at_link, linked_at, last_used_at
       FROM oidc_identities WHERE user_id = $1 ORDER BY provider, linked_at`,
    [userId],
  );
}

export async function findIdentity(
  db: Queryable,
  userId: string,
  id: string,
): Promise<IdentityRow | undefined> {
  const rows = await db.query<IdentityRow>(
    `SELECT id, provider, subject, email_at_link, linked_at, last_used_at
       FROM oidc_identities WHERE id = $1 AND user_id = $2`,
    [id, userId],
  );
  return rows[0];
}
