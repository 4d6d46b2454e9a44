import { type Performer, runCommand } from "../../audit/commands.ts";
import type { Db, Queryable } from "../../db/client.ts";
import { fail } from "../../errors/app-error.ts";
import type { Role } from "../../policy/roles.ts";
import { openSession } from "../session/commands.ts";
import { randomSecret, sha256 } from "../session/secrets.ts";
import { findChallenge, findTotpFactor } from "./queries.ts";
import { looksLikeRecoveryCode, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes.ts";
import { acceptedStep, newTotpSecret } from "./totp-code.ts";

/** Long enough to find the phone and open the app, short enough that a stolen cookie is stale. */
const CHALLENGE_MINUTES = 10;

/**
 * The roles whose password alone does not open a session: they read requesters' identities
 * (access officers) or can change anyone's data (administrators).
 */
const SECOND_FACTOR_ROLES: ReadonlySet<Role> = new Set(["admin", "access-officer"]);

export const needsSecondFactor = (role: Role): boolean => SECOND_FACTOR_ROLES.has(role);

export type SessionSettings = { now: Date; ttlHours: number; userAgent?: string | undefined };

/**
 * After a correct password: the step that asks for the code, or, for an account without a
 * factor yet, the enrolment with a new secret. Returns the challenge's cookie value.
 */
export async function beginSecondFactor(
  db: Db,
  input: { userId: string; next?: string | undefined; now: Date },
): Promise<{ secret: string; expiresAt: Date }> {
  const factor = await findTotpFactor(db, input.userId);
  return openChallenge(db, {
    userId: input.userId,
    next: input.next,
    now: input.now,
    ...(factor ? {} : { pendingSecret: newTotpSecret() }),
  });
}

/**
 * Confirms an enrolment with a code from the newly set-up app, then opens the session. The
 * recovery codes are returned once, in clear, and kept only as hashes.
 */
export async function completeEnrolment(
  db: Db,
  requestId: string | undefined,
  input: { challenge: string; code: string } & SessionSettings,
) {
  const challenge = await findChallenge(db, input.challenge, input.now);
  if (!challenge?.pendingSecret) throw fail("sign_in_step_expired");
  const pendingSecret = challenge.pendingSecret;
  const step = acceptedStep(pendingSecret, input.code, input.now, 0);
  if (step === undefined) throw fail("second_factor_invalid");
  const performer = { actorId: challenge.userId, label: challenge.email, requestId };
  return runCommand(db, performer, "user.enrol_second_factor", async ({ tx, audit }) => {
    if (!(await closeChallenge(tx, input.challenge))) throw fail("sign_in_step_expired");
    const recoveryCodes = newRecoveryCodes();
    await insertTotpFactor(tx, {
      userId: challenge.userId,
      secret: pendingSecret,
      step,
      now: input.now,
      codeHashes: recoveryCodes.map(recoveryCodeHash),
    });
    await audit({
      subjectType: "User",
      subjectId: challenge.userId,
      changes: { second_factor: { from: null, to: "totp" } },
    });
    const session = await openSession(
      tx,
      challenge.userId,
      input.now,
      input.ttlHours,
      input.userAgent,
    );
    await audit({ subjectType: "User", subjectId: challenge.userId, action: "session.open" });
    return { session, recoveryCodes, next: challenge.next, email: challenge.email };
  });
}

/** Checks a TOTP code, or spends a recovery code, then opens the session. */
export async function completeSecondFactor(
  db: Db,
  requestId: string | undefined,
  input: { challenge: string; code: string } & SessionSettings,
) {
  const challenge = await findChallenge(db, input.challenge, input.now);
  if (!challenge || challenge.pendingSecret) throw fail("sign_in_step_expired");
  const performer = { actorId: challenge.userId, label: challenge.email, requestId };
  return runCommand(db, performer, "session.open", async ({ tx, audit }) => {
    const factor = await findTotpFactor(tx, challenge.userId);
    // Reset by an administrator since the password step: start again, and enrol.
    if (!factor) throw fail("sign_in_step_expired");
    const byRecovery = looksLikeRecoveryCode(input.code);
    let accepted: boolean;
    if (byRecovery) {
      accepted = await claimRecoveryCode(
        tx,
        challenge.userId,
        recoveryCodeHash(input.code),
        input.now,
      );
    } else {
      const step = acceptedStep(factor.secret, input.code, input.now, factor.lastStep);
      accepted = step !== undefined && (await claimTotpStep(tx, challenge.userId, step));
    }
    if (!accepted) throw fail("second_factor_invalid");
    if (!(await closeChallenge(tx, input.challenge))) throw fail("sign_in_step_expired");
    const session = await openSession(
      tx,
      challenge.userId,
      input.now,
      input.ttlHours,
      input.userAgent,
    );
    await audit({
      subjectType: "User",
      subjectId: challenge.userId,
      changes: { second_factor: { from: null, to: byRecovery ? "recovery_code" : "totp" } },
    });
    return { session, next: challenge.next, email: challenge.email };
  });
}

/** New recovery codes, in exchange for a current TOTP code: the old ones stop working. */
export async function regenerateRecoveryCodes(
  db: Db,
  performer: Performer,
  input: { userId: string; code: string; now: Date },
): Promise<string[]> {
  return runCommand(db, performer, "user.regenerate_recovery_codes", async ({ tx, audit }) => {
    const factor = await findTotpFactor(tx, input.userId);
    if (!factor) throw fail("not_found");
    const step = acceptedStep(factor.secret, input.code, input.now, factor.lastStep);
    if (step === undefined || !(await claimTotpStep(tx, input.userId, step)))
      throw fail("second_factor_invalid");
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(tx, input.userId, codes.map(recoveryCodeHash));
    await audit({ subjectType: "User", subjectId: input.userId });
    return codes;
  });
}

/**
 * For a lost phone without recovery codes: the account enrols again at its next sign-in. Its
 * sessions close, since they were opened with the factor that is withdrawn.
 */
export async function resetSecondFactor(
  db: Db,
  performer: Performer,
  userId: string,
): Promise<boolean> {
  return runCommand(db, performer, "user.reset_second_factor", async ({ tx, audit }) => {
    const had = await deleteTotpFactor(tx, userId);
    if (had) {
      await tx.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
      await audit({
        subjectType: "User",
        subjectId: userId,
        changes: { second_factor: { from: "totp", to: null } },
      });
    }
    return had;
  });
}

export async function insertTotpFactor(
  q: Queryable,
  input: { userId: string; secret: string; step: number; now: Date; codeHashes: string[] },
): Promise<void> {
  await q.query(
    "INSERT INTO totp_factors (user_id, secret, enrolled_at, last_step) VALUES ($1, $2, $3, $4)",
    [input.userId, input.secret, input.now, input.step],
  );
  await replaceRecoveryCodes(q, input.userId, input.codeHashes);
}

/**
 * Records a step as used, only if it is newer than the last one: of two requests racing with
 * the same code, exactly one gets `true`.
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const rows = await q.query(
    "UPDATE totp_factors SET last_step = $2 WHERE user_id = $1 AND last_step < $2 RETURNING 1",
    [userId, step],
  );
  return rows.length === 1;
}

/** Marks a recovery code used; `false` if it is not one of the account's unused codes. */
export async function claimRecoveryCode(
  q: Queryable,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE totp_recovery_codes SET used_at = $3
      WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1`,
    [userId, codeHash, now],
  );
  return rows.length === 1;
}

export async function replaceRecoveryCodes(
  q: Queryable,
  userId: string,
  codeHashes: string[],
): Promise<void> {
  await q.query("DELETE FROM totp_recovery_codes WHERE user_id = $1", [userId]);
  await q.query(
    "INSERT INTO totp_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])",
    [userId, codeHashes],
  );
}

/** Removes the factor and its recovery codes; `true` if there was one. */
export async function deleteTotpFactor(q: Queryable, userId: string): Promise<boolean> {
  await q.query("DELETE FROM totp_recovery_codes WHERE user_id = $1", [userId]);
  const rows = await q.query("DELETE FROM totp_factors WHERE user_id = $1 RETURNING 1", [userId]);
  return rows.length === 1;
}

/** Opens the step between a correct password and the second factor; returns the cookie value. */
export async function openChallenge(
  q: Queryable,
  input: { userId: string; pendingSecret?: string; next?: string | undefined; now: Date },
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomSecret();
  const expiresAt = new Date(input.now.getTime() + CHALLENGE_MINUTES * 60_000);
  await q.query("DELETE FROM sign_in_challenges WHERE expires_at <= $1", [input.now]);
  await q.query(
    `INSERT INTO sign_in_challenges (id_hash, user_id, pending_secret, next_path, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [sha256(secret), input.userId, input.pendingSecret ?? null, input.next ?? null, expiresAt],
  );
  return { secret, expiresAt };
}

/** Single use: `true` only for the one request that closes it. */
export async function closeChallenge(q: Queryable, secret: string): Promise<boolean> {
  const rows = await q.query("DELETE FROM sign_in_challenges WHERE id_hash = $1 RETURNING 1", [
    sha256(secret),
  ]);
  return rows.length === 1;
}
