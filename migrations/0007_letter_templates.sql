-- Letter templates changed by administrators. A letter uses the row for its kind, jurisdiction
-- and language when there is one, else the template shipped in src/access/letters/templates/.
-- One current row per key; earlier versions are in the audit log (letter_template.save).

CREATE TABLE letter_templates (
  kind text NOT NULL CHECK (kind IN ('acknowledgement', 'extension', 'decision', 'recourse')),
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('qc', 'fr')),
  lang text NOT NULL CHECK (lang IN ('fr', 'en')),
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (kind, jurisdiction, lang),
  -- France has no extension notice: the CRPA's one-month deadline cannot be extended.
  CHECK (NOT (kind = 'extension' AND jurisdiction = 'fr'))
);
