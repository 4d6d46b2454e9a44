import type { Queryable } from "../platform/db/client.ts";

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
