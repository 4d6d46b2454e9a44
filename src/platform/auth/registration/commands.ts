import { diffFields } from "../../audit/changes.ts";
import { type Performer, runCommand } from "../../audit/commands.ts";
import type { Db, Queryable } from "../../db/client.ts";
import { enqueueMail } from "../../mail/commands.ts";
import {
  guardMailRequest,
  issueAccountToken,
  type LinkBase,
  type LinkRefusal,
  linkTo,
  spendAccountTokens,
} from "../password-reset/commands.ts";
import { bilingualMail } from "../password-reset/messages.ts";
import {
  type AccountByEmail,
  checkAccountToken,
  findAccountByEmail,
} from "../password-reset/queries.ts";
import { hashPassword } from "../session/secrets.ts";
import { signUpText } from "./messages.ts";
import type { SignUp } from "./schema.ts";

export const CONFIRM_PATH = "/inscription/confirmer";

type MailContext = { ip: string; now: Date; links: LinkBase };

/**
 * Creates an applicant's account, not yet usable, and mails a link that confirms its address.
 * An address that already has an account gets a mail instead (a new confirmation link if it is
 * still unconfirmed, else the way to sign in or reset the password) and no account is created:
 * the visitor sees the same page either way, so the form tells no one who has an account, and
 * the address's owner learns that someone tried. A disabled account gets nothing.
 */
export async function signUp(
  db: Db,
  performer: Performer,
  input: SignUp & MailContext,
): Promise<void> {
  // Hashed in both cases: the time of the answer does not tell an existing address either.
  const passwordHash = await hashPassword(input.password);
  await runCommand(db, performer, "user.sign_up", async ({ tx, audit }) => {
    await guardMailRequest(tx, "sign_up", input.email, input.ip, input.now);
    const existing = await findAccountByEmail(tx, input.email);
    if (existing) {
      if (existing.disabled) return;
      await mailExisting(tx, existing, input);
      await audit({ action: "user.sign_up_existing", subjectType: "User", subjectId: existing.id });
      return;
    }
    // Two sign-ups of one address at once: the second inserts nothing and sends nothing.
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO users (email, name, role, password_hash, must_change_password, email_verified_at)
       VALUES ($1, $2, 'applicant', $3, false, NULL)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [input.email, input.name, passwordHash],
    );
    const id = rows[0]?.id;
    if (!id) return;
    await mailConfirmation(tx, { id, email: input.email, name: input.name }, input);
    await audit({
      subjectType: "User",
      subjectId: id,
      changes: diffFields(null, { email: input.email, name: input.name, role: "applicant" }),
    });
  });
}

/**
 * A new confirmation link for an account still waiting for one; earlier links stop working.
 * Any other address gets nothing, and the visitor the same answer.
 */
export function resendConfirmation(
  db: Db,
  performer: Performer,
  input: { email: string } & MailContext,
): Promise<void> {
  return runCommand(db, performer, "user.resend_confirmation", async ({ tx, audit }) => {
    await guardMailRequest(tx, "resend", input.email, input.ip, input.now);
    const account = await findAccountByEmail(tx, input.email);
    if (!account || account.disabled || account.email_verified) return;
    await mailConfirmation(tx, account, input);
    await audit({ subjectType: "User", subjectId: account.id });
  });
}

/** Marks the address of a confirmation link's account as proven, and uses the link up. */
export function confirmEmail(
  db: Db,
  performer: Performer,
  input: { token: string; now: Date },
): Promise<{ ok: true; userId: string } | LinkRefusal> {
  return runCommand(db, performer, "user.confirm_email", async ({ tx, audit }) => {
    const check = await checkAccountToken(tx, input.token, "verify_email", input.now, true);
    if (check.state !== "valid") return { ok: false, state: check.state } as const;
    await tx.query(
      "UPDATE users SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1",
      [check.userId, input.now],
    );
    await spendAccountTokens(tx, check.userId, "verify_email", input.now);
    await audit({
      subjectType: "User",
      subjectId: check.userId,
      changes: { email_verified_at: { from: null, to: input.now.toISOString() } },
    });
    return { ok: true, userId: check.userId } as const;
  });
}

/** A new confirmation link (earlier ones stop working), in the mail of a sign-up or of a repeat. */
async function mailConfirmation(
  tx: Queryable,
  account: { id: string; email: string; name: string },
  input: MailContext,
  body: "verifyBody" | "pendingBody" = "verifyBody",
): Promise<void> {
  await spendAccountTokens(tx, account.id, "verify_email", input.now);
  const token = await issueAccountToken(tx, account.id, "verify_email", input.now);
  await enqueueMail(tx, {
    to: account.email,
    ...bilingualMail(
      signUpText,
      { subject: "verifySubject", body },
      {
        name: account.name,
        link: linkTo(input.links, CONFIRM_PATH, token),
        reset: linkTo(input.links, "/mot-de-passe-oublie"),
      },
    ),
    subjectType: "User",
    subjectId: account.id,
  });
}

async function mailExisting(
  tx: Queryable,
  account: AccountByEmail,
  input: MailContext,
): Promise<void> {
  if (!account.email_verified) return mailConfirmation(tx, account, input, "pendingBody");
  await enqueueMail(tx, {
    to: account.email,
    ...bilingualMail(
      signUpText,
      { subject: "existingSubject", body: "existingBody" },
      {
        name: account.name,
        signIn: linkTo(input.links, "/connexion"),
        reset: linkTo(input.links, "/mot-de-passe-oublie"),
      },
    ),
    subjectType: "User",
    subjectId: account.id,
  });
}
