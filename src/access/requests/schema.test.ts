import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { parseIntake, todayIn } from "./schema.ts";

const NOW = new Date("2024-06-10T15:00:00Z");
const valid = {
  jurisdiction: "qc",
  channel: "email",
  receivedOn: "2024-06-10",
  subject: "Déclaration d’intention",
  documentsSought: "La déclaration signée le 22 novembre 2023",
  name: "Jeanne Demandeuse",
  email: "jeanne@example.org",
};

const errorsOf = (input: Record<string, unknown>) => {
  try {
    parseIntake(input, NOW);
  } catch (e) {
    if (e instanceof AppError) return e.fields;
    throw e;
  }
  return {};
};

describe("parseIntake", () => {
  it("accepts a complete request and trims what was typed", () => {
    const v = parseIntake({ ...valid, subject: "  Déclaration  " }, NOW);
    expect(v.subject).toBe("Déclaration");
    expect(v.lang).toBe("fr");
    expect(v.postalAddress).toBeUndefined();
  });

  it("refuses a date of receipt in the future, in both languages", () => {
    const fields = errorsOf({ ...valid, receivedOn: "2024-06-11" });
    expect(fields.receivedOn?.fr).toMatch(/futur/);
    expect(fields.receivedOn?.en).toMatch(/future/);
  });

  it("refuses a date that does not exist", () => {
    expect(errorsOf({ ...valid, receivedOn: "2023-02-30" }).receivedOn?.en).toMatch(/not exist/);
  });

  it("judges 'today' in the jurisdiction's time zone", () => {
    // 02:00 UTC on 11 June is still 10 June in Québec, already 11 June in Paris.
    const late = new Date("2024-06-11T02:00:00Z");
    expect(todayIn("qc", late)).toBe("2024-06-10");
    expect(todayIn("fr", late)).toBe("2024-06-11");
  });

  it("needs a way to answer: an e-mail or a postal address", () => {
    expect(errorsOf({ ...valid, email: "" }).email?.fr).toMatch(/adresse/);
    expect(errorsOf({ ...valid, email: "", postalAddress: "1 rue X, Québec" })).toEqual({});
  });

  it("reports every invalid field at once", () => {
    const fields = errorsOf({
      ...valid,
      jurisdiction: "on",
      subject: " ",
      email: "pas-un-courriel",
    });
    expect(Object.keys(fields).sort()).toEqual(["email", "jurisdiction", "subject"]);
  });
});
