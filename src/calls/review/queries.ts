import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";

/** A user with the role `reviewer`, and their profile once an official has set it. */
export type ReviewerRow = {
  id: string;
  name: string;
  email: string;
  party: Party | null;
  organisation: string | null;
};

/** Every active reviewer account, with its profile if set, by name. */
export function listReviewers(db: Queryable): Promise<ReviewerRow[]> {
  return db.query<ReviewerRow>(
    `SELECT u.id, u.name, u.email, p.party, p.organisation
       FROM users u LEFT JOIN reviewer_profiles p ON p.user_id = u.id
      WHERE u.role = 'reviewer' AND u.disabled_at IS NULL
      ORDER BY u.name, u.email`,
  );
}

export async function loadReviewer(db: Queryable, id: string): Promise<ReviewerRow | undefined> {
  const [row] = await db.query<ReviewerRow>(
    `SELECT u.id, u.name, u.email, p.party, p.organisation
       FROM users u LEFT JOIN reviewer_profiles p ON p.user_id = u.id
      WHERE u.id = $1 AND u.role = 'reviewer' AND u.disabled_at IS NULL`,
    [id],
  );
  return row;
}

/** What review needs of an application: where it stands, and its last submitted version. */
export type ReviewApplicationRow = {
  id: string;
  call_id: string;
  reference: string;
  title: string;
  status: string;
  language: "fr" | "en";
  owner_email: string;
  version_number: number;
  snapshot: string;
};

const REVIEW_APPLICATION = `
  SELECT a.id, a.call_id, a.reference, a.title, a.status, a.language, u.email AS owner_email,
         v.number AS version_number, v.snapshot
    FROM applications a
    JOIN users u ON u.id = a.owner_id
    JOIN LATERAL (SELECT number, snapshot FROM application_versions
                   WHERE application_id = a.id ORDER BY number DESC LIMIT 1) v ON true`;

/** A submitted (or sent back) application of the call; drafts and withdrawn ones are not. */
export async function loadReviewApplication(
  db: Queryable,
  callId: string,
  applicationId: string,
): Promise<ReviewApplicationRow | undefined> {
  const [row] = await db.query<ReviewApplicationRow>(
    `${REVIEW_APPLICATION}
      WHERE a.id = $1 AND a.call_id = $2 AND a.status IN ('submitted', 'correction_requested')`,
    [applicationId, callId],
  );
  return row;
}

export type ScreeningRow = {
  party: Party;
  version_number: number;
  checklist: Record<string, boolean>;
  eligible: boolean;
  reason: string;
  private_note: string;
  screened_by_name: string | null;
  screened_at: Date;
};

/** Each party's screening of the application (at most one per party). */
export function screeningsOf(db: Queryable, applicationId: string): Promise<ScreeningRow[]> {
  return db.query<ScreeningRow>(
    `SELECT s.party, s.version_number, s.checklist, s.eligible, s.reason, s.private_note,
            u.name AS screened_by_name, s.screened_at
       FROM application_screenings s LEFT JOIN users u ON u.id = s.screened_by
      WHERE s.application_id = $1 ORDER BY s.party DESC`,
    [applicationId],
  );
}

export type CorrectionRow = { message: string; party: Party | null; requested_at: Date };

export function correctionsOf(db: Queryable, applicationId: string): Promise<CorrectionRow[]> {
  return db.query<CorrectionRow>(
    `SELECT message, party, requested_at FROM application_correction_requests
      WHERE application_id = $1 ORDER BY requested_at DESC`,
    [applicationId],
  );
}

export type AssignmentRow = {
  id: string;
  application_id: string;
  version_number: number;
  reviewer_id: string;
  reviewer_name: string;
  reviewer_email: string;
  reviewer_party: Party;
  reviewer_organisation: string | null;
  due_at: Date;
  assigned_at: Date;
  no_conflict_at: Date | null;
  recused_at: Date | null;
  recusal_reason: string;
  submitted_at: Date | null;
};

const ASSIGNMENT = `
  SELECT r.id, r.application_id, r.version_number, r.reviewer_id, u.name AS reviewer_name,
         u.email AS reviewer_email, r.reviewer_party, p.organisation AS reviewer_organisation,
         r.due_at, r.assigned_at, r.no_conflict_at, r.recused_at, r.recusal_reason,
         r.submitted_at
    FROM review_assignments r
    JOIN users u ON u.id = r.reviewer_id
    LEFT JOIN reviewer_profiles p ON p.user_id = r.reviewer_id`;

/** The application's assignments, recused ones included, oldest first. */
export function assignmentsOf(db: Queryable, applicationId: string): Promise<AssignmentRow[]> {
  return db.query<AssignmentRow>(
    `${ASSIGNMENT} WHERE r.application_id = $1 ORDER BY r.assigned_at, u.name`,
    [applicationId],
  );
}

/** An assignment with what a reviewer sees of its call and of the version assigned. */
export type ReviewerAssignmentRow = AssignmentRow & {
  call_id: string;
  call_code: string;
  call_title_fr: string;
  call_title_en: string;
  reference: string;
  snapshot: string;
};

const REVIEWER_ASSIGNMENT = `
  SELECT r.id, r.application_id, r.version_number, r.reviewer_id, u.name AS reviewer_name,
         u.email AS reviewer_email, r.reviewer_party, p.organisation AS reviewer_organisation,
         r.due_at, r.assigned_at, r.no_conflict_at, r.recused_at, r.recusal_reason,
         r.submitted_at, c.id AS call_id, c.code AS call_code, c.title_fr AS call_title_fr,
         c.title_en AS call_title_en, a.reference, v.snapshot
    FROM review_assignments r
    JOIN users u ON u.id = r.reviewer_id
    LEFT JOIN reviewer_profiles p ON p.user_id = r.reviewer_id
    JOIN applications a ON a.id = r.application_id
    JOIN calls c ON c.id = a.call_id
    JOIN application_versions v
      ON v.application_id = r.application_id AND v.number = r.version_number`;

/** One assignment by id; the caller checks that it is the reader's own. */
export async function loadAssignment(
  db: Queryable,
  id: string,
): Promise<ReviewerAssignmentRow | undefined> {
  const [row] = await db.query<ReviewerAssignmentRow>(`${REVIEWER_ASSIGNMENT} WHERE r.id = $1`, [
    id,
  ]);
  return row;
}

/** A reviewer's assignments, the soonest deadline first. */
export function assignmentsOfReviewer(
  db: Queryable,
  reviewerId: string,
): Promise<ReviewerAssignmentRow[]> {
  return db.query<ReviewerAssignmentRow>(
    `${REVIEWER_ASSIGNMENT} WHERE r.reviewer_id = $1
      ORDER BY (r.submitted_at IS NOT NULL OR r.recused_at IS NOT NULL), r.due_at, a.reference`,
    [reviewerId],
  );
}

/** A document's file as the assigned version holds it. */
export async function loadVersionFile(
  db: Queryable,
  assignment: { application_id: string; version_number: number },
  documentId: string,
): Promise<{ file_name: string; content: Uint8Array } | undefined> {
  const [row] = await db.query<{ file_name: string; content: Uint8Array }>(
    `SELECT file_name, content FROM application_version_files
      WHERE application_id = $1 AND number = $2 AND call_document_id = $3`,
    [assignment.application_id, assignment.version_number, documentId],
  );
  return row;
}

export type ScoreRow = {
  assignment_id: string;
  criterion_id: string;
  score: number | null;
  comment: string;
};

/** The scores of one assignment (its draft, or what it submitted). */
export function scoresOf(db: Queryable, assignmentId: string): Promise<ScoreRow[]> {
  return db.query<ScoreRow>(
    `SELECT assignment_id, criterion_id, score, comment FROM review_scores
      WHERE assignment_id = $1`,
    [assignmentId],
  );
}

/** The submitted scores of every reviewer of an application (never a draft). */
export function submittedScoresOf(
  db: Queryable,
  applicationId: string,
): Promise<(ScoreRow & { reviewer_name: string })[]> {
  return db.query<ScoreRow & { reviewer_name: string }>(
    `SELECT s.assignment_id, s.criterion_id, s.score, s.comment, u.name AS reviewer_name
       FROM review_scores s
       JOIN review_assignments r ON r.id = s.assignment_id
       JOIN users u ON u.id = r.reviewer_id
      WHERE r.application_id = $1 AND r.submitted_at IS NOT NULL AND r.recused_at IS NULL
      ORDER BY u.name, s.criterion_id`,
    [applicationId],
  );
}

/** A line of the officials' dashboard: an application and where its review stands. */
export type DashboardRow = {
  id: string;
  reference: string;
  title: string;
  status: string;
  version_number: number;
  qc_eligible: boolean | null;
  fr_eligible: boolean | null;
  asked: number;
  received: number;
  recused: number;
};

/**
 * The call's submitted applications (and those sent back for correction), each with the
 * screenings of its last version by party and its reviews asked, received and recused: two
 * aggregates joined once, whatever the number of applications.
 */
export function dashboardRows(db: Queryable, callId: string): Promise<DashboardRow[]> {
  return db.query<DashboardRow>(
    `WITH apps AS (
       SELECT a.id, a.reference, a.title, a.status,
              (SELECT max(number) FROM application_versions v
                WHERE v.application_id = a.id) AS version_number
         FROM applications a
        WHERE a.call_id = $1 AND a.status IN ('submitted', 'correction_requested')),
     screened AS (
       SELECT s.application_id,
              bool_or(s.eligible) FILTER (WHERE s.party = 'qc') AS qc_eligible,
              bool_or(s.eligible) FILTER (WHERE s.party = 'fr') AS fr_eligible
         FROM application_screenings s JOIN apps ON apps.id = s.application_id
        WHERE s.version_number = apps.version_number
        GROUP BY s.application_id),
     reviews AS (
       SELECT r.application_id,
              count(*) FILTER (WHERE r.recused_at IS NULL)::int AS asked,
              count(*) FILTER (WHERE r.recused_at IS NULL AND r.submitted_at IS NOT NULL)::int
                AS received,
              count(*) FILTER (WHERE r.recused_at IS NOT NULL)::int AS recused
         FROM review_assignments r JOIN apps ON apps.id = r.application_id
        GROUP BY r.application_id)
     SELECT apps.id, apps.reference, apps.title, apps.status, apps.version_number,
            screened.qc_eligible, screened.fr_eligible,
            COALESCE(reviews.asked, 0) AS asked, COALESCE(reviews.received, 0) AS received,
            COALESCE(reviews.recused, 0) AS recused
       FROM apps
       LEFT JOIN screened ON screened.application_id = apps.id
       LEFT JOIN reviews ON reviews.application_id = apps.id
      ORDER BY apps.reference`,
    [callId],
  );
}

/** One line of the ranking, as the single query of `rankingOf` returns it. */
export type RankingRow = {
  id: string;
  reference: string;
  title: string;
  asked: number;
  received: number;
  mean: number | null;
  disagreements: { id: string; label_fr: string; label_en: string }[];
};

/**
 * The eligible applications of a call, with their weighted mean, reviews asked and received,
 * and the criteria reviewers disagree on; see `rankingOf` for the formula. Eligible: submitted
 * (not sent back) and found eligible by both parties on its last version.
 */
export function rankingRows(db: Queryable, callId: string): Promise<RankingRow[]> {
  // Each application's reviews are read through the indexes on application and assignment
  // (a few rows each), so the cost grows with the call's reviews, not with their square.
  return db.query<RankingRow>(
    `WITH eligible AS (
       SELECT a.id, a.reference, a.title
         FROM applications a
         JOIN application_screenings s ON s.application_id = a.id AND s.eligible
        WHERE a.call_id = $1 AND a.status = 'submitted'
          AND s.version_number = (SELECT max(number) FROM application_versions v
                                   WHERE v.application_id = a.id)
        GROUP BY a.id, a.reference, a.title
       HAVING count(DISTINCT s.party) = 2)
     SELECT e.id, e.reference, e.title, n.asked, n.received, m.mean,
            COALESCE(d.list, '[]'::json) AS disagreements
       FROM eligible e
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS asked,
                count(*) FILTER (WHERE r.submitted_at IS NOT NULL)::int AS received
           FROM review_assignments r
          WHERE r.application_id = e.id AND r.recused_at IS NULL) n
       CROSS JOIN LATERAL (
         SELECT avg(per_review.weighted)::float8 AS mean
           FROM (SELECT sum(c.weight * s.score) / sum(c.weight) AS weighted
                   FROM review_assignments r
                   JOIN review_scores s ON s.assignment_id = r.id
                   JOIN call_criteria c ON c.id = s.criterion_id AND c.kind = 'scored'
                  WHERE r.application_id = e.id AND r.recused_at IS NULL
                    AND r.submitted_at IS NOT NULL
                  GROUP BY r.id) per_review) m
       CROSS JOIN LATERAL (
         SELECT json_agg(json_build_object('id', c.id, 'label_fr', c.label_fr,
                                           'label_en', c.label_en) ORDER BY c.position) AS list
           FROM (SELECT s.criterion_id
                   FROM review_assignments r
                   JOIN review_scores s ON s.assignment_id = r.id
                  WHERE r.application_id = e.id AND r.recused_at IS NULL
                    AND r.submitted_at IS NOT NULL
                  GROUP BY s.criterion_id
                 HAVING max(s.score) - min(s.score) > 2) spread
           JOIN call_criteria c ON c.id = spread.criterion_id AND c.kind = 'scored') d
      ORDER BY m.mean DESC NULLS LAST, e.reference`,
    [callId],
  );
}
