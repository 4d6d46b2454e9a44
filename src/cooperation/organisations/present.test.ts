import { describe, expect, it } from "vitest";
import { organisationFormValues } from "./present.ts";
import type { OrganisationRow } from "./queries.ts";

const row: OrganisationRow = {
  id: "00000000-0000-0000-0000-000000000002",
  name: "Minerais du Nord",
  acronym: "MDN",
  party: "qc",
  kind: "company",
  identifiers: { NEQ: "1234567890", SIREN: "123456789" },
  website: "https://example.org",
  projects: 3,
};

describe("organisationFormValues", () => {
  it("writes identifiers one a line and empty texts for missing values", () => {
    expect(organisationFormValues({ ...row, acronym: null, website: null })).toEqual({
      name: "Minerais du Nord",
      acronym: "",
      party: "qc",
      kind: "company",
      identifiers: "NEQ: 1234567890\nSIREN: 123456789",
      website: "",
    });
  });
});
