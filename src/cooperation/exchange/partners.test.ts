import { describe, expect, it } from "vitest";
import { localise } from "../../platform/i18n/i18n.ts";
import { organisationIndex } from "./names.ts";
import { parsePartners, partnersText } from "./partners.ts";

const index = organisationIndex([
  { id: "1", name: "Fonds test (fictif)" },
  { id: "2", name: "Université Laval" },
  { id: "3", name: "Société A" },
  { id: "4", name: "Societe A" },
]);
const reasons = (cell: string, lang: "fr" | "en") =>
  parsePartners(cell, index).reasons.map((r) => localise(r, lang).replace(/[\u00a0\u202f]/g, " "));

describe("the Partners cell", () => {
  it("reads names and roles as the export writes them, labels and codes alike", () => {
    const { partners, reasons } = parsePartners(
      "Fonds test (fictif) (funder); universite LAVAL (Chef de file);Université Laval (Implementer); Université Laval (lead)",
      index,
    );
    expect(reasons).toEqual([]);
    expect(partners).toEqual([
      { organisationId: "1", name: "Fonds test (fictif)", role: "funder" },
      { organisationId: "2", name: "Université Laval", role: "lead" },
      { organisationId: "2", name: "Université Laval", role: "implementer" },
    ]);
    expect(partnersText(partners)).toBe(
      "Fonds test (fictif) (funder); Université Laval (lead); Université Laval (implementer)",
    );
  });

  it("prefers the exact name, and refuses a folded one that could name two", () => {
    expect(parsePartners("société a (partner)", index).partners[0]?.organisationId).toBe("3");
    expect(reasons("SOCIETE  a (partner)", "fr")).toEqual([
      "« SOCIETE  a » peut désigner plusieurs organisations (Société A, Societe A) : écrivez le nom exact.",
    ]);
  });

  it("names every unknown organisation, unknown role and missing role, in both languages", () => {
    const cell = "Inconnue (lead); Fonds test (fictif) (sponsor); Université Laval";
    expect(reasons(cell, "fr")).toEqual([
      "organisation inconnue « Inconnue ».",
      "rôle inconnu « sponsor » pour « Fonds test (fictif) » ; rôles : lead, partner, funder, implementer.",
      "rôle manquant pour « Université Laval » : écrivez Nom (rôle).",
    ]);
    expect(reasons(cell, "en")).toEqual([
      "unknown organisation “Inconnue”.",
      "unknown role “sponsor” for “Fonds test (fictif)”; roles: lead, partner, funder, implementer.",
      "no role for “Université Laval”: write Name (role).",
    ]);
  });

  it("reads an empty cell as no partners", () => {
    expect(parsePartners("", index)).toEqual({ partners: [], reasons: [] });
  });
});
