-- Bilateral trade, summed per material: what each country imports of a material, and from whom
-- (the f_{i,c} of GeoPolRisk and the sourcing shares of the EU method). Filled from CEPII BACI
-- year files by src/criticality/datasets/baci/, one transaction per file.

-- One row per file imported, kept after newer imports replace its rows: the history of the data.
CREATE TABLE trade_flow_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The dataset as cited, e.g. 'BACI HS22 V202501', and its release ('V202501').
  source text NOT NULL,
  vintage text NOT NULL,
  years smallint[] NOT NULL,
  file_name text NOT NULL,
  file_bytes bigint NOT NULL CHECK (file_bytes >= 0),
  rows_read bigint NOT NULL CHECK (rows_read >= 0),
  rows_matched bigint NOT NULL CHECK (rows_matched >= 0),
  rows_malformed bigint NOT NULL CHECK (rows_malformed >= 0),
  -- The first malformed lines (number, reason, text), for whoever has to check the file.
  malformed_sample jsonb NOT NULL DEFAULT '[]'::jsonb,
  flows integer NOT NULL CHECK (flows >= 0),
  flows_replaced integer NOT NULL CHECK (flows_replaced >= 0),
  -- Reading and summing the file; the writing is in the same transaction as this row.
  read_ms integer NOT NULL CHECK (read_ms >= 0),
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trade_flow_imports_source_idx ON trade_flow_imports (source, imported_at DESC);

-- Country codes are BACI's: ISO 3166 numeric except a few (France 251, USA 842, India 699,
-- Norway 579, Switzerland 757) and some groupings ('Other Asia, nes' 490). The reference layer
-- maps them to countries; they are stored as the file gives them so that nothing is lost.
CREATE TABLE trade_flows (
  source text NOT NULL,
  year smallint NOT NULL,
  material_id text NOT NULL,
  importer_code smallint NOT NULL CHECK (importer_code BETWEEN 0 AND 999),
  exporter_code smallint NOT NULL CHECK (exporter_code BETWEEN 0 AND 999),
  -- Sums over the HS6 codes of the material; BACI gives three decimals, kept exactly.
  value_kusd numeric(18, 3) NOT NULL CHECK (value_kusd >= 0),
  -- NULL when no row gave a quantity; a lower bound when rows_without_quantity > 0.
  quantity_t numeric(18, 3) CHECK (quantity_t >= 0),
  row_count integer NOT NULL CHECK (row_count > 0),
  rows_without_quantity integer NOT NULL DEFAULT 0
    CHECK (rows_without_quantity BETWEEN 0 AND row_count),
  vintage text NOT NULL,
  import_id uuid NOT NULL REFERENCES trade_flow_imports (id),
  imported_at timestamptz NOT NULL,
  -- Leads with what every reading names: which data, which year, which material, who imports.
  PRIMARY KEY (source, year, material_id, importer_code, exporter_code)
);
CREATE INDEX trade_flows_import_idx ON trade_flows (import_id);
