import type { Queryable } from "../db/client.ts";

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
