import type { ApiTokenRow } from "./queries.ts";

/** An API token as its owner's account page lists it: never the secret, only its first letters. */
export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revoked: boolean;
};

export const presentApiToken = (row: ApiTokenRow): ApiTokenView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  revoked: row.revoked_at !== null,
});
