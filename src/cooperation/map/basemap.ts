import { createRequire } from "node:module";
import { type GeoProjection, geoConicConformal, geoPath } from "d3-geo";
import type { Feature, MultiLineString, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);

/** The drawing is this many units wide and high; each inset takes one half. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 520;
const GAP = 12;

/**
 * The two places the portfolio happens, side by side at their own scales: Québec and the
 * North-East of America, France and Western Europe. A world view would shrink both to dots.
 */
export const INSETS = [
  { id: "qc", lon: [-82, -56], lat: [43, 63], parallels: [47, 57] },
  { id: "fr", lon: [-6, 10], lat: [41, 51.5], parallels: [43, 49] },
] as const;

export type InsetId = (typeof INSETS)[number]["id"];

export type Inset = {
  id: InsetId;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Land and country borders, projected and clipped to the inset. */
  land: string;
  borders: string;
  project: GeoProjection;
};

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let cached: Inset[] | undefined;

/**
 * Natural Earth 1:50m (world-atlas) projected once per process: the outlines never change, only
 * the markers do, so each request only projects its projects' coordinates.
 */
export function baseMap(): Inset[] {
  cached ??= build(require("world-atlas/countries-50m.json") as World);
  return cached;
}

function build(world: World): Inset[] {
  const land = feature(world, world.objects.land);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  const width = (MAP_WIDTH - GAP) / 2;
  return INSETS.map((def, i) => {
    const x = i * (width + GAP);
    const [lon0, lon1] = def.lon;
    const [lat0, lat1] = def.lat;
    const frame: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [lon0, lat0],
            [lon0, lat1],
            [lon1, lat1],
            [lon1, lat0],
            [lon0, lat0],
          ],
        ],
      },
    };
    const project = geoConicConformal()
      .parallels([...def.parallels])
      .rotate([-(lon0 + lon1) / 2, 0])
      .fitExtent(
        [
          [x, 0],
          [x + width, MAP_HEIGHT],
        ],
        frame,
      )
      .clipExtent([
        [x, 0],
        [x + width, MAP_HEIGHT],
      ]);
    const path = geoPath(project).digits(1);
    return {
      id: def.id,
      x,
      y: 0,
      width,
      height: MAP_HEIGHT,
      land: path(land) ?? "",
      borders: path(borders) ?? "",
      project,
    };
  });
}

/** Where a point falls: the first inset whose frame holds it, with its position there. */
export function placeOnMap(
  insets: Inset[],
  longitude: number,
  latitude: number,
): { inset: InsetId; x: number; y: number } | null {
  for (const inset of insets) {
    const point = inset.project([longitude, latitude]);
    if (!point) continue;
    const [x, y] = point;
    if (x >= inset.x && x <= inset.x + inset.width && y >= inset.y && y <= inset.y + inset.height)
      return { inset: inset.id, x: round(x), y: round(y) };
  }
  return null;
}

const round = (n: number) => Math.round(n * 10) / 10;
