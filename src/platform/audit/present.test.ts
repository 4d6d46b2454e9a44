import { describe, expect, it } from "vitest";
import { ACTION_LABELS, AUDIT_TEXTS, actionLabel } from "./messages.ts";
import { changeLines, changesText } from "./present.ts";

describe("action labels", () => {
  it("translates the platform's actions and falls back to the raw id", () => {
    expect(actionLabel("fr", "user.create")).toBe("Création d’un compte");
    expect(actionLabel("en", "user.create")).toBe("Account created");
    expect(actionLabel("fr", "inconnu.truc")).toBe("inconnu.truc");
    expect(actionLabel("fr", "toString")).toBe("toString");
  });

  it("writes French with its typography: no plain space before : ; ! ? nor typewriter apostrophe", () => {
    for (const texts of [...Object.values(AUDIT_TEXTS), ...Object.values(ACTION_LABELS)]) {
      expect(texts.fr).not.toMatch(/ [:;!?]|'/);
    }
  });
});

describe("changeLines", () => {
  it("shows each field as before → after, and anything else as it is", () => {
    expect(
      changeLines("fr", { role: { from: null, to: "admin" }, revoked: { from: false, to: true } }),
    ).toEqual([
      { field: "role", from: "(vide)", to: "admin" },
      { field: "revoked", from: "non", to: "oui" },
    ]);
    expect(changeLines("en", { odd: [1, 2] })).toEqual([{ field: "odd", from: "[1,2]" }]);
    expect(changeLines("en", "just text")).toEqual([{ field: null, from: "just text" }]);
    expect(changeLines("en", {})).toEqual([]);
  });

  it("writes one line per field for the CSV", () => {
    expect(changesText("fr", { a: { from: 1, to: 2 }, b: { from: "x", to: null } })).toBe(
      "a\u00a0: 1 → 2\nb\u00a0: x → (vide)",
    );
  });
});
