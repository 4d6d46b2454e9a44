-- Outgoing e-mail, written in the same transaction as the operation that causes it (a
-- transactional outbox): a rolled-back command sends nothing. A dispatcher sends what is due.
-- Recipients are often access requesters: only access officers and administrators read this.

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320 AND position('@' IN to_address) > 1),
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
  body_text text NOT NULL,
  -- kept: never sent because no SMTP server is configured (development, tests).
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'kept')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- When the dispatcher may next try; also a lease while a send is under way. NULL: no more tries.
  next_attempt_at timestamptz DEFAULT now(),
  -- Never holds the recipient's address (see dispatch.ts).
  last_error text,
  sent_at timestamptz,
  -- What the mail is about, as in the audit log, e.g. ('AccessRequest', '202311-76').
  subject_type text,
  subject_id text,
  CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'failed');
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id DESC);
CREATE INDEX mail_outbox_subject_idx ON mail_outbox (subject_type, subject_id);

-- Small files only (letters): an SMTP server refuses large messages anyway.
CREATE TABLE mail_attachments (
  mail_id uuid NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position >= 1),
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 200),
  content bytea NOT NULL CHECK (octet_length(content) <= 10485760),
  PRIMARY KEY (mail_id, position)
);
