import { z } from "zod";
import { diffFields } from "../audit/changes.ts";
import { type Performer, runCommand } from "../audit/command.ts";
import type { Db } from "../db/client.ts";
import { fail } from "../errors/app-error.ts";
import { isRole, ROLES, type Role } from "../policy/roles.ts";
import { issueToken } from "./api-tokens.ts";
import { closeAllSessions } from "./session/commands.ts";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "./session/secrets.ts";

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
