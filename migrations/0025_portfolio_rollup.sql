-- The portfolio summary must be recomputed in under 100 ms at 10,000 projects and 100,000
-- financing lines (issue 17): summing every line at each recomputation took 120-220 ms. Three
-- rollups of the lines are therefore kept, changed in the same transaction as the rows they sum
-- by the triggers below:
-- - by project, currency and line confidentiality: the project dimension (a few rows a project);
-- - by funding party, year of commitment and project kind: the party, year and kind dimensions;
-- - by line of action: that dimension (a line counts once in each line of its project).
-- Every key keeps the line's confidentiality, and the last two the project's confidentiality
-- and publication as well, so that the reader applies the lines' own visibility rule to them.
-- `lines` counts the lines summed: a key whose lines are all gone stays, at 0, and is skipped.
--
-- The rollups are derived data, kept in their own schema: backups copy the public schema only,
-- so a restore (alliage db restore, or psql) never loads sums apart from their lines; it empties
-- the lines, which empties the rollups, and every line it loads adds itself again.
--
-- The triggers add what a statement brings and subtract what it takes away (summing a key again
-- would cost a scan of its lines). A line written while its project changes kind, confidentiality
-- or publication, or while a link of its project changes, would be filed from a stale view of the
-- other: every trigger locks the project's row first, so one waits for the other to commit and
-- then sees what it wrote.
CREATE SCHEMA derived;

CREATE TABLE derived.financing_by_project (
  project_id uuid NOT NULL,
  currency text NOT NULL,
  confidential_to text,
  lines bigint NOT NULL,
  committed numeric NOT NULL,
  disbursed numeric NOT NULL,
  UNIQUE NULLS NOT DISTINCT (project_id, currency, confidential_to)
);

CREATE TABLE derived.financing_by_party_year_kind (
  party text NOT NULL,
  year integer NOT NULL,
  kind text NOT NULL,
  currency text NOT NULL,
  confidential_to text,
  project_confidential_to text,
  project_published boolean NOT NULL,
  lines bigint NOT NULL,
  committed numeric NOT NULL,
  disbursed numeric NOT NULL,
  UNIQUE NULLS NOT DISTINCT (party, year, kind, currency, confidential_to,
    project_confidential_to, project_published)
);

CREATE TABLE derived.financing_by_action_line (
  action_line_code text NOT NULL,
  currency text NOT NULL,
  confidential_to text,
  project_confidential_to text,
  project_published boolean NOT NULL,
  lines bigint NOT NULL,
  committed numeric NOT NULL,
  disbursed numeric NOT NULL,
  UNIQUE NULLS NOT DISTINCT (action_line_code, currency, confidential_to,
    project_confidential_to, project_published)
);

-- Adding signed sums to a rollup: each trigger computes them, these add them.
CREATE FUNCTION derived.add_by_project(d derived.financing_by_project[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO derived.financing_by_project AS r SELECT * FROM unnest(d)
  ON CONFLICT (project_id, currency, confidential_to) DO UPDATE
    SET lines = r.lines + excluded.lines, committed = r.committed + excluded.committed,
        disbursed = r.disbursed + excluded.disbursed
$$;

CREATE FUNCTION derived.add_by_party_year_kind(d derived.financing_by_party_year_kind[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO derived.financing_by_party_year_kind AS r SELECT * FROM unnest(d)
  ON CONFLICT (party, year, kind, currency, confidential_to, project_confidential_to,
               project_published) DO UPDATE
    SET lines = r.lines + excluded.lines, committed = r.committed + excluded.committed,
        disbursed = r.disbursed + excluded.disbursed
$$;

CREATE FUNCTION derived.add_by_action_line(d derived.financing_by_action_line[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO derived.financing_by_action_line AS r SELECT * FROM unnest(d)
  ON CONFLICT (action_line_code, currency, confidential_to, project_confidential_to,
               project_published) DO UPDATE
    SET lines = r.lines + excluded.lines, committed = r.committed + excluded.committed,
        disbursed = r.disbursed + excluded.disbursed
$$;

-- The rows of a statement's transition tables, +1 for the new and -1 for the old: each table
-- exists only in the triggers of its own events, so the query names only those.
CREATE FUNCTION derived.signed_rows(op text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM changed_new n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM changed_old o'
    ELSE 'SELECT n.*, 1 AS sign FROM changed_new n UNION ALL SELECT o.*, -1 FROM changed_old o'
  END
$$;

-- Lines added, changed or removed.
CREATE FUNCTION derived.financing_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM derived.financing_by_project;
    DELETE FROM derived.financing_by_party_year_kind;
    DELETE FROM derived.financing_by_action_line;
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    WITH c AS (%s),
    p AS (
      SELECT id, kind, confidential_to, published FROM projects
      WHERE id IN (SELECT project_id FROM c) FOR NO KEY UPDATE
    )
    SELECT
      derived.add_by_project(ARRAY(
        SELECT g::derived.financing_by_project FROM (
          SELECT project_id, currency, confidential_to,
            sum(sign), sum(sign * amount_cents), sum(sign * disbursed_cents)
          FROM c GROUP BY project_id, currency, confidential_to) g)),
      -- A line removed with its project finds no project here: the project's own trigger has
      -- already taken it away.
      derived.add_by_party_year_kind(ARRAY(
        SELECT g::derived.financing_by_party_year_kind FROM (
          SELECT c.party, date_part('year', c.committed_on)::int, p.kind, c.currency,
            c.confidential_to, p.confidential_to, p.published,
            sum(sign), sum(sign * c.amount_cents), sum(sign * c.disbursed_cents)
          FROM c JOIN p ON p.id = c.project_id
          GROUP BY 1, 2, 3, 4, 5, 6, 7) g)),
      derived.add_by_action_line(ARRAY(
        SELECT g::derived.financing_by_action_line FROM (
          SELECT k.action_line_code, c.currency, c.confidential_to, p.confidential_to,
            p.published, sum(sign), sum(sign * c.amount_cents), sum(sign * c.disbursed_cents)
          FROM c JOIN p ON p.id = c.project_id
          JOIN action_line_links k
            ON k.subject_type = 'Project' AND k.subject_id = p.id::text
          GROUP BY 1, 2, 3, 4, 5) g))
  $sql$, derived.signed_rows(TG_OP));
  RETURN NULL;
END;
$$;

CREATE TRIGGER financing_rollup_inserted AFTER INSERT ON financing_commitments
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_lines_changed();
CREATE TRIGGER financing_rollup_updated AFTER UPDATE ON financing_commitments
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_lines_changed();
CREATE TRIGGER financing_rollup_deleted AFTER DELETE ON financing_commitments
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_lines_changed();
CREATE TRIGGER financing_rollup_truncated AFTER TRUNCATE ON financing_commitments
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_lines_changed();

-- A project changing kind, confidentiality or publication moves its lines from one key to
-- another; a project deleted takes them away before the cascade deletes them.
CREATE FUNCTION derived.financing_project_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM derived.add_by_party_year_kind(ARRAY(
    SELECT g::derived.financing_by_party_year_kind FROM (
      SELECT f.party, date_part('year', f.committed_on)::int, s.kind, f.currency,
        f.confidential_to, s.confidential_to, s.published,
        sum(s.sign), sum(s.sign * f.amount_cents), sum(s.sign * f.disbursed_cents)
      FROM financing_commitments f,
        (SELECT OLD.kind, OLD.confidential_to, OLD.published, -1
         UNION ALL
         SELECT NEW.kind, NEW.confidential_to, NEW.published, 1 WHERE TG_OP = 'UPDATE')
          AS s (kind, confidential_to, published, sign)
      WHERE f.project_id = OLD.id
      GROUP BY 1, 2, 3, 4, 5, 6, 7) g));
  PERFORM derived.add_by_action_line(ARRAY(
    SELECT g::derived.financing_by_action_line FROM (
      SELECT k.action_line_code, f.currency, f.confidential_to, s.confidential_to, s.published,
        sum(s.sign), sum(s.sign * f.amount_cents), sum(s.sign * f.disbursed_cents)
      FROM financing_commitments f
      JOIN action_line_links k ON k.subject_type = 'Project' AND k.subject_id = OLD.id::text,
        (SELECT OLD.confidential_to, OLD.published, -1
         UNION ALL
         SELECT NEW.confidential_to, NEW.published, 1 WHERE TG_OP = 'UPDATE')
          AS s (confidential_to, published, sign)
      WHERE f.project_id = OLD.id
      GROUP BY 1, 2, 3, 4, 5) g));
  RETURN OLD;
END;
$$;

CREATE TRIGGER financing_rollup_project_updated
  AFTER UPDATE OF kind, confidential_to, published ON projects FOR EACH ROW
  WHEN (OLD.kind IS DISTINCT FROM NEW.kind
        OR OLD.confidential_to IS DISTINCT FROM NEW.confidential_to
        OR OLD.published IS DISTINCT FROM NEW.published)
  EXECUTE FUNCTION derived.financing_project_changed();
CREATE TRIGGER financing_rollup_project_deleted BEFORE DELETE ON projects
  FOR EACH ROW EXECUTE FUNCTION derived.financing_project_changed();

-- A project linked to a line of action, or unlinked: its lines are added to it, or taken away.
-- Links are compared as text, as the summary always did: only a canonical uuid can equal a
-- project's id, and only it is cast, so that no other subject_id can make a write fail.
CREATE FUNCTION derived.financing_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM derived.financing_by_action_line;
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    WITH k AS (
      SELECT action_line_code, sign,
        CASE WHEN subject_type = 'Project'
          AND subject_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
          THEN subject_id::uuid END AS project_id
      FROM (%s) l
    ),
    p AS (
      SELECT id, confidential_to, published FROM projects
      WHERE id IN (SELECT project_id FROM k) FOR NO KEY UPDATE
    )
    SELECT derived.add_by_action_line(ARRAY(
      SELECT g::derived.financing_by_action_line FROM (
        SELECT k.action_line_code, f.currency, f.confidential_to, p.confidential_to,
          p.published, sum(sign), sum(sign * f.amount_cents), sum(sign * f.disbursed_cents)
        FROM k JOIN p ON p.id = k.project_id JOIN financing_commitments f ON f.project_id = p.id
        GROUP BY 1, 2, 3, 4, 5) g))
  $sql$, derived.signed_rows(TG_OP));
  RETURN NULL;
END;
$$;

CREATE TRIGGER financing_rollup_links_inserted AFTER INSERT ON action_line_links
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_links_changed();
CREATE TRIGGER financing_rollup_links_updated AFTER UPDATE ON action_line_links
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_links_changed();
CREATE TRIGGER financing_rollup_links_deleted AFTER DELETE ON action_line_links
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_links_changed();
CREATE TRIGGER financing_rollup_links_truncated AFTER TRUNCATE ON action_line_links
  FOR EACH STATEMENT EXECUTE FUNCTION derived.financing_links_changed();

-- The lines already there.
INSERT INTO derived.financing_by_project
SELECT project_id, currency, confidential_to, count(*), sum(amount_cents), sum(disbursed_cents)
FROM financing_commitments GROUP BY 1, 2, 3;

INSERT INTO derived.financing_by_party_year_kind
SELECT f.party, date_part('year', f.committed_on)::int, p.kind, f.currency, f.confidential_to,
  p.confidential_to, p.published, count(*), sum(f.amount_cents), sum(f.disbursed_cents)
FROM financing_commitments f JOIN projects p ON p.id = f.project_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO derived.financing_by_action_line
SELECT k.action_line_code, f.currency, f.confidential_to, p.confidential_to, p.published,
  count(*), sum(f.amount_cents), sum(f.disbursed_cents)
FROM financing_commitments f JOIN projects p ON p.id = f.project_id
JOIN action_line_links k ON k.subject_type = 'Project' AND k.subject_id = p.id::text
GROUP BY 1, 2, 3, 4, 5;
