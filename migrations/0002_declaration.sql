-- The Declaration of Intent (Québec–French Republic, 22 November 2023): its parties, signatories,
-- priorities and lines of action, and the links other areas make to those lines.
-- Rows come from data/declaration/declaration.json (src/declaration/seed.ts).

CREATE TABLE parties (
  code text PRIMARY KEY CHECK (code IN ('qc', 'fr')),
  -- The order the declaration names them in; both are shown as equals. Orders are checked
  -- at commit so that the seed can renumber rows one by one.
  position smallint NOT NULL UNIQUE DEFERRABLE INITIALLY DEFERRED,
  name_fr text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE institutions (
  code text PRIMARY KEY,
  party_code text NOT NULL REFERENCES parties (code),
  acronym text NOT NULL,
  name_fr text NOT NULL,
  name_en text NOT NULL,
  -- The French delegate's office belongs to the Prime Minister's services, as the signature
  -- block says; the Québec ministry stands on its own.
  attached_to_fr text,
  attached_to_en text,
  CHECK ((attached_to_fr IS NULL) = (attached_to_en IS NULL))
);

CREATE TABLE declarations (
  id text PRIMARY KEY,
  title_fr text NOT NULL,
  title_en text NOT NULL,
  place text NOT NULL,
  signed_on date NOT NULL,
  copies smallint NOT NULL CHECK (copies > 0),
  preamble_fr text[] NOT NULL,
  preamble_en text[] NOT NULL,
  commitment_fr text NOT NULL,
  commitment_en text NOT NULL,
  -- The signed text is French; the English is the project's own translation.
  en_official boolean NOT NULL DEFAULT false,
  source_access_request text NOT NULL,
  source_decision_on date NOT NULL,
  source_released_by text NOT NULL REFERENCES institutions (code),
  CHECK (cardinality(preamble_fr) = cardinality(preamble_en))
);

CREATE TABLE signatories (
  id text PRIMARY KEY,
  declaration_id text NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
  party_code text NOT NULL REFERENCES parties (code),
  institution_code text NOT NULL REFERENCES institutions (code),
  position smallint NOT NULL,
  name text NOT NULL,
  title_fr text NOT NULL,
  title_en text NOT NULL,
  UNIQUE (declaration_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE priorities (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]+$'),
  declaration_id text NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  title_fr text NOT NULL,
  title_en text NOT NULL,
  UNIQUE (declaration_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE action_lines (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]+\.[0-9]+$'),
  priority_code text NOT NULL REFERENCES priorities (code) ON DELETE CASCADE,
  position smallint NOT NULL,
  text_fr text NOT NULL,
  text_en text NOT NULL,
  summary_fr text,
  summary_en text,
  UNIQUE (priority_code, position) DEFERRABLE INITIALLY DEFERRED,
  CHECK (split_part(code, '.', 1) = priority_code)
);

-- Any area (projects, events, documents…) attaches its items to lines of action here, so the
-- declaration can show how much each line has given rise to without knowing those areas.
-- subject_type is the policy subject name of the item (e.g. 'Project'), subject_id its id.
CREATE TABLE action_line_links (
  action_line_code text NOT NULL REFERENCES action_lines (code) ON DELETE CASCADE,
  subject_type text NOT NULL CHECK (length(subject_type) BETWEEN 1 AND 100),
  subject_id text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (action_line_code, subject_type, subject_id)
);
-- An item's own page lists the lines it is attached to.
CREATE INDEX action_line_links_subject_idx ON action_line_links (subject_type, subject_id);
