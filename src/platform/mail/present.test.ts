import { describe, expect, it } from "vitest";
import { presentMail, presentMailDetail } from "./present.ts";
import type { MailDetail } from "./queries.ts";

const row: MailDetail = {
  id: "0b0e7c62-4d3a-4a43-9e61-8d0f3f0a9a11",
  created_at: new Date("2026-12-01T15:00:00Z"),
  to_address: "demandeur@example.org",
  subject: "Accusé de réception",
  status: "sent",
  attempts: 1,
  subject_type: "AccessRequest",
  subject_id: "202311-76",
  body_text: "Bonjour",
  sent_at: new Date("2026-12-01T15:00:05Z"),
  next_attempt_at: null,
  last_error: null,
  attachments: [{ position: 1, filename: "lettre.pdf", content_type: "application/pdf", size: 42 }],
};

describe("mail presenter", () => {
  it("maps every field, and says what the mail is about", () => {
    expect(presentMailDetail(row)).toEqual({
      id: row.id,
      createdAt: row.created_at,
      to: "demandeur@example.org",
      subject: "Accusé de réception",
      status: "sent",
      attempts: 1,
      about: "AccessRequest 202311-76",
      bodyText: "Bonjour",
      sentAt: row.sent_at,
      nextAttemptAt: null,
      lastError: null,
      attachments: [
        { position: 1, filename: "lettre.pdf", contentType: "application/pdf", size: 42 },
      ],
    });
  });

  it("says nothing of a subject when the mail was about none", () => {
    expect(presentMail({ ...row, subject_type: null, subject_id: null }).about).toBeNull();
  });
});
