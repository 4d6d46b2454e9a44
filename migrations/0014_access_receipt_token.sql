-- The requester's receipt page is reached through an unguessable token carried by the link they
-- get, so that nobody can count requests per month and regime by trying references. Only the
-- token's SHA-256 is kept; requests filed before this migration have none (their receipt page
-- answers 404, and officers keep their register).
ALTER TABLE access_requests ADD COLUMN receipt_token_hash text;
