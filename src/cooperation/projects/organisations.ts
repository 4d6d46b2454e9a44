import { z } from "zod";
import { diffFields } from "../../platform/audit/changes.ts";
import { type Performer, runCommand } from "../../platform/audit/command.ts";
import type { Db, Queryable } from "../../platform/db/client.ts";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import { type Visibility, visibleSql } from "../visibility.ts";
import { optionalText, text } from "./input-helpers.ts";
import {
  ORGANISATION_KINDS,
  ORGANISATION_PARTIES,
  type OrganisationKind,
  type OrganisationParty,
} from "./labels.ts";

export type OrganisationRow = {
  id: string;
  name: string;
  acronym: string | null;
  party: OrganisationParty;
  kind: OrganisationKind;
  identifiers: Record<string, string>;
  website: string | null;
  projects: number;
};

/**
 * Identifiers typed one per line as "scheme: value" (NEQ, SIREN, ROR…), or a JSON object from
 * the API.
 */
const identifiers = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? {};
    const entries = v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(":");
        return at > 0 ? [line.slice(0, at).trim(), line.slice(at + 1).trim()] : ["", line];
      });
    return Object.fromEntries(entries);
  },
  z
    .record(z.string().min(1).max(40), z.string().min(1).max(200))
    .refine((r) => Object.keys(r).length <= 20),
);

const schema = z.object({
  name: text(300),
  acronym: optionalText(40),
  party: z.enum(ORGANISATION_PARTIES),
  kind: z.enum(ORGANISATION_KINDS),
  identifiers,
  website: optionalText(500).pipe(z.url({ protocol: /^https?$/ }).optional()),
});

export type OrganisationInput = z.output<typeof schema>;

export function parseOrganisationInput(raw: Record<string, unknown>): OrganisationInput {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: FieldErrors = fieldErrorsFrom(result.error.issues);
  for (const key of Object.keys(fields)) {
    if (key.startsWith("identifiers")) {
      delete fields[key];
      fields.identifiers = {
        fr: "Une ligne par identifiant, sous la forme « NEQ : 1234567890 ».",
        en: "One line per identifier, written “NEQ: 1234567890”.",
      };
    }
  }
  throw fail("validation_failed", {}, fields);
}

/** Every organisation, with how many projects it takes part in among those the actor sees. */
export async function listOrganisations(db: Queryable, v: Visibility): Promise<OrganisationRow[]> {
  const params: unknown[] = [];
  const visible = visibleSql(v, "p", params, { publishedColumn: true });
  return db.query<OrganisationRow>(
    `SELECT o.id, o.name, o.acronym, o.party, o.kind, o.identifiers, o.website,
       (SELECT count(DISTINCT pp.project_id)::int FROM project_partners pp
        JOIN projects p ON p.id = pp.project_id
        WHERE pp.organisation_id = o.id AND ${visible}) AS projects
     FROM organisations o ORDER BY lower(o.name)`,
    params,
  );
}

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRow | null> {
  const [row] = await db.query<OrganisationRow>(
    `SELECT o.id, o.name, o.acronym, o.party, o.kind, o.identifiers, o.website, 0 AS projects
     FROM organisations o WHERE o.id::text = $1`,
    [id],
  );
  return row ?? null;
}

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
  return runCommand(db, performer, "cooperation.organisation.create", async ({ tx, audit }) => {
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
  });
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
