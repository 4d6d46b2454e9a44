import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import type { Outcome } from "../decisions/schema.ts";

/** The screening of an application's last version: both parties eligible, one refusal, or not yet. */
export type ScreeningState = "pending" | "eligible" | "ineligible";

/** One application of a call, with what the dashboard counts. */
export type DashboardApplicationRow = {
  status: "draft" | "submitted" | "withdrawn" | "correction_requested";
  lead_party: Party | null;
  screening: ScreeningState;
  outcome: Outcome | null;
  asked_qc_cents: number;
  asked_fr_cents: number;
  committed_qc_cents: number;
  committed_fr_cents: number;
};

/** Every application of the call, in one query (the dashboard aggregates them in present.ts). */
export function dashboardApplications(
  db: Queryable,
  callId: string,
): Promise<DashboardApplicationRow[]> {
  return db.query<DashboardApplicationRow>(
    `SELECT a.status,
            (SELECT p.party FROM application_partners p
              WHERE p.application_id = a.id AND p.role = 'lead' ORDER BY p.position LIMIT 1)
              AS lead_party,
            CASE WHEN bool_or(NOT s.eligible) THEN 'ineligible'
                 WHEN count(s.party) = 2 THEN 'eligible'
                 ELSE 'pending' END AS screening,
            d.outcome,
            COALESCE((SELECT amount_cents FROM application_funding_requests
                       WHERE application_id = a.id AND party = 'qc'), 0)::bigint AS asked_qc_cents,
            COALESCE((SELECT amount_cents FROM application_funding_requests
                       WHERE application_id = a.id AND party = 'fr'), 0)::bigint AS asked_fr_cents,
            CASE WHEN d.outcome = 'funded' THEN d.amount_qc_cents ELSE 0 END::bigint
              AS committed_qc_cents,
            CASE WHEN d.outcome = 'funded' THEN d.amount_fr_cents ELSE 0 END::bigint
              AS committed_fr_cents
       FROM applications a
       LEFT JOIN application_screenings s
         ON s.application_id = a.id
        AND s.version_number = (SELECT max(number) FROM application_versions v
                                 WHERE v.application_id = a.id)
       LEFT JOIN call_decisions d ON d.application_id = a.id
      WHERE a.call_id = $1
      GROUP BY a.id, d.application_id
      ORDER BY a.created_at`,
    [callId],
  );
}

/** One call that has closed, with its outcome once the co-chairs made the decisions final. */
export type CallStatisticsRow = {
  code: string;
  title_fr: string;
  title_en: string;
  closes_at: Date;
  finalised_at: Date | null;
  /** Submitted and not withdrawn: the applications in competition. */
  submitted: number;
  /** Counted only once final, as are the amounts. */
  funded: number;
  committed_qc_cents: number;
  committed_fr_cents: number;
};

/** Every published call closed by `now`, by closing date. */
export function callStatistics(db: Queryable, now: Date): Promise<CallStatisticsRow[]> {
  return db.query<CallStatisticsRow>(
    `SELECT c.code, c.title_fr, c.title_en, c.closes_at, m.finalised_at,
            (SELECT count(*) FROM applications a
              WHERE a.call_id = c.id AND a.submitted_at IS NOT NULL
                AND a.status <> 'withdrawn')::int AS submitted,
            count(d.application_id) FILTER (WHERE m.finalised_at IS NOT NULL)::int AS funded,
            COALESCE(sum(d.amount_qc_cents) FILTER (WHERE m.finalised_at IS NOT NULL), 0)::bigint
              AS committed_qc_cents,
            COALESCE(sum(d.amount_fr_cents) FILTER (WHERE m.finalised_at IS NOT NULL), 0)::bigint
              AS committed_fr_cents
       FROM calls c
       LEFT JOIN call_committees m ON m.call_id = c.id
       LEFT JOIN call_decisions d ON d.call_id = c.id AND d.outcome = 'funded'
      WHERE c.status = 'published' AND c.closes_at <= $1
      GROUP BY c.id, m.finalised_at
      ORDER BY c.closes_at, c.code`,
    [now],
  );
}
