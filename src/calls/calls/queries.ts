import type { Queryable } from "../../platform/db/client.ts";
import type { CriterionKind } from "./schema.ts";

/** A call as stored. */
export type CallRow = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  text_fr: string;
  text_en: string;
  status: "draft" | "published";
  opens_at: Date;
  closes_at: Date;
  time_zone: string;
  envelope_qc_cents: number;
  envelope_fr_cents: number;
  max_funding_qc_cents: number;
  max_funding_fr_cents: number;
  cofinancing_rate_pct: string;
  min_partners_per_party: number;
  eligible_activities_fr: string;
  eligible_activities_en: string;
  created_at: Date;
  updated_at: Date;
};

export type CallDocumentRow = {
  id: string;
  label_fr: string;
  label_en: string;
  required: boolean;
  position: number;
};

export type CallCriterionRow = {
  id: string;
  kind: CriterionKind;
  label_fr: string;
  label_en: string;
  guidance_fr: string;
  guidance_en: string;
  weight: string | null;
  position: number;
};

export type CallLineRow = { code: string; text_fr: string; text_en: string };

/** What goes with a call: its lines of action, its documents to attach, its evaluation grid. */
export type CallDetails = {
  lines: CallLineRow[];
  documents: CallDocumentRow[];
  criteria: CallCriterionRow[];
};

const COLUMNS = `id, code, title_fr, title_en, text_fr, text_en, status, opens_at, closes_at,
  time_zone, envelope_qc_cents, envelope_fr_cents, max_funding_qc_cents, max_funding_fr_cents,
  cofinancing_rate_pct, min_partners_per_party, eligible_activities_fr, eligible_activities_en,
  created_at, updated_at`;

/** The call with that code, draft or published (the caller decides who may see a draft). */
export async function findCallByCode(db: Queryable, code: string): Promise<CallRow | null> {
  const [row] = await db.query<CallRow>(`SELECT ${COLUMNS} FROM calls WHERE code = $1`, [code]);
  return row ?? null;
}

/** Every published call, and the drafts too when asked (for officials), by opening date. */
export function listCalls(db: Queryable, options: { drafts: boolean }): Promise<CallRow[]> {
  return db.query<CallRow>(
    `SELECT ${COLUMNS} FROM calls WHERE status = 'published' OR $1
      ORDER BY opens_at, code`,
    [options.drafts],
  );
}

/** A call's lines of action (in the declaration's order), documents and criteria. */
export async function callDetails(db: Queryable, callId: string): Promise<CallDetails> {
  const [lines, documents, criteria] = await Promise.all([
    db.query<CallLineRow>(
      `SELECT l.code, l.text_fr, l.text_en FROM action_line_links k
         JOIN action_lines l ON l.code = k.action_line_code
         JOIN priorities p ON p.code = l.priority_code
        WHERE k.subject_type = 'Call' AND k.subject_id = $1
        ORDER BY p.position, l.position`,
      [callId],
    ),
    db.query<CallDocumentRow>(
      `SELECT id, label_fr, label_en, required, position FROM call_documents
        WHERE call_id = $1 ORDER BY position`,
      [callId],
    ),
    db.query<CallCriterionRow>(
      `SELECT id, kind, label_fr, label_en, guidance_fr, guidance_en, weight, position
         FROM call_criteria WHERE call_id = $1 ORDER BY position`,
      [callId],
    ),
  ]);
  return { lines, documents, criteria };
}

export type PriorityLinesRow = {
  code: string;
  title_fr: string;
  title_en: string;
  lines: CallLineRow[];
};

/** The declaration's lines of action by priority, each by its summary: what the form offers. */
export function linesByPriority(db: Queryable): Promise<PriorityLinesRow[]> {
  return db.query<PriorityLinesRow>(
    `SELECT p.code, p.title_fr, p.title_en,
            json_agg(json_build_object('code', l.code,
              'text_fr', coalesce(l.summary_fr, l.text_fr), 'text_en', coalesce(l.summary_en, l.text_en))
                     ORDER BY l.position) AS lines
       FROM priorities p JOIN action_lines l ON l.priority_code = p.code
      GROUP BY p.code, p.title_fr, p.title_en, p.position
      ORDER BY p.position`,
  );
}
