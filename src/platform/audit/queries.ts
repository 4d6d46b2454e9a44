import type { Queryable } from "../db/client.ts";
import type { AuditFilter } from "./audit-filter.ts";

export type AuditEventRow = {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** Written by runCommand as {field: {from, to}}, but jsonb may hold anything. */
  changes: unknown;
  request_id: string | null;
};

export const PAGE_SIZE = 50;

/** The zone in which the filter's calendar days start and end, as on the audit page. */
export const FILTER_TIME_ZONE = "America/Toronto";

const COLUMNS =
  "id, at, actor_id, actor_label, action, subject_type, subject_id, changes, request_id";

/** One page of events, newest first, and how many match in all. */
export async function listAuditEvents(
  db: Queryable,
  filter: AuditFilter,
  page: number,
): Promise<{ items: AuditEventRow[]; total: number }> {
  const where = conditions(filter);
  const offset = (page - 1) * PAGE_SIZE;
  const n = where.params.length;
  const items = await db.query<AuditEventRow>(
    `SELECT ${COLUMNS} FROM audit_events ${where.sql}
      ORDER BY at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, PAGE_SIZE, offset],
  );
  const counted = await db.query<{ total: number }>(
    `SELECT count(*) AS total FROM audit_events ${where.sql}`,
    where.params,
  );
  return { items, total: Number(counted[0]?.total ?? 0) };
}

/**
 * Every matching event, newest first, in batches, so that an export of the whole log never sits
 * in memory. Batches follow (at, id) rather than an offset: events written during the
 * export are newer than the first batch, so they neither shift nor repeat rows.
 */
export async function* auditEventBatches(
  db: Queryable,
  filter: AuditFilter,
  batchSize = 1000,
): AsyncGenerator<AuditEventRow[]> {
  let after: { at: string; id: string } | undefined;
  for (;;) {
    const where = conditions(filter, after);
    const n = where.params.length;
    // The cursor is text with microseconds: a JavaScript Date keeps only milliseconds.
    const rows = await db.query<AuditEventRow & { cursor: string }>(
      `SELECT ${COLUMNS},
              to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor
         FROM audit_events ${where.sql}
        ORDER BY at DESC, id DESC LIMIT $${n + 1}`,
      [...where.params, batchSize],
    );
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map(({ cursor: _, ...row }) => row);
    if (rows.length < batchSize) return;
    after = { at: last.cursor, id: last.id };
  }
}

/** The WHERE clause of a filter; every value typed by the user travels as a parameter. */
function conditions(filter: AuditFilter, after?: { at: string; id: string }) {
  const parts: string[] = [];
  const params: unknown[] = [];
  const $ = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // strpos rather than LIKE: the user's % and _ are then plain characters, with no escaping.
  if (filter.actor) parts.push(`strpos(lower(actor_label), lower(${$(filter.actor)})) > 0`);
  if (filter.action) {
    const prefix = actionPrefix(filter.action);
    parts.push(
      prefix === undefined ? `action = ${$(filter.action)}` : `starts_with(action, ${$(prefix)})`,
    );
  }
  if (filter.subjectType) parts.push(`subject_type = ${$(filter.subjectType)}`);
  if (filter.subjectId) parts.push(`subject_id = ${$(filter.subjectId)}`);
  if (filter.from) {
    parts.push(
      `at >= ((${$(filter.from)}::date)::timestamp AT TIME ZONE ${$(FILTER_TIME_ZONE)}::text)`,
    );
  }
  if (filter.to) {
    parts.push(
      `at < ((${$(filter.to)}::date + 1)::timestamp AT TIME ZONE ${$(FILTER_TIME_ZONE)}::text)`,
    );
  }
  if (after) parts.push(`(at, id) < (${$(after.at)}::timestamptz, ${$(after.id)}::uuid)`);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(" AND ")}` : "", params };
}

/** "user.*" and "user." ask for every action that starts with "user."; anything else is exact. */
export function actionPrefix(action: string): string | undefined {
  if (action.endsWith("*")) return action.slice(0, -1);
  if (action.endsWith(".")) return action;
  return undefined;
}
