import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { formToRaw, parseCallInput } from "./schema.ts";

const BASE = {
  titleFr: "Appel",
  titleEn: "Call",
  timeZone: "Europe/Paris",
  opensAt: "2026-10-01T09:00",
  closesAt: "2026-12-15T12:00",
  envelopeQc: "10",
  envelopeFr: "500 000",
  maxFundingQc: "1",
  maxFundingFr: "50 000,50",
  cofinancingRatePct: "33,33",
  minPartnersPerParty: "2",
  lines: "2.1,4.4",
};

function refusal(raw: Record<string, unknown>): Record<string, string> {
  try {
    parseCallInput(raw);
  } catch (error) {
    if (error instanceof AppError) {
      return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v.en]));
    }
    throw error;
  }
  throw new Error("accepted");
}

describe("parseCallInput", () => {
  it("turns the form into instants, cents and exact decimals, skipping blank rows", () => {
    const input = parseCallInput(
      formToRaw({
        ...BASE,
        "documents.0.labelFr": "",
        "documents.0.labelEn": "",
        "documents.0.required": "on",
        "documents.1.labelFr": "Budget",
        "documents.1.labelEn": "Budget",
        "scored.0.labelFr": "Qualité",
        "scored.0.labelEn": "Quality",
        "scored.0.weight": "1,5",
      }),
    );
    expect(input.opensAt.toISOString()).toBe("2026-10-01T07:00:00.000Z");
    // Paris is back on winter time by December.
    expect(input.closesAt.toISOString()).toBe("2026-12-15T11:00:00.000Z");
    expect(input.envelopeFrCents).toBe(50_000_000);
    expect(input.maxFundingFrCents).toBe(5_000_050);
    expect(input.cofinancingRatePct).toBe("33.33");
    expect(input.lines).toEqual(["2.1", "4.4"]);
    expect(input.documents).toEqual([{ labelFr: "Budget", labelEn: "Budget", required: false }]);
    expect(input.criteria).toEqual([
      {
        kind: "scored",
        labelFr: "Qualité",
        labelEn: "Quality",
        guidanceFr: "",
        guidanceEn: "",
        weight: "1.5",
      },
    ]);
  });

  it("names each faulty row by the number it had in the form", () => {
    const fields = refusal(
      formToRaw({
        ...BASE,
        maxFundingQc: "0",
        minPartnersPerParty: "0",
        "scored.0.labelFr": "",
        "scored.0.labelEn": "",
        "scored.0.weight": "",
        "scored.1.labelFr": "Impact",
        "scored.1.labelEn": "",
        "scored.1.weight": "-2",
      }),
    );
    expect(fields).toEqual({
      maxFundingQc: "The amount must be greater than zero.",
      minPartnersPerParty: "A whole number from 1 to 20 is expected.",
      "scored.1.labelEn": "Required field.",
      "scored.1.weight": "Weight expected: a number greater than zero (e.g. 2 or 1.5).",
    });
  });
});
