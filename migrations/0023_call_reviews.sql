-- Review of the applications to a joint call (issue 16): each party's eligibility screening,
-- reviewers and their assignments, conflict-of-interest declarations and scores. The review
-- state lives here, apart from applications.status, and pages derive it.

-- A reviewer's side and organisation: assignments need one from each party, and never someone
-- from one of the application's partner organisations.
CREATE TABLE reviewer_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  party text NOT NULL CHECK (party IN ('qc', 'fr')),
  organisation text NOT NULL CHECK (length(btrim(organisation)) BETWEEN 1 AND 300),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Each party screens the submitted version it saw: a later version (after a correction) is
-- screened again. The private note is the officials' own and never reaches applicants.
CREATE TABLE application_screenings (
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  party text NOT NULL CHECK (party IN ('qc', 'fr')),
  version_number integer NOT NULL,
  -- Eligibility criterion id → met (true / false), as the official ticked them.
  checklist jsonb NOT NULL DEFAULT '{}',
  eligible boolean NOT NULL,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 3000),
  private_note text NOT NULL DEFAULT '' CHECK (length(private_note) <= 5000),
  screened_by uuid REFERENCES users (id) ON DELETE SET NULL,
  screened_at timestamptz NOT NULL,
  PRIMARY KEY (application_id, party),
  FOREIGN KEY (application_id, version_number)
    REFERENCES application_versions (application_id, number) ON DELETE RESTRICT,
  CHECK (eligible OR length(btrim(reason)) > 0)
);

-- What officials asked the consortium to correct (the application goes back to its editor).
CREATE TABLE application_correction_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  version_number integer NOT NULL,
  party text CHECK (party IN ('qc', 'fr')),
  message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 5000),
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL
);
CREATE INDEX application_correction_requests_app_idx
  ON application_correction_requests (application_id, requested_at);

-- A reviewer assigned to one submitted version (they always see that version). A recusal ends
-- the assignment; the official assigns a replacement as a new row.
CREATE TABLE review_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  version_number integer NOT NULL,
  reviewer_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  reviewer_party text NOT NULL CHECK (reviewer_party IN ('qc', 'fr')),
  due_at timestamptz NOT NULL,
  assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
  assigned_at timestamptz NOT NULL,
  no_conflict_at timestamptz,
  recused_at timestamptz,
  recusal_reason text NOT NULL DEFAULT '' CHECK (length(recusal_reason) <= 3000),
  submitted_at timestamptz,
  -- The reminder before the deadline goes once per assignment.
  reminded_at timestamptz,
  FOREIGN KEY (application_id, version_number)
    REFERENCES application_versions (application_id, number) ON DELETE RESTRICT,
  CHECK (recused_at IS NULL OR length(btrim(recusal_reason)) > 0),
  CHECK (submitted_at IS NULL OR (no_conflict_at IS NOT NULL AND recused_at IS NULL))
);
CREATE UNIQUE INDEX review_assignments_active_key
  ON review_assignments (application_id, reviewer_id) WHERE recused_at IS NULL;
CREATE INDEX review_assignments_reviewer_idx ON review_assignments (reviewer_id, due_at);
CREATE INDEX review_assignments_due_idx ON review_assignments (due_at)
  WHERE submitted_at IS NULL AND recused_at IS NULL AND reminded_at IS NULL;

-- A score per scored criterion of the grid, 0 to 5, with a comment; empty while in draft.
CREATE TABLE review_scores (
  assignment_id uuid NOT NULL REFERENCES review_assignments (id) ON DELETE CASCADE,
  criterion_id uuid NOT NULL REFERENCES call_criteria (id) ON DELETE RESTRICT,
  score smallint CHECK (score BETWEEN 0 AND 5),
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
  PRIMARY KEY (assignment_id, criterion_id)
);
