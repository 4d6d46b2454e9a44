import { describe, expect, it } from "vitest";
import { baseMap, type MapPlace, placeOnMap } from "./basemap.ts";
import { GROUP_RADIUS, groupByPlace, presentMapProject } from "./present.ts";

describe("presentMapProject", () => {
  it("maps every shown column to its camelCase field", () => {
    expect(
      presentMapProject({
        code: "QC-2026-001",
        title_fr: "Titre",
        title_en: "Title",
        kind: "survey",
        status: "idea",
        owner_party: "qc",
        region: "Abitibi",
        country_id: "CA",
        latitude: 48.1,
        longitude: -77.8,
      }),
    ).toEqual({
      code: "QC-2026-001",
      titleFr: "Titre",
      titleEn: "Title",
      kind: "survey",
      status: "idea",
      ownerParty: "qc",
      region: "Abitibi",
      latitude: 48.1,
      longitude: -77.8,
    });
  });
});

describe("groupByPlace", () => {
  const at = (code: string, place: MapPlace | null) => ({ code, place });
  const codes = (groups: { members: { code: string }[] }[]) =>
    groups.map((g) => g.members.map((m) => m.code));

  it("puts two projects in Nancy on one marker of 2, the others on their own", () => {
    const insets = baseMap();
    const projects = [
      at("FR-1", placeOnMap(insets, 6.1844, 48.6921)),
      at("FR-2", placeOnMap(insets, 6.1801, 48.6937)),
      at("FR-3", placeOnMap(insets, 6.1757, 49.1193)), // Metz, 50 km north
      at("QC-1", placeOnMap(insets, -73.5673, 45.5017)),
      at("CL-1", placeOnMap(insets, -70.4, -23.65)), // Chile: on no inset
    ];
    const groups = groupByPlace(projects);
    expect(codes(groups)).toEqual([["FR-1", "FR-2"], ["FR-3"], ["QC-1"]]);
    expect(groups[0]).toMatchObject({ inset: "fr", x: projects[0]?.place?.x });
    const placed = projects.filter((p) => p.place).length;
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(placed);
  });

  it("joins markers within the radius only, and never across insets", () => {
    const groups = groupByPlace([
      at("A", { inset: "fr", x: 100, y: 100 }),
      at("B", { inset: "fr", x: 100 + GROUP_RADIUS, y: 100 }),
      at("C", { inset: "fr", x: 100, y: 100 + GROUP_RADIUS + 0.1 }),
      at("D", { inset: "qc", x: 100, y: 100 }),
      at("E", null),
    ]);
    expect(codes(groups)).toEqual([["A", "B"], ["C"], ["D"]]);
  });
});
