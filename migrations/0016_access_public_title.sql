-- What the public is told a disclosure is about: the requester's own subject line is often
-- « Demande d'accès à l'information », which says nothing. Set by the officer, used by the
-- disclosure log, its page and the API; where it is missing they fall back to the subject.
ALTER TABLE access_requests ADD COLUMN public_title_fr text, ADD COLUMN public_title_en text;
