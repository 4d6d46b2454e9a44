import type { Db, Queryable } from "../../platform/db/client.ts";
import type { RequestRow } from "../requests/queries.ts";
import { defaultTemplate } from "./defaults.ts";
import type { LetterKind, TemplateKey } from "./types.ts";

export type StoredTemplate = {
  body: string;
  /** Absent when the shipped default is in force. */
  updatedAt?: Date;
  updatedBy?: string;
};

/** The template a letter uses: the administrator's version if any, else the shipped one. */
export async function letterTemplate(db: Queryable, key: TemplateKey): Promise<StoredTemplate> {
  const rows = await db.query<{ body: string; updated_at: Date; updated_by: string | null }>(
    `SELECT t.body, t.updated_at, u.email AS updated_by
       FROM letter_templates t LEFT JOIN users u ON u.id = t.updated_by
      WHERE t.kind = $1 AND t.jurisdiction = $2 AND t.lang = $3`,
    [key.kind, key.jurisdiction, key.lang],
  );
  const row = rows[0];
  if (!row) return { body: defaultTemplate(key) };
  return { body: row.body, updatedAt: row.updated_at, updatedBy: row.updated_by ?? undefined };
}

/** Every key that an administrator has changed, with when and by whom. */
export async function changedTemplates(db: Db): Promise<Map<string, StoredTemplate>> {
  const rows = await db.query<{
    kind: string;
    jurisdiction: string;
    lang: string;
    body: string;
    updated_at: Date;
    updated_by: string | null;
  }>(
    `SELECT t.kind, t.jurisdiction, t.lang, t.body, t.updated_at, u.email AS updated_by
       FROM letter_templates t LEFT JOIN users u ON u.id = t.updated_by`,
  );
  return new Map(
    rows.map((r) => [
      `${r.kind}.${r.jurisdiction}.${r.lang}`,
      { body: r.body, updatedAt: r.updated_at, updatedBy: r.updated_by ?? undefined },
    ]),
  );
}

export async function storedLetter(db: Queryable, requestId: string, letterId: string) {
  const [row] = await db.query<{ kind: string; pdf: Uint8Array }>(
    `SELECT kind, pdf FROM access_letters WHERE id = $1 AND request_id = $2`,
    [letterId, requestId],
  );
  return row ?? null;
}

/** The last letter of that kind sent for the request, as it was sent. */
export async function lastSentLetter(db: Queryable, requestId: string, kind: LetterKind) {
  const [sent] = await db.query<{ pdf: Uint8Array; sent_on: string }>(
    `SELECT pdf, sent_on FROM access_letters WHERE request_id = $1 AND kind = $2
      ORDER BY at DESC LIMIT 1`,
    [requestId, kind],
  );
  return sent ?? null;
}

/** The request as a letter reads it, inside the transaction that sends the letter. */
export async function requestForLetter(db: Queryable, requestId: string) {
  const [r] = await db.query<RequestRow>(
    `SELECT r.*, u.name AS officer_name FROM access_requests r
       LEFT JOIN users u ON u.id = r.officer_id WHERE r.id = $1`,
    [requestId],
  );
  return r ?? null;
}
