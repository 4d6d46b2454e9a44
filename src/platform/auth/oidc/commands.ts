import { type Performer, runCommand } from "../../audit/command.ts";
import type { Db } from "../../db/client.ts";

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
