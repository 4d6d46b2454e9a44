import { type Performer, runCommand } from "../../audit/commands.ts";
import type { OidcProvider } from "../../config/oidc.ts";
import type { Db, Queryable } from "../../db/client.ts";
import { fail } from "../../errors/app-error.ts";
import type { Role } from "../../policy/roles.ts";
import { openSession } from "../session/commands.ts";
import { hashPassword, randomSecret } from "../session/secrets.ts";

/** The claims of a validated ID token (and userinfo) that sign-in relies on. */
export type IdentityClaims = { sub: string; email?: unknown; email_verified?: unknown };

type Account = { id: string; email: string; role: Role; must_change_password: boolean };

/**
 * Opens a session for the account behind a provider's identity. A known (provider, subject)
 * finds its account directly; a first sign-in links to the active account with the same
 * address, only if the provider vouches for the address (email_verified) and its domain is one
 * the provider is trusted for. No account is ever created here and no role granted: every
 * refusal happens before the first write, so a refused sign-in changes nothing.
 */
export async function signInWithIdentity(
  db: Db,
  provider: OidcProvider,
  claims: IdentityClaims,
  context: { now: Date; ttlHours: number; requestId: string; userAgent: string | undefined },
): Promise<{ secret: string; expiresAt: Date }> {
  const { now } = context;
  let account = await accountOfIdentity(db, provider.id, claims.sub);
  if (!account) {
    account = await accountToLink(db, provider, claims);
    const linked = account;
    await runCommand(
      db,
      { actorId: linked.id, label: linked.email, requestId: context.requestId },
      "oidc_identity.link",
      async ({ tx, audit }) => {
        // A second callback racing this one for the same identity links it once.
        const rows = await tx.query(
          `INSERT INTO oidc_identities (provider, subject, user_id, email_at_link, linked_at, last_used_at)
           VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (provider, subject) DO NOTHING RETURNING id`,
          [provider.id, claims.sub, linked.id, linked.email, now],
        );
        if (rows.length > 0)
          await audit({
            subjectType: "User",
            subjectId: linked.id,
            changes: { identity: { from: null, to: provider.id } },
          });
      },
    );
  }
  const user = account;
  // An identity proven by the provider makes the one-time password of `alliage users create`
  // useless to its owner and a risk if anyone else saw it: it is voided (replaced by the hash
  // of a secret nobody holds) and the first-change gate lifted, since that gate exists to retire
  // the one-time password and asks for it. Accounts with a chosen password keep it.
  const voided = user.must_change_password ? await hashPassword(randomSecret()) : undefined;
  return runCommand(
    db,
    { actorId: user.id, label: user.email, requestId: context.requestId },
    "session.open",
    async ({ tx, audit }) => {
      await tx.query(
        "UPDATE oidc_identities SET last_used_at = $3 WHERE provider = $1 AND subject = $2",
        [provider.id, claims.sub, now],
      );
      if (voided)
        await tx.query(
          "UPDATE users SET password_hash = $2, must_change_password = false WHERE id = $1",
          [user.id, voided],
        );
      const session = await openSession(tx, user.id, now, context.ttlHours, context.userAgent);
      await audit({
        subjectType: "User",
        subjectId: user.id,
        changes: {
          via: { from: null, to: `oidc:${provider.id}` },
          ...(voided ? { must_change_password: { from: true, to: false } } : {}),
        },
      });
      return session;
    },
  );
}

async function accountOfIdentity(
  db: Queryable,
  provider: string,
  subject: string,
): Promise<Account | undefined> {
  const rows = await db.query<Account>(
    `SELECT u.id, u.email, u.role, u.must_change_password
       FROM oidc_identities i JOIN users u ON u.id = i.user_id
      WHERE i.provider = $1 AND i.subject = $2 AND u.disabled_at IS NULL`,
    [provider, subject],
  );
  return rows[0];
}

async function accountToLink(
  db: Queryable,
  provider: OidcProvider,
  claims: IdentityClaims,
): Promise<Account> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const shown = email || "—";
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (!email.includes("@") || !provider.emailDomains.includes(domain))
    throw fail("oidc_domain_not_allowed", {
      email: shown,
      provider: provider.label,
      domains: provider.emailDomains.join(", "),
    });
  // Some providers send the boolean as a string.
  if (claims.email_verified !== true && claims.email_verified !== "true")
    throw fail("oidc_email_unverified", { email: shown, provider: provider.label });
  const rows = await db.query<Account>(
    `SELECT id, email, role, must_change_password FROM users
      WHERE lower(email) = $1 AND disabled_at IS NULL`,
    [email],
  );
  const account = rows[0];
  if (!account) throw fail("oidc_no_account", { email: shown });
  // A member of one party's administration is never identified by the other party's provider.
  const party =
    account.role === "member-qc" ? "qc" : account.role === "member-fr" ? "fr" : undefined;
  if (party && party !== provider.party)
    throw fail("oidc_party_mismatch", { provider: provider.label });
  return account;
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
