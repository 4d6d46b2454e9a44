import type { Queryable } from "../db/client.ts";
import type { MailStatus } from "./commands.ts";

export type MailRow = {
  id: string;
  created_at: Date;
  to_address: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  subject_type: string | null;
  subject_id: string | null;
};

export type MailDetail = MailRow & {
  body_text: string;
  sent_at: Date | null;
  next_attempt_at: Date | null;
  last_error: string | null;
  attachments: { position: number; filename: string; content_type: string; size: number }[];
};

export const PAGE_SIZE = 50;

const COLUMNS = "id, created_at, to_address, subject, status, attempts, subject_type, subject_id";

/** One page of the outbox, newest first, and how many mails it holds in all. */
export async function listMails(
  db: Queryable,
  page: number,
): Promise<{ items: MailRow[]; total: number }> {
  const items = await db.query<MailRow>(
    `SELECT ${COLUMNS} FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
    [PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  const [counted] = await db.query<{ total: number }>("SELECT count(*) AS total FROM mail_outbox");
  return { items, total: Number(counted?.total ?? 0) };
}

export async function findMail(db: Queryable, id: string): Promise<MailDetail | undefined> {
  const [mail] = await db.query<Omit<MailDetail, "attachments">>(
    `SELECT ${COLUMNS}, body_text, sent_at, next_attempt_at, last_error
       FROM mail_outbox WHERE id = $1`,
    [id],
  );
  if (!mail) return undefined;
  const attachments = await db.query<MailDetail["attachments"][number]>(
    `SELECT position, filename, content_type, octet_length(content) AS size
       FROM mail_attachments WHERE mail_id = $1 ORDER BY position`,
    [id],
  );
  return { ...mail, attachments };
}

export async function findAttachment(
  db: Queryable,
  mailId: string,
  position: number,
): Promise<{ filename: string; content_type: string; content: Uint8Array } | undefined> {
  const [file] = await db.query<{ filename: string; content_type: string; content: Uint8Array }>(
    `SELECT filename, content_type, content FROM mail_attachments
      WHERE mail_id = $1 AND position = $2`,
    [mailId, position],
  );
  return file;
}

/** A mail's attachments in order, as they are sent. */
export function attachmentsOf(
  db: Queryable,
  mailId: string,
): Promise<{ filename: string; content_type: string; content: Uint8Array }[]> {
  return db.query(
    `SELECT filename, content_type, content FROM mail_attachments
      WHERE mail_id = $1 ORDER BY position`,
    [mailId],
  );
}
