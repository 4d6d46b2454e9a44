-- Shared analysis briefs (line of action 1.3): conclusions that Québec and France draft, review
-- and publish together. The figures a brief embeds are frozen in its content with the dataset
-- vintages they came from, so that a new vintage never changes what was published.

CREATE TABLE analysis_briefs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
  -- {titleFr, titleEn, summaryFr, summaryEn, conclusionsFr, conclusionsEn, materials, projects,
  -- figures}: one document, so that a version is a copy of it (analysis_brief_versions).
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  -- Number of the latest version of the content; every edit of a draft adds one.
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- Kept when the account goes: the brief stays, its author is then shown as unknown.
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The party the author spoke for when drafting (from the role), not looked up later.
  author_party text NOT NULL CHECK (author_party IN ('qc', 'fr')),
  -- The reason of the last rejection, shown on the draft until it is submitted again.
  rejection_reason text CHECK (length(rejection_reason) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX analysis_briefs_status_idx ON analysis_briefs (status, updated_at DESC);

-- Every saved state of a brief's content, so that reviewers see what changed between two.
CREATE TABLE analysis_brief_versions (
  brief_id uuid NOT NULL REFERENCES analysis_briefs (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  content jsonb NOT NULL,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brief_id, number)
);

-- The approvals of the current review: one per party at most (the key says so), removed when
-- the brief goes back to draft; the audit journal keeps every one that was given.
CREATE TABLE analysis_brief_approvals (
  brief_id uuid NOT NULL REFERENCES analysis_briefs (id) ON DELETE CASCADE,
  party text NOT NULL CHECK (party IN ('qc', 'fr')),
  approver_id uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brief_id, party)
);
