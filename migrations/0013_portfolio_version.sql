-- A counter bumped by every statement that changes what the portfolio summary reads, so that a
-- summary computed once can be served again until the data change (src/cooperation/financing/
-- summary-cache.ts). Statement-level triggers: one bump per statement, whatever its row count.
CREATE TABLE portfolio_data_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO portfolio_data_version (id, version) VALUES (true, 0);

CREATE FUNCTION portfolio_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE portfolio_data_version SET version = version + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER portfolio_version_commitments AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON financing_commitments FOR EACH STATEMENT EXECUTE FUNCTION portfolio_data_changed();
CREATE TRIGGER portfolio_version_disbursements AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON financing_disbursements FOR EACH STATEMENT EXECUTE FUNCTION portfolio_data_changed();
CREATE TRIGGER portfolio_version_projects AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON projects FOR EACH STATEMENT EXECUTE FUNCTION portfolio_data_changed();
CREATE TRIGGER portfolio_version_links AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON action_line_links FOR EACH STATEMENT EXECUTE FUNCTION portfolio_data_changed();
CREATE TRIGGER portfolio_version_rates AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON exchange_rates FOR EACH STATEMENT EXECUTE FUNCTION portfolio_data_changed();
