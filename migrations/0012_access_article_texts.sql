-- The wording of the sections that decisions rely on, entered by administrators from the
-- official text with its source, so that decision letters can quote them (A-2.1 art. 50–51).
CREATE TABLE access_article_texts (
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('qc', 'fr')),
  -- Normalised label as officers type it in decisions: "art. 53".
  article text NOT NULL CHECK (article ~ '^art\. [0-9]+(\.[0-9]+)?[a-z]?$'),
  text_fr text NOT NULL CHECK (length(text_fr) BETWEEN 1 AND 5000),
  text_en text CHECK (length(text_en) <= 5000),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction, article)
);
