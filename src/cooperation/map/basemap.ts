import fs from "node:fs";
import { createRequire } from "node:module";
import { type GeoProjection, geoConicConformal, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { projectPath } from "../../platform/project-root.ts";

const require = createRequire(import.meta.url);

/** Each inset is drawn in its own SVG, this many units wide and high. */
export const INSET_WIDTH = 474;
export const INSET_HEIGHT = 520;

/**
 * The two places the portfolio happens, each at its own scale: Québec and the North-East of
 * America, France and Western Europe. A world view would shrink both to dots.
 */
export const INSETS = [
  { id: "qc", lon: [-82, -56], lat: [43, 63], parallels: [47, 57], subdivisions: "CA" },
  { id: "fr", lon: [-6, 10], lat: [41, 51.5], parallels: [43, 49], subdivisions: "FR" },
] as const;

export type InsetId = (typeof INSETS)[number]["id"];

/** Where a point falls on the map: its inset, and its position in that inset's drawing. */
export type MapPlace = { inset: InsetId; x: number; y: number };

/** A town drawn for orientation, in its inset's units. */
export type PlaceName = { name: string; x: number; y: number };

export type Inset = {
  id: InsetId;
  /** Land, country borders and first-level subdivisions, projected and clipped to the inset. */
  land: string;
  borders: string;
  subdivisions: string;
  places: PlaceName[];
  project: GeoProjection;
};

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
type SubdivisionBorders = FeatureCollection<MultiLineString>;
type PlacesFile = { places: { name: string; country: string; lat: number; lon: number }[] };

/** Derived once from Natural Earth admin-1 and GeoNames: data/geo/PROVENANCE.md. */
export const BORDERS_FILE = projectPath("data", "geo", "admin1-borders.json");
export const PLACES_FILE = projectPath("data", "geo", "places.json");

let cached: Inset[] | undefined;

/**
 * Natural Earth (world-atlas 1:50m for land and countries, 1:10m admin-1 for provinces and
 * regions) projected once per process: the outlines never change, only the markers do, so each
 * request only projects its projects' coordinates.
 */
export function baseMap(): Inset[] {
  cached ??= build(
    require("world-atlas/countries-50m.json") as World,
    JSON.parse(fs.readFileSync(BORDERS_FILE, "utf8")) as SubdivisionBorders,
    JSON.parse(fs.readFileSync(PLACES_FILE, "utf8")) as PlacesFile,
  );
  return cached;
}

function build(world: World, subdivisions: SubdivisionBorders, places: PlacesFile): Inset[] {
  const land = feature(world, world.objects.land);
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  return INSETS.map((def) => {
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
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [INSET_WIDTH, INSET_HEIGHT],
    ];
    const project = geoConicConformal()
      .parallels([...def.parallels])
      .rotate([-(lon0 + lon1) / 2, 0])
      .fitExtent(extent, frame)
      .clipExtent(extent);
    const path = geoPath(project).digits(1);
    const own = subdivisions.features.find((f) => f.id === def.subdivisions);
    if (!own) throw new Error(`${BORDERS_FILE} has no ${def.subdivisions} borders`);
    return {
      id: def.id,
      land: path(land) ?? "",
      borders: path(borders) ?? "",
      subdivisions: path(own) ?? "",
      places: places.places.flatMap((p) => {
        const at = inside(project, p.lon, p.lat);
        return at ? [{ name: p.name, ...at }] : [];
      }),
      project,
    };
  });
}

/** Where a point falls: the first inset whose frame holds it, with its position there. */
export function placeOnMap(insets: Inset[], longitude: number, latitude: number): MapPlace | null {
  for (const inset of insets) {
    const at = inside(inset.project, longitude, latitude);
    if (at) return { inset: inset.id, ...at };
  }
  return null;
}

function inside(project: GeoProjection, longitude: number, latitude: number) {
  const point = project([longitude, latitude]);
  if (!point) return null;
  const [x, y] = point;
  if (x < 0 || x > INSET_WIDTH || y < 0 || y > INSET_HEIGHT) return null;
  return { x: round(x), y: round(y) };
}

const round = (n: number) => Math.round(n * 10) / 10;
