import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom } from "./zod-issues.ts";

describe("fieldErrorsFrom", () => {
  const schema = z.object({
    page: z.coerce.number().int().min(1),
    lang: z.enum(["fr", "en"]),
    from: z.iso.date(),
    name: z.string(),
  });

  it("gives every failing field a message in both languages", () => {
    const result = schema.safeParse({ page: "0", lang: "de", from: "2023-13-45" });
    expect(result.success).toBe(false);
    const fields = fieldErrorsFrom(result.error?.issues ?? []);
    expect(fields.page).toEqual({
      fr: "Valeur trop petite (minimum 1).",
      en: "Value too small (minimum 1).",
    });
    expect(fields.lang?.fr).toBe("Valeur non permise ; valeurs possibles : fr, en.");
    expect(fields.from?.en).toMatch(/^Invalid format/);
    expect(fields.name).toEqual({ fr: "Champ obligatoire.", en: "Required field." });
  });

  it("tells a value of the wrong type from a missing one", () => {
    const result = schema.safeParse({ page: "1", lang: "fr", from: "2024-01-01", name: 0.1 });
    expect(fieldErrorsFrom(result.error?.issues ?? []).name).toEqual({
      fr: "Type attendu : string.",
      en: "Expected type: string.",
    });
  });
});
