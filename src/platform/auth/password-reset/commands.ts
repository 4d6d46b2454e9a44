import { diffFields } from "../../audit/changes.ts";
import { type Performer, runCommand } from "../../audit/commands.ts";
import type { Db, Queryable } from "../../db/client.ts";
import { fail } from "../../errors/app-error.ts";
import { type Lang, localisedPath } from "../../i18n/i18n.ts";
import { enqueueMail } from "../../mail/commands.ts";
import { clearFailures } from "../commands.ts";
import type { ThrottleSettings } from "../queries.ts";
import { closeAllSessions } from "../session/commands.ts";
import { hashPassword, randomSecret, sha256 } from "../session/secrets.ts";
import { bilingualMail, resetText } from "./messages.ts";
import {
  checkAccountToken,
  countMailRequests,
  findAccountByEmail,
  type TokenPurpose,
} from "./queries.ts";

/** How long a link works: a day or two to confirm an address, an hour to reset a password. */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  verify_email: 48,
  reset_password: 1,
};

/**
 * The mails an anonymous visitor may ask for per window: a few per e-mail address (nobody fills
 * a stranger's mailbox), more per client address (an office shares one).
 */
export const MAIL_REQUESTS = { windowMinutes: 60, perEmail: 3, perIp: 20 } as const;

/** Where the links of a mail point: the site as the visitor sees it, in the page's language. */
export type LinkBase = { site: string; lang: Lang };

export const linkTo = (base: LinkBase, path: string, token?: string) =>
  `${base.site}${localisedPath(base.lang, path)}${token ? `?jeton=${token}` : ""}`;

/** A new single-use token for the account; only its hash is stored. */
export async function issueAccountToken(
  tx: Queryable,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_HOURS[purpose] * 3_600_000);
  await tx.query(
    `INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [sha256(token), userId, purpose, now, expiresAt],
  );
  return token;
}

/** Uses up every open token of the account for that purpose: the newest link works once, older ones never again. */
export async function spendAccountTokens(
  tx: Queryable,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE account_tokens SET used_at = $3
      WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
    [userId, purpose, now],
  );
}

/**
 * Counts one more mail asked for, refusing it past the window's limits. The limits hold whether
 * or not an account has the address, so a refusal reveals nothing about who has an account.
 */
export async function guardMailRequest(
  tx: Queryable,
  kind: "sign_up" | "resend" | "reset",
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - MAIL_REQUESTS.windowMinutes * 60_000);
  const emailHash = sha256(email);
  const { byEmail, byIp } = await countMailRequests(tx, emailHash, ip, since);
  if (byEmail >= MAIL_REQUESTS.perEmail || byIp >= MAIL_REQUESTS.perIp)
    throw fail("too_many_mail_requests", { minutes: MAIL_REQUESTS.windowMinutes });
  // Rows older than a window count for nothing: they go as new ones come.
  await tx.query("DELETE FROM account_mail_requests WHERE at <= $1", [since]);
  await tx.query(
    "INSERT INTO account_mail_requests (kind, email_hash, ip, at) VALUES ($1, $2, $3, $4)",
    [kind, emailHash, ip, now],
  );
}

/**
 * Sends a reset link to the address if an active account has it (earlier links stop working);
 * otherwise does the same work minus the mail, so that the answer is the same either way.
 */
export function requestPasswordReset(
  db: Db,
  performer: Performer,
  input: { email: string; ip: string; now: Date; links: LinkBase },
): Promise<void> {
  return runCommand(db, performer, "user.request_password_reset", async ({ tx, audit }) => {
    await guardMailRequest(tx, "reset", input.email, input.ip, input.now);
    const account = await findAccountByEmail(tx, input.email);
    if (!account || account.disabled) return;
    await spendAccountTokens(tx, account.id, "reset_password", input.now);
    const token = await issueAccountToken(tx, account.id, "reset_password", input.now);
    const link = linkTo(input.links, "/mot-de-passe-oublie/nouveau", token);
    await enqueueMail(tx, {
      to: account.email,
      ...bilingualMail(
        resetText,
        { subject: "mailSubject", body: "mailBody" },
        {
          name: account.name,
          link,
        },
      ),
      subjectType: "User",
      subjectId: account.id,
    });
    await audit({ subjectType: "User", subjectId: account.id });
  });
}

export type LinkRefusal = { ok: false; state: "unknown" | "used" | "expired" };

/**
 * Sets the password a reset link's holder chose, uses the link up and closes every session of
 * the account. The link proves the address, so an unconfirmed one counts as confirmed from then
 * on; a second factor, if the account has one, is untouched and still asked at sign-in.
 */
export async function resetPassword(
  db: Db,
  performer: Performer,
  input: { token: string; password: string; now: Date; throttle: ThrottleSettings },
): Promise<{ ok: true; userId: string } | LinkRefusal> {
  const passwordHash = await hashPassword(input.password);
  return runCommand(db, performer, "user.reset_password", async ({ tx, audit }) => {
    const check = await checkAccountToken(tx, input.token, "reset_password", input.now, true);
    if (check.state !== "valid") return { ok: false, state: check.state } as const;
    await tx.query(
      `UPDATE users SET password_hash = $2, must_change_password = false,
              email_verified_at = coalesce(email_verified_at, $3)
        WHERE id = $1`,
      [check.userId, passwordHash, input.now],
    );
    await spendAccountTokens(tx, check.userId, "reset_password", input.now);
    await closeAllSessions(tx, check.userId);
    // The failures that led here no longer lock the account out: the new password is known.
    await clearFailures(tx, check.email.toLowerCase(), input.now, input.throttle);
    await audit({
      subjectType: "User",
      subjectId: check.userId,
      changes: diffFields({ password_hash: "a" }, { password_hash: "b" }, ["password_hash"]),
    });
    return { ok: true, userId: check.userId } as const;
  });
}
