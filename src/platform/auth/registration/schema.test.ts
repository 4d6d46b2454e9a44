import { describe, expect, it } from "vitest";
import { checkSignUp } from "./schema.ts";

const good = {
  name: "  Camille Tremblay ",
  email: " Camille@Example.ORG ",
  password: "une phrase de passe solide",
  confirm: "une phrase de passe solide",
  consent: "oui",
};

describe("the sign-up form", () => {
  it("trims the name and lower-cases the address", () => {
    expect(checkSignUp(good)).toEqual({
      ok: true,
      data: {
        name: "Camille Tremblay",
        email: "camille@example.org",
        password: "une phrase de passe solide",
      },
    });
  });

  it("names every wrong field at once, in both languages", () => {
    const result = checkSignUp({ name: " ", email: "camille", password: "court", consent: "" });
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(Object.keys(errors).sort()).toEqual(["confirm", "consent", "email", "name", "password"]);
    expect(errors.password?.fr).toContain("au moins 12 caractères");
    expect(errors.consent?.en).toBe("Tick this box to create the account.");
  });

  it("refuses a password too long to be worth hashing, and a file in place of text", () => {
    const long = "x".repeat(501);
    const result = checkSignUp({ ...good, password: long, confirm: long, name: new File([], "a") });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(["name", "password"]);
  });
});
