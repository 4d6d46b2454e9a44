-- One counter per year of project codes (P-YYYY-NNN): "INSERT … ON CONFLICT DO UPDATE …
-- RETURNING" locks the year's row, so projects created at the same moment never share a code.
CREATE TABLE project_code_counters (
  year smallint PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
  last_number integer NOT NULL CHECK (last_number > 0)
);
