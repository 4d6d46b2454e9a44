import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import type { Outcome } from "./schema.ts";

export type CommitteeRow = {
  cochair_qc_id: string | null;
  cochair_qc_name: string | null;
  cochair_fr_id: string | null;
  cochair_fr_name: string | null;
  finalised_at: Date | null;
  approvals: { party: Party; user_id: string | null; approved_at: string }[];
};

/** The call's co-chairs, their approvals of the current decisions and whether they are final. */
export async function committeeOf(db: Queryable, callId: string): Promise<CommitteeRow> {
  const [row] = await db.query<CommitteeRow>(
    `SELECT k.cochair_qc_id, q.name AS cochair_qc_name, k.cochair_fr_id, f.name AS cochair_fr_name,
            k.finalised_at,
            COALESCE((SELECT json_agg(json_build_object('party', a.party, 'user_id', a.user_id,
                                                       'approved_at', a.approved_at) ORDER BY a.party)
                        FROM call_decision_approvals a WHERE a.call_id = k.call_id), '[]') AS approvals
       FROM call_committees k
       LEFT JOIN users q ON q.id = k.cochair_qc_id
       LEFT JOIN users f ON f.id = k.cochair_fr_id
      WHERE k.call_id = $1`,
    [callId],
  );
  return (
    row ?? {
      cochair_qc_id: null,
      cochair_qc_name: null,
      cochair_fr_id: null,
      cochair_fr_name: null,
      finalised_at: null,
      approvals: [],
    }
  );
}

export type BoardRow = {
  application_id: string;
  reference: string;
  title: string;
  status: string;
  language: "fr" | "en";
  owner_name: string;
  asked_qc_cents: number;
  asked_fr_cents: number;
  outcome: Outcome | null;
  reason: string | null;
  amount_qc_cents: number | null;
  amount_fr_cents: number | null;
  project_code: string | null;
};

/** The applications the committee decides on (submitted, or sent back for a correction). */
export function decisionBoard(db: Queryable, callId: string): Promise<BoardRow[]> {
  return db.query<BoardRow>(
    `SELECT a.id AS application_id, a.reference, a.title, a.status, a.language,
            u.name AS owner_name,
            COALESCE(rq.amount_cents, 0) AS asked_qc_cents,
            COALESCE(rf.amount_cents, 0) AS asked_fr_cents,
            d.outcome, d.reason, d.amount_qc_cents, d.amount_fr_cents, p.code AS project_code
       FROM applications a
       JOIN users u ON u.id = a.owner_id
       LEFT JOIN application_funding_requests rq ON rq.application_id = a.id AND rq.party = 'qc'
       LEFT JOIN application_funding_requests rf ON rf.application_id = a.id AND rf.party = 'fr'
       LEFT JOIN call_decisions d ON d.application_id = a.id
       LEFT JOIN call_funded_projects fp ON fp.application_id = a.id
       LEFT JOIN projects p ON p.id = fp.project_id
      WHERE a.call_id = $1 AND a.status IN ('submitted', 'correction_requested')
      ORDER BY a.reference`,
    [callId],
  );
}

export type Totals = { qc: number; fr: number };

/** What the funded decisions commit of each party's envelope, leaving one application out. */
export async function committedTotals(
  db: Queryable,
  callId: string,
  exceptApplicationId: string | null = null,
): Promise<Totals> {
  const [row] = await db.query<{ qc: number; fr: number }>(
    `SELECT COALESCE(sum(amount_qc_cents), 0)::bigint AS qc,
            COALESCE(sum(amount_fr_cents), 0)::bigint AS fr
       FROM call_decisions
      WHERE call_id = $1 AND outcome = 'funded'
        AND application_id IS DISTINCT FROM $2::uuid`,
    [callId, exceptApplicationId],
  );
  return { qc: Number(row?.qc ?? 0), fr: Number(row?.fr ?? 0) };
}

export type OfficialRow = { id: string; name: string; email: string; role: string };

/** The accounts that may co-chair: active officials of either party, and administrators. */
export function officials(db: Queryable): Promise<OfficialRow[]> {
  return db.query<OfficialRow>(
    `SELECT id, name, email, role FROM users
      WHERE role IN ('admin', 'member-qc', 'member-fr') AND disabled_at IS NULL
      ORDER BY name, email`,
  );
}

export type FundedRow = {
  application_id: string;
  reference: string;
  title: string;
  language: "fr" | "en";
  owner_email: string;
  summary_fr: string;
  summary_en: string;
  amount_qc_cents: number;
  amount_fr_cents: number;
  project_code: string | null;
};

/** The funded applications of a call, with the joint project each became once final. */
export function fundedOf(db: Queryable, callId: string): Promise<FundedRow[]> {
  return db.query<FundedRow>(
    `SELECT a.id AS application_id, a.reference, a.title, a.language, u.email AS owner_email,
            a.summary_fr, a.summary_en, d.amount_qc_cents, d.amount_fr_cents, p.code AS project_code
       FROM call_decisions d
       JOIN applications a ON a.id = d.application_id
       JOIN users u ON u.id = a.owner_id
       LEFT JOIN call_funded_projects fp ON fp.application_id = a.id
       LEFT JOIN projects p ON p.id = fp.project_id
      WHERE d.call_id = $1 AND d.outcome = 'funded'
      ORDER BY a.reference`,
    [callId],
  );
}

export type LetterRow = {
  application_id: string;
  reference: string;
  title: string;
  language: "fr" | "en";
  owner_email: string;
  call_code: string;
  call_title_fr: string;
  call_title_en: string;
  outcome: Outcome;
  reason: string;
  amount_qc_cents: number;
  amount_fr_cents: number;
  project_code: string | null;
  finalised_at: Date | null;
};

/** What the decision letters of a call say (one application when `reference` is given). */
export function letterRows(
  db: Queryable,
  callId: string,
  reference?: string,
): Promise<LetterRow[]> {
  return db.query<LetterRow>(
    `SELECT a.id AS application_id, a.reference, a.title, a.language, u.email AS owner_email,
            c.code AS call_code, c.title_fr AS call_title_fr, c.title_en AS call_title_en,
            d.outcome, d.reason, d.amount_qc_cents, d.amount_fr_cents, p.code AS project_code,
            k.finalised_at
       FROM call_decisions d
       JOIN applications a ON a.id = d.application_id
       JOIN users u ON u.id = a.owner_id
       JOIN calls c ON c.id = d.call_id
       LEFT JOIN call_committees k ON k.call_id = d.call_id
       LEFT JOIN call_funded_projects fp ON fp.application_id = a.id
       LEFT JOIN projects p ON p.id = fp.project_id
      WHERE d.call_id = $1 AND ($2::text IS NULL OR a.reference = $2)
      ORDER BY a.reference`,
    [callId, reference ?? null],
  );
}

/** An organisation by its name, as the cooperation area keeps names unique (case aside). */
export async function organisationIdByName(db: Queryable, name: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    "SELECT id FROM organisations WHERE lower(name) = lower($1)",
    [name],
  );
  return row?.id ?? null;
}
