-- Criticality reference tables (materials, countries, value-chain stages) and the observations
-- imported from the bundled public datasets. Reference rows are written by code
-- (src/criticality/reference/sync.ts) so that names and aliases can be corrected in a release
-- without a migration; observations by the importers (src/criticality/datasets/).

CREATE TABLE stages (
  id text PRIMARY KEY,
  position smallint NOT NULL UNIQUE,
  label_fr text NOT NULL,
  label_en text NOT NULL
);

CREATE TABLE materials (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  symbol text,
  -- REE for rare earths outside the EU's heavy/light split (scandium, the REE group itself).
  family text NOT NULL CHECK (family IN ('REE', 'HREE', 'LREE', 'PGM', 'other')),
  is_group boolean NOT NULL DEFAULT false
);

CREATE TABLE material_group_members (
  group_id text NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  member_id text NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, member_id),
  CHECK (group_id <> member_id)
);

-- Names as the sources write them (misspellings included), keyed by their normalised form.
CREATE TABLE material_aliases (
  alias_key text PRIMARY KEY,
  alias text NOT NULL,
  material_id text NOT NULL REFERENCES materials (id) ON DELETE CASCADE
);
CREATE INDEX material_aliases_material_idx ON material_aliases (material_id);

CREATE TABLE countries (
  id text PRIMARY KEY CHECK (id ~ '^[A-Z]{3}$'),
  alpha2 text NOT NULL UNIQUE CHECK (alpha2 ~ '^[A-Z]{2}$'),
  -- ISO numeric; none for Kosovo, which has no ISO 3166 code.
  numeric_code smallint UNIQUE,
  -- BACI (UN Comtrade) reporter code where it differs from ISO: 251 France, 842 USA, …
  baci_code smallint UNIQUE,
  -- official: ISO 3166-1; user-assigned: XK/XKX (Kosovo); withdrawn: ISO 3166-3 (ANT, SCG).
  iso_status text NOT NULL CHECK (iso_status IN ('official', 'user-assigned', 'withdrawn')),
  name_fr text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE country_aliases (
  alias_key text PRIMARY KEY,
  alias text NOT NULL,
  country_id text NOT NULL REFERENCES countries (id) ON DELETE CASCADE
);
CREATE INDEX country_aliases_country_idx ON country_aliases (country_id);

-- Codes that sources use instead of ISO alpha-3 (WGI: ADO, ROM, ZAR, TMP, WBG, KSV).
CREATE TABLE country_source_codes (
  source text NOT NULL,
  code text NOT NULL,
  country_id text NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
  PRIMARY KEY (source, code)
);

-- One row per import of a file: which kind of dataset, which vintage, which bytes.
-- An import replaces the rows of the same kind and vintage (ON DELETE CASCADE below).
CREATE TABLE datasets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  vintage text NOT NULL,
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  imported_at timestamptz NOT NULL DEFAULT now(),
  rows_read integer NOT NULL CHECK (rows_read >= 0),
  rows_stored integer NOT NULL CHECK (rows_stored >= 0),
  rows_skipped integer NOT NULL CHECK (rows_skipped >= 0),
  -- Skipped, repaired and flagged rows by reason, with their first line numbers.
  issues jsonb NOT NULL DEFAULT '[]'::jsonb,
  UNIQUE (kind, vintage)
);

-- Shared meaning of the observation columns below:
--   qualifier: withheld (USGS "W", value NULL), less_than ("<"), greater_than (">"),
--              net_exporter (USGS "E", value NULL), negligible (USGS "s": less than ½ unit or unquantified, value NULL);
--   estimated: the source marks the figure as an estimate;
--   source_line: the line of the file the value comes from (1 = header).

-- USGS world tables: production and capacity per stage, reserves (stage extraction).
CREATE TABLE country_statistics (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  source_line integer NOT NULL,
  measure text NOT NULL CHECK (measure IN ('production', 'capacity', 'reserves')),
  year smallint NOT NULL,
  material_id text NOT NULL REFERENCES materials (id),
  stage_id text NOT NULL REFERENCES stages (id),
  country_id text REFERENCES countries (id),
  country_in_source text NOT NULL,
  commodity_in_source text NOT NULL,
  detail text NOT NULL,
  is_world_total boolean NOT NULL DEFAULT false,
  is_other_countries boolean NOT NULL DEFAULT false,
  value double precision,
  unit text NOT NULL,
  qualifier text CHECK (qualifier IN ('withheld', 'less_than', 'greater_than', 'net_exporter', 'negligible')),
  estimated boolean NOT NULL DEFAULT false,
  PRIMARY KEY (dataset_id, source_line, measure, year),
  CHECK (value IS NOT NULL OR qualifier IS NOT NULL),
  CHECK (country_id IS NOT NULL OR is_world_total OR is_other_countries)
);
CREATE INDEX country_statistics_material_idx
  ON country_statistics (material_id, measure, stage_id, year);

CREATE TABLE us_net_import_reliance (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  source_line integer NOT NULL,
  material_id text NOT NULL REFERENCES materials (id),
  commodity_in_source text NOT NULL,
  detail text NOT NULL,
  year smallint NOT NULL,
  value_pct double precision,
  qualifier text CHECK (qualifier IN ('withheld', 'less_than', 'greater_than', 'net_exporter', 'negligible')),
  estimated boolean NOT NULL DEFAULT false,
  PRIMARY KEY (dataset_id, source_line),
  CHECK (value_pct IS NOT NULL OR qualifier IS NOT NULL)
);
CREATE INDEX us_net_import_reliance_material_idx ON us_net_import_reliance (material_id, year);

CREATE TABLE us_import_sources (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  source_line integer NOT NULL,
  material_id text NOT NULL REFERENCES materials (id),
  commodity_in_source text NOT NULL,
  detail text NOT NULL,
  country_id text REFERENCES countries (id),
  country_in_source text NOT NULL,
  is_other_countries boolean NOT NULL DEFAULT false,
  period_start smallint NOT NULL,
  period_end smallint NOT NULL,
  share_pct double precision,
  qualifier text CHECK (qualifier IN ('withheld', 'less_than', 'greater_than', 'net_exporter', 'negligible')),
  PRIMARY KEY (dataset_id, source_line),
  CHECK (country_id IS NOT NULL OR is_other_countries),
  CHECK (share_pct IS NOT NULL OR qualifier IS NOT NULL)
);
CREATE INDEX us_import_sources_material_idx ON us_import_sources (material_id);

CREATE TABLE wgi_scores (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  country_id text NOT NULL REFERENCES countries (id),
  indicator text NOT NULL CHECK (indicator IN ('VA', 'PV', 'GE', 'RQ', 'RL', 'CC')),
  year smallint NOT NULL,
  estimate double precision NOT NULL,
  std_error double precision,
  code_in_source text NOT NULL,
  source_line integer NOT NULL,
  -- No secondary index: 30,000 rows a vintage, and each one costs the import time on PGlite.
  PRIMARY KEY (dataset_id, country_id, indicator, year)
);

-- The EU assessment's published results, one row per material (groups included).
CREATE TABLE eu_assessment_results (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  material_id text NOT NULL REFERENCES materials (id),
  name_in_source text NOT NULL,
  supply_risk double precision,
  economic_importance double precision,
  -- The stage whose SR is the material's (the bottleneck).
  sr_stage_id text REFERENCES stages (id),
  stages_assessed text CHECK (stages_assessed IN ('E', 'P', 'E+P')),
  scope_extraction text CHECK (scope_extraction IN ('GS+EU', 'GSonly', 'EUonly')),
  sr_extraction double precision,
  scope_processing text CHECK (scope_processing IN ('GS+EU', 'GSonly', 'EUonly')),
  sr_processing double precision,
  si_ei double precision,
  si_sr double precision,
  ir_extraction_pct double precision,
  ir_processing_pct double precision,
  eol_rir_pct double precision,
  source_line integer NOT NULL,
  PRIMARY KEY (dataset_id, material_id)
);

-- Trade-related parameter t of HHI_WGI,t; scope GS = global supply, EU = EU sourcing.
CREATE TABLE eu_trade_parameters (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  material_id text NOT NULL REFERENCES materials (id),
  country_id text NOT NULL REFERENCES countries (id),
  stage_id text NOT NULL REFERENCES stages (id),
  scope text NOT NULL CHECK (scope IN ('GS', 'EU')),
  t double precision NOT NULL CHECK (t > 0),
  name_in_source text NOT NULL,
  country_in_source text NOT NULL,
  source_line integer NOT NULL,
  PRIMARY KEY (dataset_id, material_id, country_id, stage_id, scope)
);

CREATE TABLE material_hs_codes (
  dataset_id uuid NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  source_line integer NOT NULL,
  material_id text NOT NULL REFERENCES materials (id),
  name_in_source text NOT NULL,
  stage_id text REFERENCES stages (id),
  symbol text,
  category text,
  -- End-of-life recycling input rate as a fraction 0–1.
  eol_rir double precision CHECK (eol_rir BETWEEN 0 AND 1),
  hs_codes text[] NOT NULL,
  complementary_hs_codes text[] NOT NULL,
  PRIMARY KEY (dataset_id, source_line)
);
CREATE INDEX material_hs_codes_material_idx ON material_hs_codes (material_id);

-- A list is the vintage of an 'official-list' dataset: qc-2020, eu-2024-annex-ii, us-2025…
CREATE TABLE official_lists (
  id text PRIMARY KEY CHECK (id ~ '^[a-z]{2}-[0-9]{4}(-[a-z0-9-]+)?$'),
  dataset_id uuid NOT NULL UNIQUE REFERENCES datasets (id) ON DELETE CASCADE,
  jurisdiction text NOT NULL CHECK (jurisdiction ~ '^[a-z]{2}$'),
  edition smallint NOT NULL
);

CREATE TABLE official_list_members (
  list_id text NOT NULL REFERENCES official_lists (id) ON DELETE CASCADE,
  material_id text NOT NULL REFERENCES materials (id),
  name_in_source text NOT NULL,
  -- The list's own word for the entry: "critique"/"stratégique" (Québec), "thresholds"/
  -- "strategic" (why the EU lists it).
  category text,
  -- true/false where the list says critical or strategic; NULL where it does not.
  strategic boolean,
  source_line integer NOT NULL,
  PRIMARY KEY (list_id, material_id)
);
CREATE INDEX official_list_members_material_idx ON official_list_members (material_id);
