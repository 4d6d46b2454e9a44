-- Applications to joint calls (issue 16): a consortium's draft, its partners, budget, funding
-- asked of each party and attachments; at submission, a receipt number and an immutable version.

CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE RESTRICT,
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  -- The review and decision slices add their statuses (screening, review, decision…) by
  -- replacing this CHECK, as 0020 does for the roles; the statuses here never change meaning.
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'withdrawn', 'correction_requested')),
  -- The language letters and the proof are written in.
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  title text NOT NULL DEFAULT '' CHECK (length(title) <= 300),
  summary_fr text NOT NULL DEFAULT '' CHECK (length(summary_fr) <= 10000),
  summary_en text NOT NULL DEFAULT '' CHECK (length(summary_en) <= 10000),
  -- The receipt number, given at the first submission: the call's code and a 4-digit counter.
  reference text UNIQUE CHECK (reference ~ '^AAP-[0-9]{4}-[0-9]{2}-[0-9]{4}$'),
  -- The 48-hour reminder before the closing goes once per draft.
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  CHECK ((status = 'draft') OR reference IS NOT NULL)
);
CREATE INDEX applications_owner_idx ON applications (owner_id);
CREATE INDEX applications_call_idx ON applications (call_id, status);

-- The per-call counter behind the receipt numbers: the row lock of the upsert serialises
-- concurrent submissions, so numbers are consecutive and never given twice.
CREATE TABLE application_counters (
  call_id uuid PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
  last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999)
);

-- Consortium members invited by e-mail: they see and edit the application. The invitation is
-- matched on the address (verified at sign-up), so it works before the invitee has an account.
CREATE TABLE application_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  invited_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX application_members_email_key ON application_members (application_id, lower(email));
CREATE INDEX application_members_lookup_idx ON application_members (lower(email));

CREATE TABLE application_partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  party text NOT NULL CHECK (party IN ('qc', 'fr', 'other')),
  kind text NOT NULL CHECK (kind IN ('ministry', 'geological_survey', 'company', 'university',
    'research_centre', 'fund', 'agency', 'other')),
  role text NOT NULL CHECK (role IN ('lead', 'partner')),
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  UNIQUE (application_id, position)
);

-- Each partner's budget per year, in its side's currency (Québec CAD, France EUR).
CREATE TABLE application_budget_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  partner_id uuid NOT NULL REFERENCES application_partners (id) ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  currency text NOT NULL CHECK (currency IN ('CAD', 'EUR')),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 500)
);
CREATE INDEX application_budget_lines_app_idx ON application_budget_lines (application_id);

-- What the consortium asks of each party: Québec in CAD, France in EUR.
CREATE TABLE application_funding_requests (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  party text NOT NULL CHECK (party IN ('qc', 'fr')),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  PRIMARY KEY (application_id, party)
);

-- One file per document the call asks for; checked to be a PDF by its content on upload.
CREATE TABLE application_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  call_document_id uuid NOT NULL REFERENCES call_documents (id) ON DELETE RESTRICT,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type = 'application/pdf'),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (application_id, call_document_id)
);

-- What was submitted, each time: the canonical JSON of everything (attachments by their
-- SHA-256) and its own SHA-256. Reviewers are assigned a version; none is ever changed.
CREATE TABLE application_versions (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE RESTRICT,
  number integer NOT NULL CHECK (number >= 1),
  submitted_at timestamptz NOT NULL,
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  snapshot text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (application_id, number)
);
-- The attachments of a version, kept as they were when submitted (a later correction may
-- replace the draft's file, never the submitted one).
CREATE TABLE application_version_files (
  application_id uuid NOT NULL,
  number integer NOT NULL,
  call_document_id uuid NOT NULL REFERENCES call_documents (id) ON DELETE RESTRICT,
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  PRIMARY KEY (application_id, number, call_document_id),
  FOREIGN KEY (application_id, number) REFERENCES application_versions (application_id, number)
    ON DELETE RESTRICT
);

CREATE FUNCTION application_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a submitted version of an application is never changed';
END;
$$;
CREATE TRIGGER application_versions_immutable BEFORE UPDATE OR DELETE ON application_versions
  FOR EACH ROW EXECUTE FUNCTION application_version_immutable();
CREATE TRIGGER application_version_files_immutable BEFORE UPDATE OR DELETE ON application_version_files
  FOR EACH ROW EXECUTE FUNCTION application_version_immutable();
