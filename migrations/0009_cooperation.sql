-- Joint projects of the cooperation (priorities 2 and 3, lines 1.1 and 4.1): organisations,
-- projects and their partners, status history, milestones, documents, co-financing with exact
-- amounts, exchange rates, sustainability indicators and the capacity a project would add.
-- Lines of action are linked through action_line_links (subject_type 'Project').

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  acronym text CHECK (length(acronym) <= 40),
  party text NOT NULL CHECK (party IN ('qc', 'fr', 'other')),
  kind text NOT NULL CHECK (kind IN ('ministry', 'geological_survey', 'company', 'university',
    'research_centre', 'fund', 'agency', 'other')),
  -- NEQ (Québec enterprise number), SIREN, ROR… whatever identifies it publicly.
  identifiers jsonb NOT NULL DEFAULT '{}'::jsonb,
  website text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name));

CREATE TABLE projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Short public code, e.g. P-2024-007.
  code text NOT NULL UNIQUE CHECK (code ~ '^P-[0-9]{4}-[0-9]{3,}$'),
  title_fr text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  summary_fr text NOT NULL DEFAULT '' CHECK (length(summary_fr) <= 5000),
  summary_en text NOT NULL DEFAULT '' CHECK (length(summary_en) <= 5000),
  kind text NOT NULL CHECK (kind IN ('survey', 'exploration', 'extraction', 'processing',
    'recycling', 'energy', 'rehabilitation', 'research')),
  -- The party that owns the record: its members edit it.
  owner_party text NOT NULL CHECK (owner_party IN ('qc', 'fr')),
  status text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'under_study', 'approved',
    'in_progress', 'completed', 'abandoned')),
  -- Null: both parties read it. 'qc' or 'fr': only that party (and administrators).
  confidential_to text CHECK (confidential_to IN ('qc', 'fr')),
  -- Shown to the public only when published and not confidential.
  published boolean NOT NULL DEFAULT false,
  latitude numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
  region text CHECK (length(region) <= 200),
  country_id text REFERENCES countries (id),
  start_on date,
  end_on date,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
  CHECK (NOT (published AND confidential_to IS NOT NULL))
);
CREATE INDEX projects_status_idx ON projects (status);
CREATE INDEX projects_kind_idx ON projects (kind);

CREATE TABLE project_stages (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  stage_id text NOT NULL REFERENCES stages (id),
  PRIMARY KEY (project_id, stage_id)
);

CREATE TABLE project_materials (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  material_id text NOT NULL REFERENCES materials (id),
  PRIMARY KEY (project_id, material_id)
);

CREATE TABLE project_partners (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('lead', 'partner', 'funder', 'implementer')),
  PRIMARY KEY (project_id, organisation_id, role)
);
CREATE INDEX project_partners_organisation_idx ON project_partners (organisation_id);

CREATE TABLE project_status_history (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  on_date date NOT NULL,
  note text,
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_status_history_project_idx ON project_status_history (project_id, at);

CREATE TABLE project_milestones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title_fr text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  due_on date NOT NULL,
  done_on date
);
CREATE INDEX project_milestones_project_idx ON project_milestones (project_id, due_on);

CREATE TABLE project_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  file_name text NOT NULL,
  content_type text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);

-- Money is stored in integer cents of its own currency: no float ever touches an amount.
CREATE TABLE financing_commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  funder_id uuid NOT NULL REFERENCES organisations (id),
  source text NOT NULL CHECK (source IN ('public', 'private')),
  party text NOT NULL CHECK (party IN ('qc', 'fr', 'other')),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency text NOT NULL CHECK (currency IN ('CAD', 'EUR')),
  committed_on date NOT NULL,
  confidential_to text CHECK (confidential_to IN ('qc', 'fr')),
  note text CHECK (length(note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX financing_commitments_project_idx ON financing_commitments (project_id);

CREATE TABLE financing_disbursements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  commitment_id uuid NOT NULL REFERENCES financing_commitments (id) ON DELETE CASCADE,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  paid_on date NOT NULL,
  note text CHECK (length(note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX financing_disbursements_commitment_idx ON financing_disbursements (commitment_id);

-- Units of `quote` for one unit of `base` on a date, e.g. 1 EUR = 1.4683 CAD (Bank of Canada).
CREATE TABLE exchange_rates (
  base text NOT NULL CHECK (base IN ('CAD', 'EUR')),
  quote text NOT NULL CHECK (quote IN ('CAD', 'EUR')),
  on_date date NOT NULL,
  rate numeric(18, 8) NOT NULL CHECK (rate > 0),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (base, quote, on_date),
  CHECK (base <> quote)
);

CREATE TABLE project_indicators (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  indicator text NOT NULL,
  year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  baseline numeric,
  target numeric,
  actual numeric,
  unit text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, indicator, year)
);

-- Capacity a project would add: tonnes per year of a material at a stage in a country. This
-- is what the criticality engine's "new supply" scenario takes.
CREATE TABLE project_capacities (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  material_id text NOT NULL REFERENCES materials (id),
  stage_id text NOT NULL REFERENCES stages (id),
  country_id text NOT NULL REFERENCES countries (id),
  tonnes_per_year numeric NOT NULL CHECK (tonnes_per_year > 0),
  PRIMARY KEY (project_id, material_id, stage_id, country_id)
);
