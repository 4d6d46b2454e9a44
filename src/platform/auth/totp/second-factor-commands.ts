import { type Performer, runCommand } from "../../audit/command.ts";
import type { Db } from "../../db/client.ts";
import { fail } from "../../errors/app-error.ts";
import type { Role } from "../../policy/roles.ts";
import { openSession } from "../session/commands.ts";
import { looksLikeRecoveryCode, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes.ts";
import {
  claimRecoveryCode,
  claimTotpStep,
  deleteTotpFactor,
  findTotpFactor,
  insertTotpFactor,
  replaceRecoveryCodes,
} from "./second-factor-store.ts";
import { closeChallenge, findChallenge, openChallenge } from "./sign-in-challenges.ts";
import { acceptedStep, newTotpSecret } from "./totp-code.ts";

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
