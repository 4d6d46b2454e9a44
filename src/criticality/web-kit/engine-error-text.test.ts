import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { InvalidInputError, UnknownEntityError } from "../engine/index.ts";
import { toAppError } from "./engine-error-text.ts";

const refusal = (error: unknown) => {
  const e = toAppError(error);
  if (!(e instanceof AppError)) throw new Error("not an AppError");
  return e;
};

describe("toAppError", () => {
  it("names an unknown country with the material and stage in each language", () => {
    const e = refusal(
      new UnknownEntityError("unknown_country", "the country does not supply", {
        material: "cobalt",
        stage: "extraction",
        country: "ZZZ",
      }),
    );
    expect(e.id).toBe("criticality_invalid_input");
    expect(e.status).toBe(422);
    expect(e.messageIn("fr")).toBe(
      "Données d’entrée incohérentes pour le calcul\u00a0: pays inconnu «\u00a0ZZZ\u00a0» (matière\u00a0: cobalt, étape\u00a0: extraction)",
    );
    expect(e.messageIn("en")).toBe(
      "Inconsistent input data for the computation: unknown country “ZZZ” (material: cobalt, stage: extraction)",
    );
  });

  it("uses the materials' and stages' localised names and the language's numbers", () => {
    const stage = refusal(
      new UnknownEntityError("unknown_stage", "not assessed", {
        material: "ree",
        stage: "recycling",
        stages: ["extraction", "processing"],
      }),
    );
    expect(stage.messageIn("fr")).toContain(
      "étape de la chaîne de valeur inconnue «\u00a0recyclage\u00a0» (matière\u00a0: terres rares, étapes évaluées\u00a0: extraction, transformation)",
    );
    expect(stage.messageIn("en")).toContain(
      "unknown value-chain stage “recycling” (material: rare earth elements, assessed stages: extraction, processing)",
    );
    const pct = refusal(new InvalidInputError("invalid_percentage", "bad", { percent: 150.5 }));
    expect(pct.messageIn("fr")).toContain("pourcentage hors de 0–100 (pourcentage\u00a0: 150,5)");
    expect(pct.messageIn("en")).toContain("percentage outside 0–100 (percentage: 150.5)");
  });

  it("leaves other errors alone", () => {
    const other = new Error("boom");
    expect(toAppError(other)).toBe(other);
  });
});
