-- One counter per area of data that pages compute from (the declaration, the criticality
-- reference data, the co-financing portfolio): every statement that writes one of the area's
-- tables bumps it, so that what a page computed from them can be served again until they change
-- (src/platform/db/versioned-cache.ts). Statement-level triggers: one bump per statement,
-- whatever its row count. The portfolio's own counter of migration 0013 becomes one of them.
CREATE TABLE data_versions (
  area text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO data_versions (area) VALUES ('declaration'), ('criticality'), ('portfolio');

DROP TRIGGER portfolio_version_commitments ON financing_commitments;
DROP TRIGGER portfolio_version_disbursements ON financing_disbursements;
DROP TRIGGER portfolio_version_projects ON projects;
DROP TRIGGER portfolio_version_links ON action_line_links;
DROP TRIGGER portfolio_version_rates ON exchange_rates;
DROP FUNCTION portfolio_data_changed();
DROP TABLE portfolio_data_version;

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A restore runs one statement per row and moves every version once, at its end.
  IF current_setting('alliage.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE data_versions SET version = version + 1 WHERE area = TG_ARGV[0];
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT * FROM (VALUES
      ('declaration', 'parties'), ('declaration', 'institutions'),
      ('declaration', 'declarations'), ('declaration', 'signatories'),
      ('declaration', 'priorities'), ('declaration', 'action_lines'),
      ('declaration', 'action_line_links'),
      ('criticality', 'stages'), ('criticality', 'materials'),
      ('criticality', 'material_group_members'), ('criticality', 'material_aliases'),
      ('criticality', 'countries'), ('criticality', 'country_aliases'),
      ('criticality', 'country_source_codes'), ('criticality', 'datasets'),
      ('criticality', 'country_statistics'), ('criticality', 'us_net_import_reliance'),
      ('criticality', 'us_import_sources'), ('criticality', 'wgi_scores'),
      ('criticality', 'eu_assessment_results'), ('criticality', 'eu_trade_parameters'),
      ('criticality', 'material_hs_codes'), ('criticality', 'official_lists'),
      ('criticality', 'official_list_members'), ('criticality', 'trade_flow_imports'),
      ('criticality', 'trade_flows'),
      ('portfolio', 'financing_commitments'), ('portfolio', 'financing_disbursements'),
      ('portfolio', 'projects'), ('portfolio', 'action_line_links'),
      ('portfolio', 'exchange_rates')
    ) AS v(area, tbl)
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(%L)',
      'data_version_' || t.area || '_' || t.tbl, t.tbl, t.area);
  END LOOP;
END;
$$;
