import { diffFields } from "../../platform/audit/changes.ts";
import { type CommandTools, type Performer, runCommand } from "../../platform/audit/commands.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import { findOrganisation } from "./queries.ts";
import type { OrganisationInput } from "./schema.ts";

async function assertNameFree(tx: Queryable, name: string, exceptId: string | null) {
  const [clash] = await tx.query(
    "SELECT 1 FROM organisations WHERE lower(name) = lower($1) AND id::text IS DISTINCT FROM $2",
    [name, exceptId],
  );
  if (clash) throw fail("organisation_name_taken", { name });
}

const columnsOf = (input: OrganisationInput) => ({
  name: input.name,
  acronym: input.acronym ?? null,
  party: input.party,
  kind: input.kind,
  identifiers: input.identifiers,
  website: input.website ?? null,
});

export function createOrganisation(
  db: Db,
  performer: Performer,
  input: OrganisationInput,
): Promise<{ id: string }> {
  return runCommand(db, performer, "cooperation.organisation.create", (tools) =>
    createOrganisationWith(tools, input),
  );
}

/**
 * The creation of an organisation inside a caller's command: a call's finalisation creates the
 * partners of its funded projects this way, in its one transaction.
 */
export async function createOrganisationWith(
  { tx, audit }: CommandTools,
  input: OrganisationInput,
): Promise<{ id: string }> {
  // Two creations at once: the unique index refuses the second even if both passed this check.
  await assertNameFree(tx, input.name, null);
  const cols = columnsOf(input);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO organisations (name, acronym, party, kind, identifiers, website)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      cols.name,
      cols.acronym,
      cols.party,
      cols.kind,
      JSON.stringify(cols.identifiers),
      cols.website,
    ],
  );
  const id = (row as { id: string }).id;
  await audit({ subjectType: "Organisation", subjectId: id, changes: diffFields(null, cols) });
  return { id };
}

export function updateOrganisation(
  db: Db,
  performer: Performer,
  id: string,
  input: OrganisationInput,
): Promise<void> {
  return runCommand(db, performer, "cooperation.organisation.update", async ({ tx, audit }) => {
    const [locked] = await tx.query("SELECT 1 FROM organisations WHERE id::text = $1 FOR UPDATE", [
      id,
    ]);
    const current = locked ? await findOrganisation(tx, id) : null;
    if (!current) throw fail("organisation_unknown");
    await assertNameFree(tx, input.name, id);
    const cols = columnsOf(input);
    await tx.query(
      `UPDATE organisations SET name = $2, acronym = $3, party = $4, kind = $5, identifiers = $6,
         website = $7, updated_at = now() WHERE id = $1`,
      [
        id,
        cols.name,
        cols.acronym,
        cols.party,
        cols.kind,
        JSON.stringify(cols.identifiers),
        cols.website,
      ],
    );
    const { id: _id, projects: _p, ...before } = current;
    await audit({ subjectType: "Organisation", subjectId: id, changes: diffFields(before, cols) });
  });
}
