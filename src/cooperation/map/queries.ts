import type { Queryable } from "../../platform/db/client.ts";
import { type Visibility, visibleSql } from "../shared/visibility.ts";

export type MapProject = {
  code: string;
  title_fr: string;
  title_en: string;
  kind: string;
  status: string;
  owner_party: string;
  region: string | null;
  country_id: string | null;
  latitude: number;
  longitude: number;
};

/** The projects the actor may see that have coordinates, by code. */
export async function loadMapProjects(db: Queryable, v: Visibility): Promise<MapProject[]> {
  const params: unknown[] = [];
  const rows = await db.query<Omit<MapProject, "latitude" | "longitude"> & Coordinates>(
    `SELECT p.code, p.title_fr, p.title_en, p.kind, p.status, p.owner_party, p.region,
            p.country_id, p.latitude, p.longitude
     FROM projects p
     WHERE p.latitude IS NOT NULL AND ${visibleSql(v, "p", params, { publishedColumn: true })}
     ORDER BY p.code`,
    params,
  );
  // numeric(9,6) comes back as an exact string; six decimals fit a double without loss here.
  return rows.map((r) => ({ ...r, latitude: Number(r.latitude), longitude: Number(r.longitude) }));
}

type Coordinates = { latitude: string; longitude: string };
