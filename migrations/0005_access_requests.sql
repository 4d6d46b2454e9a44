-- Access-to-information requests (Québec CQLR c. A-2.1, France CRPA): the register, the
-- requester's identity kept apart, the search log, the documents and their decisions, the
-- letters sent, and what was published in the disclosure log.

-- One counter per month of receipt: "INSERT … ON CONFLICT DO UPDATE … RETURNING" takes a row
-- lock, so two requests received in the same month never get the same number.
CREATE TABLE access_reference_counters (
  period text PRIMARY KEY CHECK (period ~ '^[0-9]{6}$'),
  last_number integer NOT NULL CHECK (last_number > 0)
);

CREATE TABLE access_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[0-9]{6}-[0-9]+$'),
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('qc', 'fr')),
  channel text NOT NULL CHECK (channel IN ('web', 'email', 'mail', 'in_person')),
  received_on date NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
  documents_sought text NOT NULL CHECK (length(documents_sought) BETWEEN 1 AND 5000),
  -- Language of the letters the requester receives.
  lang text NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en')),
  status text NOT NULL DEFAULT 'received' CHECK (status IN (
    'received', 'acknowledged', 'in_progress', 'extended', 'awaiting_third_party',
    'awaiting_clarification', 'decided', 'under_review', 'closed', 'withdrawn')),
  outcome text CHECK (outcome IN ('full', 'partial', 'refused', 'not_held', 'transferred')),
  -- The deadline in force: the statutory one, then the extended one after a notice.
  due_on date NOT NULL,
  extended_on date,
  decided_on date,
  -- The date the decision letter was sent; publication is due within 5 days of it.
  sent_on date,
  officer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Anonymised summary of the decision for the disclosure log (no requester identity).
  public_summary text,
  published_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'decided' OR status = 'under_review' OR status = 'closed') OR outcome IS NULL),
  CHECK (decided_on IS NULL OR decided_on >= received_on)
);
CREATE INDEX access_requests_due_idx ON access_requests (due_on) WHERE status NOT IN ('decided', 'under_review', 'closed', 'withdrawn');
CREATE INDEX access_requests_received_idx ON access_requests (received_on DESC);
CREATE INDEX access_requests_published_idx ON access_requests (published_on DESC) WHERE published_on IS NOT NULL;

-- Personal information: read only by access officers and administrators.
CREATE TABLE access_requesters (
  request_id uuid PRIMARY KEY REFERENCES access_requests (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text,
  postal_address text,
  phone text,
  CHECK (email IS NOT NULL OR postal_address IS NOT NULL)
);

CREATE TABLE access_status_history (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  on_date date NOT NULL,
  note text,
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_status_history_request_idx ON access_status_history (request_id, at);

-- The documented search: each unit consulted, when, and what it found.
CREATE TABLE access_search_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 200),
  searched_on date NOT NULL,
  result text NOT NULL CHECK (length(result) BETWEEN 1 AND 2000),
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_search_log_request_idx ON access_search_log (request_id, searched_on);

CREATE TABLE access_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  pages integer NOT NULL CHECK (pages > 0),
  content bytea NOT NULL,
  decision text NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accessible', 'partial', 'refused')),
  articles text[] NOT NULL DEFAULT '{}',
  -- The released version of a partially accessible document, with the redactions applied.
  redacted_content bytea,
  redactions jsonb NOT NULL DEFAULT '[]'::jsonb,
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (request_id, position),
  CHECK (decision <> 'partial' OR cardinality(articles) > 0),
  CHECK (decision <> 'refused' OR cardinality(articles) > 0)
);

-- Third parties consulted before deciding (Québec arts. 25 and 49).
CREATE TABLE access_third_party_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  document_id uuid REFERENCES access_documents (id) ON DELETE CASCADE,
  third_party text NOT NULL CHECK (length(third_party) BETWEEN 1 AND 200),
  sent_on date NOT NULL,
  answer_due_on date NOT NULL,
  answer text,
  answered_on date
);

-- Every letter as sent, so that what the requester received can be shown again unchanged.
CREATE TABLE access_letters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('acknowledgement', 'extension', 'decision', 'recourse')),
  lang text NOT NULL CHECK (lang IN ('fr', 'en')),
  sent_on date NOT NULL,
  pdf bytea NOT NULL,
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_letters_request_idx ON access_letters (request_id, at);
