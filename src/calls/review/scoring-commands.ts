import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { loadAssignment } from "./queries.ts";
import type { ScoreInput } from "./schema.ts";

/** The reviewer's own open assignment, locked; refused once submitted or recused. */
async function openAssignment(tx: Queryable, assignmentId: string) {
  await tx.query(`SELECT id FROM review_assignments WHERE id = $1 FOR UPDATE`, [assignmentId]);
  const a = await loadAssignment(tx, assignmentId);
  if (!a) throw fail("not_found");
  if (a.submitted_at || a.recused_at) throw fail("review_locked");
  return a;
}

/** The reviewer declares no conflict of interest: the file opens to them. */
export function declareNoConflict(
  db: Db,
  performer: Performer,
  input: { assignmentId: string; now: Date },
): Promise<void> {
  return runCommand(db, performer, "calls.review.no_conflict", async ({ tx, audit }) => {
    const a = await openAssignment(tx, input.assignmentId);
    if (a.no_conflict_at) return;
    await tx.query(`UPDATE review_assignments SET no_conflict_at = $2 WHERE id = $1`, [
      a.id,
      input.now,
    ]);
    await audit({
      subjectType: "ReviewAssignment",
      subjectId: a.id,
      changes: { no_conflict: { from: null, to: true } },
    });
  });
}

/** The reviewer recuses themselves, with a reason; their draft scores go with the assignment. */
export function recuse(
  db: Db,
  performer: Performer,
  input: { assignmentId: string; reason: string; now: Date },
): Promise<void> {
  return runCommand(db, performer, "calls.review.recuse", async ({ tx, audit }) => {
    const a = await openAssignment(tx, input.assignmentId);
    await tx.query(
      `UPDATE review_assignments SET recused_at = $2, recusal_reason = $3 WHERE id = $1`,
      [a.id, input.now, input.reason],
    );
    await tx.query(`DELETE FROM review_scores WHERE assignment_id = $1`, [a.id]);
    await audit({
      subjectType: "ReviewAssignment",
      subjectId: a.id,
      changes: { recused: { from: null, to: input.reason } },
    });
  });
}

/**
 * Saves the reviewer's scores as a draft, or submits them (then locked): submitting needs a
 * score for every scored criterion of the grid. Only after declaring no conflict of interest.
 */
export function saveScores(
  db: Db,
  performer: Performer,
  input: { assignmentId: string; scores: readonly ScoreInput[]; submit: boolean; now: Date },
): Promise<void> {
  const action = input.submit ? "calls.review.submit" : "calls.review.save";
  return runCommand(db, performer, action, async ({ tx, audit }) => {
    const a = await openAssignment(tx, input.assignmentId);
    if (!a.no_conflict_at) throw fail("review_conflict_not_declared");
    const criteria = await tx.query<{ id: string }>(
      `SELECT id FROM call_criteria WHERE call_id = $1 AND kind = 'scored'`,
      [a.call_id],
    );
    const known = new Set(criteria.map((c) => c.id));
    const scores = input.scores.filter((s) => known.has(s.criterionId));
    if (input.submit && (scores.length < known.size || scores.some((s) => s.score === null))) {
      throw fail("review_incomplete");
    }
    for (const s of scores) {
      await tx.query(
        `INSERT INTO review_scores (assignment_id, criterion_id, score, comment)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (assignment_id, criterion_id) DO UPDATE
           SET score = EXCLUDED.score, comment = EXCLUDED.comment`,
        [a.id, s.criterionId, s.score, s.comment],
      );
    }
    if (input.submit) {
      await tx.query(`UPDATE review_assignments SET submitted_at = $2 WHERE id = $1`, [
        a.id,
        input.now,
      ]);
    }
    await audit({
      subjectType: "ReviewAssignment",
      subjectId: a.id,
      changes: input.submit ? { submitted: { from: null, to: true } } : {},
    });
  });
}
