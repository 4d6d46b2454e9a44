import type { MapProject } from "./queries.ts";

/** A located project as the map and its table show it; coordinates in decimal degrees. */
export type MapProjectView = {
  code: string;
  titleFr: string;
  titleEn: string;
  kind: string;
  status: string;
  ownerParty: string;
  region: string | null;
  latitude: number;
  longitude: number;
};

export const presentMapProject = (r: MapProject): MapProjectView => ({
  code: r.code,
  titleFr: r.title_fr,
  titleEn: r.title_en,
  kind: r.kind,
  status: r.status,
  ownerParty: r.owner_party,
  region: r.region,
  latitude: r.latitude,
  longitude: r.longitude,
});
