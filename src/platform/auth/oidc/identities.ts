import { type Performer, runCommand } from "../../audit/command.ts";
import type { Db, Queryable } from "../../db/client.ts";

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

/** Removes a link, audited: the next sign-in with that identity is a first one again. */
export function unlinkIdentity(db: Db, performer: Performer, userId: string, id: string) {
  return runCommand(db, performer, "oidc_identity.unlink", async ({ tx, audit }) => {
    const rows = await tx.query<{ provider: string }>(
      "DELETE FROM oidc_identities WHERE id = $1 AND user_id = $2 RETURNING provider",
      [id, userId],
    );
    if (!rows[0]) return false;
    await audit({
      subjectType: "User",
      subjectId: userId,
      changes: { identity: { from: rows[0].provider, to: null } },
    });
    return true;
  });
}
