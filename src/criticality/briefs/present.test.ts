import { describe, expect, it } from "vitest";
import { presentMaterialLink, presentProjectLink } from "./present.ts";

describe("brief links", () => {
  it("maps a material's columns to its camelCase fields", () => {
    expect(presentMaterialLink({ id: "nickel", name_fr: "Nickel", name_en: "Nickel" })).toEqual({
      id: "nickel",
      name: { fr: "Nickel", en: "Nickel" },
    });
  });

  it("maps a project's columns to its camelCase fields", () => {
    expect(
      presentProjectLink({ code: "P-1", title_fr: "Recyclage", title_en: "Recycling" }),
    ).toEqual({ code: "P-1", title: { fr: "Recyclage", en: "Recycling" } });
  });
});
