-- Joint calls for projects (lines of action 2.1 and 4.4): the call, its rules, the documents to
-- attach and its evaluation grid. Applicants are users with the role 'applicant'.

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'member-qc', 'member-fr', 'access-officer', 'reviewer', 'applicant'));

CREATE TABLE calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Public code, e.g. AAP-2026-01; an application's receipt number extends it (AAP-2026-01-0007).
  code text NOT NULL UNIQUE CHECK (code ~ '^AAP-[0-9]{4}-[0-9]{2}$'),
  title_fr text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  text_fr text NOT NULL DEFAULT '' CHECK (length(text_fr) <= 20000),
  text_en text NOT NULL DEFAULT '' CHECK (length(text_en) <= 20000),
  -- 'draft': only officials see it; 'published': public from then on (open, upcoming or closed
  -- follows from the clock and the dates below).
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  -- The IANA zone the dates were set in (America/Toronto, Europe/Paris); pages show both.
  time_zone text NOT NULL,
  -- Envelopes in each party's own currency, in integer cents: Québec in CAD, France in EUR.
  envelope_qc_cents bigint NOT NULL CHECK (envelope_qc_cents >= 0),
  envelope_fr_cents bigint NOT NULL CHECK (envelope_fr_cents >= 0),
  -- Rules. Each party funds its own side's partners (the ERA-NET practice): the most a project
  -- may ask of each party, and the largest share of its side's budget a party pays.
  max_funding_qc_cents bigint NOT NULL CHECK (max_funding_qc_cents > 0),
  max_funding_fr_cents bigint NOT NULL CHECK (max_funding_fr_cents > 0),
  cofinancing_rate_pct numeric(5, 2) NOT NULL CHECK (cofinancing_rate_pct > 0 AND cofinancing_rate_pct <= 100),
  min_partners_per_party integer NOT NULL DEFAULT 1 CHECK (min_partners_per_party >= 1),
  eligible_activities_fr text NOT NULL DEFAULT '' CHECK (length(eligible_activities_fr) <= 5000),
  eligible_activities_en text NOT NULL DEFAULT '' CHECK (length(eligible_activities_en) <= 5000),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_at > opens_at)
);

-- The documents an application attaches (a budget justification, letters of support…).
CREATE TABLE call_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  label_fr text NOT NULL CHECK (length(label_fr) BETWEEN 1 AND 300),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
  required boolean NOT NULL DEFAULT true,
  position integer NOT NULL
);
CREATE INDEX call_documents_call_idx ON call_documents (call_id, position);

-- The evaluation grid: yes/no eligibility criteria, and weighted criteria scored 0 to 5.
CREATE TABLE call_criteria (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('eligibility', 'scored')),
  label_fr text NOT NULL CHECK (length(label_fr) BETWEEN 1 AND 300),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
  guidance_fr text NOT NULL DEFAULT '' CHECK (length(guidance_fr) <= 3000),
  guidance_en text NOT NULL DEFAULT '' CHECK (length(guidance_en) <= 3000),
  weight numeric(6, 2) CHECK (weight > 0),
  position integer NOT NULL,
  CHECK ((kind = 'scored') = (weight IS NOT NULL))
);
CREATE INDEX call_criteria_call_idx ON call_criteria (call_id, position);

-- One counter per year of call codes (AAP-YYYY-NN): "INSERT … ON CONFLICT DO UPDATE … RETURNING"
-- locks the year's row, so calls created at the same moment never share a code.
CREATE TABLE call_code_counters (
  year smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
  last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 99)
);

-- The declaration page counts the published calls of each line of action: publishing one (or
-- editing a published one) changes what that cached page shows.
CREATE TRIGGER data_version_declaration_calls AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calls
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('declaration');
