import { describe, expect, it } from "vitest";
import { presentMapProject } from "./present.ts";

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
