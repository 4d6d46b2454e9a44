import type { Db, Queryable } from "../db/client.ts";

export type MailAttachment = { filename: string; contentType: string; content: Uint8Array };

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
  /** What the mail is about, as in the audit log, e.g. "AccessRequest" and "202311-76". */
  subjectType?: string;
  subjectId?: string;
};

export const MAIL_STATUSES = ["queued", "sent", "failed", "kept"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Puts a mail in the outbox through the caller's transaction: it leaves only if that
 * transaction commits (the dispatcher sends it later). Returns the mail's id.
 */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail): Promise<string> {
  checkMail(mail);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO mail_outbox (to_address, subject, body_text, subject_type, subject_id)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [mail.to, mail.subject, mail.text, mail.subjectType ?? null, mail.subjectId ?? null],
  );
  const id = (row as { id: string }).id;
  for (const [index, file] of (mail.attachments ?? []).entries()) {
    await tx.query(
      `INSERT INTO mail_attachments (mail_id, position, filename, content_type, content)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, index + 1, file.filename, file.contentType, file.content],
    );
  }
  return id;
}

/**
 * The table's own checks, made first: a refused row's error would quote it whole (address
 * and text included) and errors reach the logs. These messages name no value.
 */
function checkMail(mail: OutgoingMail): void {
  const problems = [
    (!/^[^\s@]+@[^\s@]+$/.test(mail.to) || mail.to.length > 320) && "invalid recipient address",
    (mail.subject.length < 1 || mail.subject.length > 500) && "subject of 1 to 500 characters",
    (mail.subjectType === undefined) !== (mail.subjectId === undefined) &&
      "subjectType and subjectId go together",
    mail.attachments?.some(
      (a) => a.filename.length < 1 || a.filename.length > 200 || a.content.length > MAX_BYTES,
    ) && "attachments named in 1 to 200 characters, of at most 10 MiB each",
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`enqueueMail: ${problems.join("; ")}`);
}

const MAX_BYTES = 10 * 1024 * 1024;

/** A mail claimed for sending: its envelope, text and how many times it was tried. */
export type ClaimedMail = {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
};

/** Without a transport, what is queued is kept in the outbox, readable, never sent. */
export async function keepQueuedMails(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `UPDATE mail_outbox SET status = 'kept', next_attempt_at = NULL
      WHERE status = 'queued' RETURNING id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Claims up to `limit` mails due at `now`, leased until `leaseUntil`: if the process dies
 * mid-send, they are due again then. SKIP LOCKED: two processes on one PostgreSQL database
 * never claim the same mail.
 */
export function claimDueMails(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedMail[]> {
  return db.query<ClaimedMail>(
    `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2
      WHERE id IN (SELECT id FROM mail_outbox
                    WHERE status IN ('queued', 'failed') AND next_attempt_at <= $1
                    ORDER BY next_attempt_at, created_at LIMIT $3
                    FOR UPDATE SKIP LOCKED)
      RETURNING id, to_address, subject, body_text, attempts`,
    [now, leaseUntil, limit],
  );
}

export async function markSent(db: Db, id: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = 'sent', sent_at = $2, next_attempt_at = NULL,
            last_error = NULL WHERE id = $1`,
    [id, at],
  );
}

/** A failed attempt, with its reason and the time of the next one (null: no more). */
export async function markFailed(
  db: Db,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = 'failed', last_error = $2, next_attempt_at = $3
      WHERE id = $1`,
    [id, error, retryAt],
  );
}
