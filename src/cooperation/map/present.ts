import type { InsetId, MapPlace } from "./basemap.ts";
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

/** Markers this close, in map units (a few km), would sit on top of each other: they become one. */
export const GROUP_RADIUS = 4;

/** One marker on the map: the projects it stands for, drawn at the first one’s place. */
export type MarkerGroup<T> = { inset: InsetId; x: number; y: number; members: T[] };

/**
 * Gathers the projects that fall on the same spot of the same inset (two teams in one city) into
 * one marker, in the order given; the projects outside both insets are left out.
 */
export function groupByPlace<T extends { place: MapPlace | null }>(
  items: T[],
  radius = GROUP_RADIUS,
): MarkerGroup<T>[] {
  const groups: MarkerGroup<T>[] = [];
  for (const item of items) {
    const at = item.place;
    if (!at) continue;
    const near = groups.find(
      (g) => g.inset === at.inset && Math.hypot(g.x - at.x, g.y - at.y) <= radius,
    );
    if (near) near.members.push(item);
    else groups.push({ inset: at.inset, x: at.x, y: at.y, members: [item] });
  }
  return groups;
}
