import { z } from "zod";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import { optionalText, text } from "../projects/input-helpers.ts";
import { ORGANISATION_KINDS, ORGANISATION_PARTIES } from "../projects/labels.ts";

/**
 * Identifiers typed one per line as "scheme: value" (NEQ, SIREN, ROR…), or a JSON object from
 * the API.
 */
const identifiers = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? {};
    const entries = v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(":");
        return at > 0 ? [line.slice(0, at).trim(), line.slice(at + 1).trim()] : ["", line];
      });
    return Object.fromEntries(entries);
  },
  z
    .record(z.string().min(1).max(40), z.string().min(1).max(200))
    .refine((r) => Object.keys(r).length <= 20),
);

const schema = z.object({
  name: text(300),
  acronym: optionalText(40),
  party: z.enum(ORGANISATION_PARTIES),
  kind: z.enum(ORGANISATION_KINDS),
  identifiers,
  website: optionalText(500).pipe(z.url({ protocol: /^https?$/ }).optional()),
});

export type OrganisationInput = z.output<typeof schema>;

export function parseOrganisationInput(raw: Record<string, unknown>): OrganisationInput {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: FieldErrors = fieldErrorsFrom(result.error.issues);
  for (const key of Object.keys(fields)) {
    if (key.startsWith("identifiers")) {
      delete fields[key];
      fields.identifiers = {
        fr: "Une ligne par identifiant, sous la forme « NEQ : 1234567890 ».",
        en: "One line per identifier, written “NEQ: 1234567890”.",
      };
    }
  }
  throw fail("validation_failed", {}, fields);
}
