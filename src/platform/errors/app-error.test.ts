import { describe, expect, it } from "vitest";
import { AppError } from "./app-error.ts";
import { ERRORS } from "./catalogue.ts";

describe("AppError", () => {
  it("answers in the request's language with its stable id and field messages", () => {
    const error = new AppError(
      "too_many_attempts",
      { minutes: 15 },
      {
        email: { fr: "Compte verrouillé", en: "Account locked" },
      },
    );
    expect(error.status).toBe(429);
    expect(error.toJson("fr")).toEqual({
      error: {
        id: "too_many_attempts",
        message: "Trop de tentatives de connexion échouées. Réessayez dans 15 minutes.",
        fields: { email: "Compte verrouillé" },
      },
    });
    expect(error.toJson("en").error.message).toBe(
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    );
  });

  it("has a message in both languages for every catalogue entry, with the same placeholders", () => {
    for (const [id, entry] of Object.entries(ERRORS)) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(entry.fr.length, id).toBeGreaterThan(0);
      expect(holes(entry.fr), id).toEqual(holes(entry.en));
    }
  });
});
