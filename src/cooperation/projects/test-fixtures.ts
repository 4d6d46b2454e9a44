import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";

/** A project written straight to the database, for tests that need one in a given state. */
export async function insertProject(
  db: Queryable,
  p: {
    code: string;
    ownerParty: Party;
    title?: string;
    confidentialTo?: Party | null;
    published?: boolean;
    lines?: string[];
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO projects (code, title_fr, title_en, kind, owner_party, confidential_to, published)
     VALUES ($1, $2, $2, 'research', $3, $4, $5) RETURNING id`,
    [
      p.code,
      p.title ?? `Projet ${p.code}`,
      p.ownerParty,
      p.confidentialTo ?? null,
      p.published ?? false,
    ],
  );
  const id = (row as { id: string }).id;
  for (const code of p.lines ?? ["2.1"]) {
    await db.query(
      `INSERT INTO action_line_links (action_line_code, subject_type, subject_id) VALUES ($1, 'Project', $2)`,
      [code, id],
    );
  }
  return id;
}
