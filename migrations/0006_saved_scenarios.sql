-- Criticality scenarios saved by members of either party, so that Québec and France can look at
-- the same computation. The result is the server's own computation at saving time, kept as it
-- was: the data it used may be replaced by newer vintages later, which `vintages` makes visible.

CREATE TABLE saved_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  note text CHECK (length(note) <= 2000),
  -- No foreign key: reference rows are rewritten by code (src/criticality/reference/sync.ts).
  material_id text NOT NULL,
  -- [{kind, country, stage, value}], as the calculator and the API take them.
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
  -- Before/after HHI, SR, criticality and deltas: the API's CriticalityScenarioResult.
  result jsonb NOT NULL,
  -- {production: [{stage, year, vintage}], wgi, eu}: which data the result came from.
  vintages jsonb NOT NULL,
  -- Kept when the account goes: the scenario stays, its author is then shown as unknown.
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The party the author spoke for when saving (from the role), not looked up later.
  author_party text NOT NULL CHECK (author_party IN ('qc', 'fr', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX saved_scenarios_created_idx ON saved_scenarios (created_at DESC, id);
CREATE INDEX saved_scenarios_author_idx ON saved_scenarios (author_id);
