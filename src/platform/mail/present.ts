import type { MailDetail, MailRow } from "./queries.ts";

/** A mail of the outbox as its pages show it. */
export type MailView = {
  id: string;
  createdAt: Date;
  to: string;
  subject: string;
  status: MailRow["status"];
  attempts: number;
  /** What the mail is about (« AccessRequest 202311-76 »), when it was sent about something. */
  about: string | null;
};

export type MailDetailView = MailView & {
  bodyText: string;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
  attachments: { position: number; filename: string; contentType: string; size: number }[];
};

export function presentMail(row: MailRow): MailView {
  return {
    id: row.id,
    createdAt: row.created_at,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    about: row.subject_type && row.subject_id ? `${row.subject_type} ${row.subject_id}` : null,
  };
}

export function presentMailDetail(row: MailDetail): MailDetailView {
  return {
    ...presentMail(row),
    bodyText: row.body_text,
    sentAt: row.sent_at,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    attachments: row.attachments.map((a) => ({
      position: a.position,
      filename: a.filename,
      contentType: a.content_type,
      size: a.size,
    })),
  };
}
