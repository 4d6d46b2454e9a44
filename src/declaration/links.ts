import type { Queryable } from "../platform/db/client.ts";

/** How many items of each kind other areas attached to a line (kind = subject_type). */
export type LinkCounts = { total: number; bySubject: Record<string, number> };

/**
 * What other areas call to attach one of their items to a line of action. subject_type is the
 * item's policy subject (e.g. "Project"); attaching twice is harmless.
 */
export async function linkToActionLine(
  tx: Queryable,
  link: { code: string; subjectType: string; subjectId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO action_line_links (action_line_code, subject_type, subject_id)
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [link.code, link.subjectType, link.subjectId],
  );
}

export async function unlinkFromActionLine(
  tx: Queryable,
  link: { code: string; subjectType: string; subjectId: string },
): Promise<void> {
  await tx.query(
    `DELETE FROM action_line_links
     WHERE action_line_code = $1 AND subject_type = $2 AND subject_id = $3`,
    [link.code, link.subjectType, link.subjectId],
  );
}

/** The codes of the lines an item is attached to, in the declaration's order. */
export async function actionLinesOf(
  db: Queryable,
  subject: { subjectType: string; subjectId: string },
): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `SELECT k.action_line_code AS code FROM action_line_links k
     JOIN action_lines l ON l.code = k.action_line_code
     JOIN priorities p ON p.code = l.priority_code
     WHERE k.subject_type = $1 AND k.subject_id = $2 ORDER BY p.position, l.position`,
    [subject.subjectType, subject.subjectId],
  );
  return rows.map((r) => r.code);
}

export async function countLinks(db: Queryable): Promise<Map<string, LinkCounts>> {
  const rows = await db.query<{ code: string; subject_type: string; n: number }>(
    `SELECT action_line_code AS code, subject_type, count(*)::int AS n
     FROM action_line_links GROUP BY action_line_code, subject_type
     ORDER BY action_line_code, subject_type`,
  );
  const byLine = new Map<string, [string, number][]>();
  for (const r of rows) byLine.set(r.code, [...(byLine.get(r.code) ?? []), [r.subject_type, r.n]]);
  // fromEntries defines own properties, so a subject_type such as "__proto__" stays a plain key.
  return new Map(
    [...byLine].map(([code, kinds]) => [
      code,
      { total: kinds.reduce((sum, [, n]) => sum + n, 0), bySubject: Object.fromEntries(kinds) },
    ]),
  );
}
