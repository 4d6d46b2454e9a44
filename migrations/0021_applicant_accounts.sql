-- Applicants create their own accounts (issue 16): the address is proven by a link sent to it
-- before the account may sign in, and every account with a password may reset it by e-mail.

-- When the address was proven. The default stamps every account that exists now, and every
-- account an administrator creates later (`alliage users create`: the administrator vouches for
-- the address and hands over the one-time password), so existing accounts count as verified and
-- one rule holds for every role; only self-service sign-up inserts NULL, and sign-in refuses NULL.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz DEFAULT now();

-- Single-use links sent by e-mail. Only the SHA-256 of the token is kept: a copy of the database
-- confirms no address and resets no password.
CREATE TABLE account_tokens (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

-- The mails an anonymous visitor asked for (sign-up, a new link, a reset), counted per client
-- address and per e-mail over a window so that nobody floods a mailbox or the outbox. The e-mail
-- is kept as its SHA-256: the count needs no address.
CREATE TABLE account_mail_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('sign_up', 'resend', 'reset')),
  email_hash text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX account_mail_requests_ip_idx ON account_mail_requests (ip, at);
CREATE INDEX account_mail_requests_email_idx ON account_mail_requests (email_hash, at);
