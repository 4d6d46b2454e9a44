import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import type { Party } from "../../shared/party.ts";
import type { Snapshot } from "../applications/snapshot.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { reviewText as t } from "./messages.ts";
import { partnerOrganisation } from "./organisation-match.ts";
import {
  assignmentsOf,
  loadAssignment,
  loadReviewApplication,
  loadReviewer,
  type ReviewApplicationRow,
  screeningsOf,
} from "./queries.ts";
import type { ScoreInput, ScreeningInput } from "./schema.ts";

type TextKey = Parameters<typeof t>[1];

/** A mail in French, then in English: reviewers of both parties read it, whatever their side. */
function bilingual(subject: TextKey, body: TextKey, vars: (lang: Lang) => Record<string, string>) {
  return {
    subject: `${t("fr", subject, vars("fr"))} / ${t("en", subject, vars("en"))}`,
    text: `${t("fr", body, vars("fr"))}\n\n———\n\n${t("en", body, vars("en"))}`,
  };
}

/** The application of the call, locked for the rest of the transaction. */
async function lockedApplication(
  tx: Queryable,
  callId: string,
  applicationId: string,
): Promise<ReviewApplicationRow> {
  await tx.query(`SELECT id FROM applications WHERE id = $1 FOR UPDATE`, [applicationId]);
  const app = await loadReviewApplication(tx, callId, applicationId);
  if (!app) throw fail("not_found");
  return app;
}

/** Sets a reviewer's party and organisation. */
export function setReviewerProfile(
  db: Db,
  performer: Performer,
  input: { userId: string; party: Party; organisation: string; now: Date },
): Promise<void> {
  return runCommand(db, performer, "calls.reviewer.profile", async ({ tx, audit }) => {
    const before = await loadReviewer(tx, input.userId);
    if (!before) throw fail("not_found");
    await tx.query(
      `INSERT INTO reviewer_profiles (user_id, party, organisation, updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE
         SET party = EXCLUDED.party, organisation = EXCLUDED.organisation,
             updated_at = EXCLUDED.updated_at`,
      [input.userId, input.party, input.organisation, input.now],
    );
    await audit({
      subjectType: "ReviewerProfile",
      subjectId: input.userId,
      changes: {
        party: { from: before.party, to: input.party },
        organisation: { from: before.organisation, to: input.organisation },
      },
    });
  });
}

/**
 * Records one party's screening of the application's last submitted version (replacing that
 * party's earlier one). A reason is required when the application is found ineligible.
 */
export function screenApplication(
  db: Db,
  performer: Performer,
  input: {
    callId: string;
    applicationId: string;
    party: Party;
    screening: ScreeningInput;
    now: Date;
  },
): Promise<void> {
  const s = input.screening;
  if (!s.eligible && s.reason.trim() === "") {
    throw fail(
      "review_reason_required",
      {},
      {
        reason: { fr: "Motif obligatoire.", en: "Reason required." },
      },
    );
  }
  return runCommand(db, performer, "calls.application.screen", async ({ tx, audit }) => {
    const app = await lockedApplication(tx, input.callId, input.applicationId);
    if (app.status !== "submitted")
      throw fail("review_not_screenable", { reference: app.reference });
    await tx.query(
      `INSERT INTO application_screenings (application_id, party, version_number, checklist,
                                           eligible, reason, private_note, screened_by, screened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (application_id, party) DO UPDATE
         SET version_number = EXCLUDED.version_number, checklist = EXCLUDED.checklist,
             eligible = EXCLUDED.eligible, reason = EXCLUDED.reason,
             private_note = EXCLUDED.private_note, screened_by = EXCLUDED.screened_by,
             screened_at = EXCLUDED.screened_at`,
      [
        app.id,
        input.party,
        app.version_number,
        JSON.stringify(s.checklist),
        s.eligible,
        s.eligible ? s.reason : s.reason.trim(),
        s.privateNote,
        performer.actorId,
        input.now,
      ],
    );
    // The private note stays out of the journal, which other readers see.
    await audit({
      subjectType: "Application",
      subjectId: app.reference,
      changes: {
        [`screening_${input.party}`]: { from: null, to: s.eligible ? "eligible" : "ineligible" },
      },
    });
  });
}

/**
 * Sends a submitted application back to its consortium: its status becomes
 * `correction_requested` (the applications feature reopens the editor, and the next submission
 * is version n+1, to be screened again); the message goes to the owner by e-mail.
 */
export function requestCorrection(
  db: Db,
  performer: Performer,
  input: {
    callId: string;
    applicationId: string;
    party: Party | null;
    message: string;
    now: Date;
    siteUrl: string;
  },
): Promise<void> {
  return runCommand(db, performer, "calls.application.request_correction", async (tools) => {
    const { tx, audit } = tools;
    const app = await lockedApplication(tx, input.callId, input.applicationId);
    if (app.status !== "submitted")
      throw fail("review_not_screenable", { reference: app.reference });
    await tx.query(
      `UPDATE applications SET status = 'correction_requested', updated_at = $2
        WHERE id = $1 AND status = 'submitted'`,
      [app.id, input.now],
    );
    await tx.query(
      `INSERT INTO application_correction_requests
         (application_id, version_number, party, message, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [app.id, app.version_number, input.party, input.message, performer.actorId, input.now],
    );
    const lang: Lang = app.language;
    const vars = {
      reference: app.reference,
      message: input.message,
      link: `${input.siteUrl}${lang === "en" ? "/en" : ""}/candidatures/${app.id}`,
    };
    await enqueueMail(tx, {
      to: app.owner_email,
      subject: t(lang, "correctionSubject", vars),
      text: t(lang, "correctionBody", vars),
      subjectType: "Application",
      subjectId: app.id,
    });
    await audit({
      subjectType: "Application",
      subjectId: app.reference,
      changes: { status: { from: "submitted", to: "correction_requested" } },
    });
  });
}

/** Whether both parties found the application's last version eligible. */
export function eligibleForBoth(
  screenings: readonly { party: Party; eligible: boolean; version_number: number }[],
  version: number,
): boolean {
  const ok = (party: Party) =>
    screenings.some((s) => s.party === party && s.eligible && s.version_number === version);
  return ok("qc") && ok("fr");
}

/**
 * Assigns reviewers to an eligible application's last version, with a deadline. Refused: a
 * person without a reviewer profile, one already assigned, one from a partner organisation
 * (compared without accents or case), or a result with fewer than two active reviewers or no
 * reviewer from one party. Each reviewer gets an e-mail.
 */
export function assignReviewers(
  db: Db,
  performer: Performer,
  input: {
    callId: string;
    applicationId: string;
    reviewerIds: readonly string[];
    dueAt: Date;
    now: Date;
    siteUrl: string;
  },
): Promise<string[]> {
  return runCommand(db, performer, "calls.review.assign", async ({ tx, audit }) => {
    const app = await lockedApplication(tx, input.callId, input.applicationId);
    const screenings = await screeningsOf(tx, app.id);
    if (app.status !== "submitted" || !eligibleForBoth(screenings, app.version_number)) {
      throw fail("review_not_eligible", { reference: app.reference });
    }
    const snapshot = JSON.parse(app.snapshot) as Snapshot;
    const active = (await assignmentsOf(tx, app.id)).filter((a) => a.recused_at === null);
    const parties = new Set<Party>(active.map((a) => a.reviewer_party));
    const chosen = [];
    for (const id of input.reviewerIds) {
      const reviewer = await loadReviewer(tx, id);
      if (!reviewer?.party || !reviewer.organisation) throw fail("review_reviewer_unknown");
      if (active.some((a) => a.reviewer_id === id)) {
        throw fail("review_already_assigned", { name: reviewer.name, reference: app.reference });
      }
      const partner = partnerOrganisation(reviewer.organisation, snapshot.partners);
      if (partner) {
        throw fail("review_partner_conflict", {
          name: reviewer.name,
          organisation: partner,
          reference: app.reference,
        });
      }
      parties.add(reviewer.party);
      chosen.push(reviewer);
    }
    if (active.length + chosen.length < 2 || !parties.has("qc") || !parties.has("fr")) {
      throw fail("review_parties_required");
    }
    const [call] = await tx.query<{ code: string }>(`SELECT code FROM calls WHERE id = $1`, [
      app.call_id,
    ]);
    const ids: string[] = [];
    for (const reviewer of chosen) {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO review_assignments (application_id, version_number, reviewer_id,
                                         reviewer_party, due_at, assigned_by, assigned_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          app.id,
          app.version_number,
          reviewer.id,
          reviewer.party,
          input.dueAt,
          performer.actorId,
          input.now,
        ],
      );
      const id = (row as { id: string }).id;
      ids.push(id);
      const vars = (lang: Lang) => ({
        reference: app.reference,
        code: call?.code ?? "",
        due: formatBothZones(lang, input.dueAt),
        link: `${input.siteUrl}${lang === "en" ? "/en" : ""}/evaluations/${id}`,
      });
      await enqueueMail(tx, {
        to: reviewer.email,
        ...bilingual("assignedSubject", "assignedBody", vars),
        subjectType: "ReviewAssignment",
        subjectId: id,
      });
      await audit({
        subjectType: "Application",
        subjectId: app.reference,
        changes: { reviewer: { from: null, to: reviewer.email } },
      });
    }
    return ids;
  });
}

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

const REMINDER_WINDOW_S = 48 * 3600;

const REVIEW_SCHEDULER: Performer = { actorId: null, label: "scheduler" };

/**
 * Reminds every reviewer whose review is due within 48 hours and not submitted, once per
 * assignment. Safe to run as often as wanted and from two processes: an assignment is marked in
 * the same transaction as its mail, and rows another run holds are skipped. Returns how many
 * mails were queued.
 */
export function remindReviewers(
  db: Db,
  now: Date,
  options: { siteUrl?: string } = {},
): Promise<number> {
  return runCommand(db, REVIEW_SCHEDULER, "calls.review.remind", async ({ tx, audit }) => {
    const due = await tx.query<{ id: string; email: string; reference: string; due_at: Date }>(
      `SELECT r.id, u.email, a.reference, r.due_at
         FROM review_assignments r
         JOIN users u ON u.id = r.reviewer_id
         JOIN applications a ON a.id = r.application_id
        WHERE r.submitted_at IS NULL AND r.recused_at IS NULL AND r.reminded_at IS NULL
          AND u.disabled_at IS NULL AND a.status = 'submitted'
          AND r.due_at - make_interval(secs => $2) <= $1 AND $1 < r.due_at
        ORDER BY r.due_at, r.id
        FOR UPDATE OF r SKIP LOCKED`,
      [now, REMINDER_WINDOW_S],
    );
    for (const d of due) {
      const vars = (lang: Lang) => ({
        reference: d.reference,
        due: formatBothZones(lang, d.due_at),
        link: `${options.siteUrl ?? ""}${lang === "en" ? "/en" : ""}/evaluations/${d.id}`,
      });
      await enqueueMail(tx, {
        to: d.email,
        ...bilingual("reminderSubject", "reminderBody", vars),
        subjectType: "ReviewAssignment",
        subjectId: d.id,
      });
      await tx.query(`UPDATE review_assignments SET reminded_at = $2 WHERE id = $1`, [d.id, now]);
    }
    if (due.length > 0) {
      await audit({
        subjectType: "ReviewAssignment",
        changes: { reminded: { from: null, to: due.length } },
      });
    }
    return due.length;
  });
}
