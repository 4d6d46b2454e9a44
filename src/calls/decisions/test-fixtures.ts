import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { createUser } from "../../platform/auth/commands.ts";
import type { Db } from "../../platform/db/client.ts";

/**
 * A submitted application inserted directly (the applications feature's own tests cover
 * submission): a lead from Québec and a partner from France, 40 000 $ CA and 40 000 € asked.
 */
export async function insertSubmitted(
  db: Db,
  call: { id: string; code: string },
  n: number,
  options: { language?: "fr" | "en"; lead?: string; partner?: string } = {},
) {
  const owner = await createUser(db, CLI_PERFORMER, {
    email: `candidat-${call.code}-${n}@example.org`,
    role: "applicant",
    name: `Candidat ${n}`,
  });
  const reference = `${call.code}-${String(n).padStart(4, "0")}`;
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO applications (call_id, owner_id, status, language, title, summary_fr, reference,
                               submitted_at)
     VALUES ($1, $2, 'submitted', $3, $4, 'Résumé du projet.', $5, now()) RETURNING id`,
    [call.id, owner.id, options.language ?? "fr", `Projet ${n}`, reference],
  );
  const id = (row as { id: string }).id;
  await db.query(
    `INSERT INTO application_partners (application_id, position, name, party, kind, role)
     VALUES ($1, 1, $2, 'qc', 'university', 'lead'), ($1, 2, $3, 'fr', 'research_centre', 'partner')`,
    [id, options.lead ?? "Université Laval", options.partner ?? `Laboratoire fictif ${n}`],
  );
  await db.query(
    `INSERT INTO application_funding_requests (application_id, party, amount_cents)
     VALUES ($1, 'qc', 4000000), ($1, 'fr', 4000000)`,
    [id],
  );
  return { id, reference, ownerEmail: owner.email };
}

/** Gives the call a line of action, as the calls form does. */
export async function linkCallToLine(db: Db, callId: string, line: string) {
  await db.query(
    "INSERT INTO action_line_links (action_line_code, subject_type, subject_id) VALUES ($1, 'Call', $2)",
    [line, callId],
  );
}
