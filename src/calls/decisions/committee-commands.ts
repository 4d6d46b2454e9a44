import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import type { Party } from "../../shared/party.ts";
import { finalise } from "./handover-commands.ts";

type LockedCall = {
  id: string;
  code: string;
  envelope_qc_cents: number;
  envelope_fr_cents: number;
  cochair_qc_id: string | null;
  cochair_fr_id: string | null;
  finalised_at: Date | null;
};

/**
 * Locks the call's row until the command ends: decisions, co-chairs and approvals of one call
 * queue up behind it, so an envelope check always sees every decision committed before it.
 * Final decisions refuse any change (409).
 */
export async function lockCall(tx: Queryable, callId: string): Promise<LockedCall> {
  const [call] = await tx.query<{
    id: string;
    code: string;
    envelope_qc_cents: number;
    envelope_fr_cents: number;
  }>("SELECT id, code, envelope_qc_cents, envelope_fr_cents FROM calls WHERE id = $1 FOR UPDATE", [
    callId,
  ]);
  if (!call) throw fail("not_found");
  await tx.query("INSERT INTO call_committees (call_id) VALUES ($1) ON CONFLICT DO NOTHING", [
    callId,
  ]);
  const [committee] = await tx.query<{
    cochair_qc_id: string | null;
    cochair_fr_id: string | null;
    finalised_at: Date | null;
  }>("SELECT cochair_qc_id, cochair_fr_id, finalised_at FROM call_committees WHERE call_id = $1", [
    callId,
  ]);
  const locked = { ...call, ...(committee as NonNullable<typeof committee>) };
  if (locked.finalised_at) throw fail("call_decisions_final", { code: call.code });
  return locked;
}

/** Any change to what the co-chairs approved withdraws their approvals. */
export async function withdrawApprovals(tx: Queryable, callId: string): Promise<number> {
  const rows = await tx.query(
    "DELETE FROM call_decision_approvals WHERE call_id = $1 RETURNING party",
    [callId],
  );
  return rows.length;
}

/** May this account co-chair for that party: an active official of it, or an administrator. */
async function checkCochair(tx: Queryable, userId: string, party: Party): Promise<boolean> {
  const rows = await tx.query(
    "SELECT 1 FROM users WHERE id::text = $1 AND disabled_at IS NULL AND role IN ('admin', $2)",
    [userId, `member-${party}`],
  );
  return rows.length > 0;
}

/** Names the co-chair of each party ("" leaves the seat empty); withdraws any approval. */
export function setCochairs(
  db: Db,
  performer: Performer,
  args: { callId: string; qc: string; fr: string },
): Promise<void> {
  return runCommand(db, performer, "calls.committee.cochairs", async ({ tx, audit }) => {
    const call = await lockCall(tx, args.callId);
    const fields: FieldErrors = {};
    for (const party of ["qc", "fr"] as const) {
      const id = args[party];
      if (id !== "" && !(await checkCochair(tx, id, party))) {
        fields[`cochair_${party}`] = {
          fr: `Choisissez un responsable ${party === "qc" ? "du Québec" : "de la France"} ou un administrateur.`,
          en: `Choose an official of ${party === "qc" ? "Québec" : "France"} or an administrator.`,
        };
      }
    }
    if (!fields.cochair_qc && args.qc !== "" && args.qc === args.fr) {
      fields.cochair_fr = {
        fr: "Chaque partie a son propre coprésident.",
        en: "Each party has its own co-chair.",
      };
    }
    if (Object.keys(fields).length > 0) throw fail("validation_failed", {}, fields);
    await tx.query(
      "UPDATE call_committees SET cochair_qc_id = $2, cochair_fr_id = $3 WHERE call_id = $1",
      [call.id, args.qc || null, args.fr || null],
    );
    await withdrawApprovals(tx, call.id);
    await audit({
      subjectType: "CallCommittee",
      subjectId: call.code,
      changes: {
        cochair_qc: { from: call.cochair_qc_id, to: args.qc || null },
        cochair_fr: { from: call.cochair_fr_id, to: args.fr || null },
      },
    });
  });
}

/**
 * A co-chair approves the call's current decisions for their party. The second approval makes
 * them final and, in the same transaction, hands the funded applications over to the portfolio
 * and queues the letters: a failure anywhere leaves nothing half done.
 */
export function approveDecisions(
  db: Db,
  performer: Performer,
  args: { callId: string; userId: string; today: string },
): Promise<{ final: boolean }> {
  return runCommand(db, performer, "calls.decision.approve", async (tools) => {
    const { tx, audit } = tools;
    const call = await lockCall(tx, args.callId);
    const party: Party | null =
      call.cochair_qc_id === args.userId ? "qc" : call.cochair_fr_id === args.userId ? "fr" : null;
    if (!party) throw fail("call_not_cochair", { code: call.code });
    if (!call.cochair_qc_id || !call.cochair_fr_id) {
      throw fail("call_cochairs_missing", { code: call.code });
    }
    const [pending] = await tx.query<{ undecided: number; decided: number }>(
      `SELECT count(*) FILTER (WHERE d.application_id IS NULL)::int AS undecided,
              count(d.application_id)::int AS decided
         FROM applications a LEFT JOIN call_decisions d ON d.application_id = a.id
        WHERE a.call_id = $1 AND a.status = 'submitted'`,
      [call.id],
    );
    if (!pending || pending.undecided > 0 || pending.decided === 0) {
      throw fail("call_decisions_incomplete", { code: call.code, count: pending?.undecided ?? 0 });
    }
    await tx.query(
      `INSERT INTO call_decision_approvals (call_id, party, user_id) VALUES ($1, $2, $3)
       ON CONFLICT (call_id, party) DO UPDATE SET user_id = $3, approved_at = now()`,
      [call.id, party, args.userId],
    );
    await audit({
      subjectType: "CallCommittee",
      subjectId: call.code,
      changes: { approved: { from: null, to: party } },
    });
    const approvals = await tx.query(
      "SELECT party FROM call_decision_approvals WHERE call_id = $1",
      [call.id],
    );
    if (approvals.length < 2) return { final: false };
    await finalise(tools, performer, call, args.today);
    return { final: true };
  });
}
