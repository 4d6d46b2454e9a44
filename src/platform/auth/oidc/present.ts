import type { Role } from "../../policy/roles.ts";
import type { AccountRow, IdentityRow } from "./queries.ts";

/** An account on the administrators' accounts pages. */
export type AccountView = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  identities: number;
};

/** A linked government identity: the provider's subject and the address it had when linked. */
export type IdentityView = {
  id: string;
  provider: string;
  subject: string;
  emailAtLink: string;
  linkedAt: Date;
  lastUsedAt: Date;
};

export const presentAccount = (row: AccountRow): AccountView => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
  identities: row.identities,
});

export const presentIdentity = (row: IdentityRow): IdentityView => ({
  id: row.id,
  provider: row.provider,
  subject: row.subject,
  emailAtLink: row.email_at_link,
  linkedAt: row.linked_at,
  lastUsedAt: row.last_used_at,
});
