-- Every commit that moves a data version tells the servers listening on the channel, so that a
-- server may keep the versions it read until a write (its own or another process's) moves them,
-- instead of reading them again for every page (src/platform/db/version-watch.ts). One
-- notification per statement; PostgreSQL folds identical ones of a transaction into one.
CREATE FUNCTION notify_data_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('alliage_data_versions', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER data_versions_notify
  AFTER INSERT OR UPDATE OR DELETE ON data_versions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_versions();

-- The public disclosure log is read from access_requests alone: its own counter lets the log's
-- pages be computed once per change, not once per reader.
INSERT INTO data_versions (area) VALUES ('disclosure') ON CONFLICT (area) DO NOTHING;
CREATE TRIGGER data_version_disclosure_access_requests
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON access_requests
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('disclosure');
