import { z } from "zod";
import { diffFields } from "../audit/changes.ts";
import { type Performer, runCommand } from "../audit/commands.ts";
import type { Db, Queryable } from "../db/client.ts";
import { fail } from "../errors/app-error.ts";
import { isRole, ROLES, type Role } from "../policy/roles.ts";
import { type ThrottleSettings, TOKEN_PREFIX } from "./queries.ts";
import { closeAllSessions } from "./session/commands.ts";
import type { UserRow } from "./session/queries.ts";
import {
  generatePassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  randomSecret,
  sha256,
} from "./session/secrets.ts";

const emailSchema = z.email();

export function normaliseEmail(email: string): string {
  const clean = email.trim().toLowerCase();
  if (!emailSchema.safeParse(clean).success) {
    throw fail(
      "validation_failed",
      {},
      {
        email: { fr: "Adresse courriel invalide.", en: "Invalid e-mail address." },
      },
    );
  }
  return clean;
}

export type CreatedUser = { id: string; email: string; role: Role; password: string };

/** Creates an account with a one-time password that must be changed at first sign-in. */
export async function createUser(
  db: Db,
  performer: Performer,
  input: { email: string; role: string; name?: string },
): Promise<CreatedUser> {
  const email = normaliseEmail(input.email);
  if (!isRole(input.role))
    throw fail("unknown_role", { role: input.role, roles: ROLES.join(", ") });
  const role = input.role;
  const name = input.name?.trim() || email.split("@")[0] || email;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return runCommand(db, performer, "user.create", async ({ tx, audit }) => {
    const existing = await tx.query("SELECT 1 FROM users WHERE lower(email) = $1", [email]);
    if (existing.length > 0) throw fail("email_taken");
    const rows = await tx.query<{ id: string }>(
      "INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
      [email, name, role, passwordHash],
    );
    const id = (rows[0] as { id: string }).id;
    await audit({
      subjectType: "User",
      subjectId: id,
      changes: diffFields(null, { email, name, role }),
    });
    return { id, email, role, password };
  });
}

export async function findUserIdByEmail(db: Db, email: string): Promise<string> {
  const clean = normaliseEmail(email);
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM users WHERE lower(email) = $1 AND disabled_at IS NULL",
    [clean],
  );
  if (!rows[0]) throw fail("unknown_user", { email: clean });
  return rows[0].id;
}

/** A personal API token; only its hash is kept, so it is shown once. */
export async function createApiToken(
  db: Db,
  performer: Performer,
  input: { userId: string; name: string; days?: number; now: Date },
): Promise<{ id: string; token: string }> {
  const name = input.name.trim().slice(0, 100) || "token";
  const expiresAt = input.days ? new Date(input.now.getTime() + input.days * 86_400_000) : null;
  return runCommand(db, performer, "api_token.create", async ({ tx, audit }) => {
    const issued = await issueToken(tx, input.userId, name, expiresAt);
    await audit({
      subjectType: "ApiToken",
      subjectId: issued.id,
      changes: diffFields(null, { user_id: input.userId, name, expires_at: expiresAt }),
    });
    return issued;
  });
}

/** Sets a new password chosen by the user; every other session of theirs is closed. */
export async function changePassword(
  db: Db,
  performer: Performer,
  input: { userId: string; password: string },
): Promise<void> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw fail(
      "weak_password",
      {},
      {
        password: {
          fr: `Au moins ${MIN_PASSWORD_LENGTH} caractères.`,
          en: `At least ${MIN_PASSWORD_LENGTH} characters.`,
        },
      },
    );
  }
  const passwordHash = await hashPassword(input.password);
  await runCommand(db, performer, "user.change_password", async ({ tx, audit }) => {
    await tx.query(
      "UPDATE users SET password_hash = $2, must_change_password = false WHERE id = $1",
      [input.userId, passwordHash],
    );
    await closeAllSessions(tx, input.userId);
    await audit({
      subjectType: "User",
      subjectId: input.userId,
      changes: diffFields({ password_hash: "a" }, { password_hash: "b" }, ["password_hash"]),
    });
  });
}

export async function recordFailure(
  db: Queryable,
  emailKey: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.query("INSERT INTO login_failures (email_key, ip, at) VALUES ($1, $2, $3)", [
    emailKey,
    ip,
    now,
  ]);
}

export async function clearFailures(
  db: Queryable,
  emailKey: string,
  now: Date,
  s: ThrottleSettings,
): Promise<void> {
  // Old rows of every account go too: the table only needs the current window.
  const since = new Date(now.getTime() - s.windowMinutes * 60_000);
  await db.query("DELETE FROM login_failures WHERE email_key = $1 OR at <= $2", [emailKey, since]);
}

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
