import type { Queryable } from "../../platform/db/client.ts";
import type { OrganisationKind, OrganisationParty } from "../projects/labels.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";

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

/** How many of the projects that reader sees the organisation takes part in. */
export async function countVisibleProjects(
  db: Queryable,
  v: Visibility,
  organisationId: string,
): Promise<number> {
  const params: unknown[] = [organisationId];
  const visible = visibleSql(v, "p", params, { publishedColumn: true });
  const [count] = await db.query<{ n: number }>(
    `SELECT count(DISTINCT pp.project_id)::int AS n FROM project_partners pp
     JOIN projects p ON p.id = pp.project_id WHERE pp.organisation_id = $1 AND ${visible}`,
    params,
  );
  return count?.n ?? 0;
}
