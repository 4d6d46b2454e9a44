import { describe, expect, it } from "vitest";
import { organisationKey, partnerOrganisation } from "./organisation-match.ts";

describe("organisation names", () => {
  it("ignore accents, case and spacing", () => {
    expect(organisationKey("  Université   LAVAL ")).toBe("universite laval");
    expect(
      partnerOrganisation("universite laval", [{ name: "BRGM" }, { name: "Université Laval" }]),
    ).toBe("Université Laval");
  });

  it("do not match another organisation", () => {
    expect(partnerOrganisation("Université de Lorraine", [{ name: "Université Laval" }])).toBe(
      undefined,
    );
  });
});
