import type { Queryable } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";

/** What a test needs of a project; everything else takes a plain default. */
export type ProjectFixture = {
  code: string;
  title?: string;
  kind?: string;
  ownerParty?: Party;
  status?: string;
  confidentialTo?: Party | null;
  published?: boolean;
  latitude?: number | null;
  longitude?: number | null;
  region?: string | null;
  countryId?: string | null;
};

/** Inserts a project row directly, for tests of readers (map, exports, report). */
export async function insertProject(db: Queryable, p: ProjectFixture): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO projects (code, title_fr, title_en, kind, owner_party, status, confidential_to,
       published, latitude, longitude, region, country_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      p.code,
      p.title ?? `Projet ${p.code}`,
      `Project ${p.code}`,
      p.kind ?? "exploration",
      p.ownerParty ?? "qc",
      p.status ?? "in_progress",
      p.confidentialTo ?? null,
      p.published ?? !p.confidentialTo,
      p.latitude ?? null,
      p.longitude ?? null,
      p.region ?? null,
      p.countryId ?? null,
    ],
  );
  return (row as { id: string }).id;
}
