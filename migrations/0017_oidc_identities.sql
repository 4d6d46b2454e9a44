-- An official's government identity (an OpenID Connect provider's subject) linked to an existing
-- account: the first sign-in links by verified e-mail, later ones find the account by
-- (provider, subject) alone, since an address may change at the provider while the subject
-- does not. The address seen at link time is kept to show administrators why the link was made.
CREATE TABLE oidc_identities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider text NOT NULL,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  email_at_link text NOT NULL,
  linked_at timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL,
  UNIQUE (provider, subject)
);
CREATE INDEX oidc_identities_user_idx ON oidc_identities (user_id);
