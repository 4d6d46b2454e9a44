import { type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { enqueueMail } from "../../platform/mail/commands.ts";
import type { Party } from "../../shared/party.ts";
import type { Snapshot } from "../applications/snapshot.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { reviewText as t } from "./messages.ts";
import { partnerOrganisation } from "./organisation-match.ts";
import { assignmentsOf, loadReviewer, screeningsOf } from "./queries.ts";
import { eligibleForBoth, lockedApplication } from "./screening-commands.ts";

type TextKey = Parameters<typeof t>[1];

/** A mail in French, then in English: reviewers of both parties read it, whatever their side. */
function bilingual(subject: TextKey, body: TextKey, vars: (lang: Lang) => Record<string, string>) {
  return {
    subject: `${t("fr", subject, vars("fr"))} / ${t("en", subject, vars("en"))}`,
    text: `${t("fr", body, vars("fr"))}\n\n———\n\n${t("en", body, vars("en"))}`,
  };
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
