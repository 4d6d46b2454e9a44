-- A second factor for accounts that sign in with a password and can read requesters' identities
-- or change everyone's data (admin, access officer). The TOTP secret must be readable to check a
-- code, so it is kept as is; recovery codes are long and random, so their SHA-256 is enough.
CREATE TABLE totp_factors (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret text NOT NULL,
  enrolled_at timestamptz NOT NULL,
  -- The last time step accepted: a code is never accepted twice (RFC 6238 §5.2).
  last_step bigint NOT NULL
);

CREATE TABLE totp_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Between the password and the second factor: a short-lived, single-use challenge held by the
-- browser as a cookie (its SHA-256 here). For an enrolment it carries the secret being set up.
CREATE TABLE sign_in_challenges (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  pending_secret text,
  next_path text,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sign_in_challenges_expiry_idx ON sign_in_challenges (expires_at);
