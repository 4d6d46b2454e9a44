import { z } from "zod";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import { formText } from "../../platform/web/form-action.ts";
import { partySchema } from "../../shared/party.ts";
import {
  DATE_TEXTS,
  flag,
  isRealDate,
  list,
  optionalText,
  parseDecimal,
  text,
} from "./input-helpers.ts";
import { PARTNER_ROLES, PROJECT_KINDS } from "./labels.ts";

const partner = z.object({
  organisationId: z.string().uuid(),
  role: z.enum(PARTNER_ROLES),
});

const schema = z.object({
  titleFr: text(300),
  titleEn: text(300),
  summaryFr: optionalText(5000),
  summaryEn: optionalText(5000),
  kind: z.enum(PROJECT_KINDS),
  ownerParty: z.preprocess((v) => (v === "" ? undefined : v), partySchema.optional()),
  lines: list.pipe(z.array(z.string()).min(1)),
  stages: list,
  materials: list,
  region: optionalText(200),
  country: optionalText(3),
  confidentialTo: z.preprocess((v) => (v === "" ? null : v), partySchema.nullable().default(null)),
  published: flag,
  partners: z.array(partner).max(50).optional(),
});

/** What a project form or API body says, checked; references are checked by the command. */
export type ProjectInput = Omit<z.output<typeof schema>, "country"> & {
  country: string | undefined;
  latitude: number | null;
  longitude: number | null;
  startOn: string | null;
  endOn: string | null;
};

const LINES_TEXTS = {
  fr: "Choisissez au moins un axe d’action de la déclaration.",
  en: "Choose at least one line of action of the declaration.",
};

/**
 * Checks a project as typed: every problem is reported at once, per field, in both languages,
 * before anything is written.
 */
export function parseProjectInput(raw: Record<string, unknown>): ProjectInput {
  const result = schema.safeParse(raw);
  const fields: FieldErrors = result.success ? {} : fieldErrorsFrom(result.error.issues);
  if (fields.lines) fields.lines = LINES_TEXTS;

  const latitude = coordinate(raw.latitude, 90, "latitude", fields);
  const longitude = coordinate(raw.longitude, 180, "longitude", fields);
  if (!fields.latitude && !fields.longitude && (latitude === null) !== (longitude === null)) {
    fields[latitude === null ? "latitude" : "longitude"] = {
      fr: "Indiquez la latitude et la longitude, ou aucune des deux.",
      en: "Give both latitude and longitude, or neither.",
    };
  }
  const startOn = date(raw.startOn, "startOn", fields);
  const endOn = date(raw.endOn, "endOn", fields);
  if (startOn && endOn && endOn < startOn) {
    fields.endOn = {
      fr: "La date de fin précède la date de début.",
      en: "The end date is before the start date.",
    };
  }
  if (result.success && result.data.published && result.data.confidentialTo) {
    fields.published = {
      fr: "Un projet confidentiel ne peut pas être publié.",
      en: "A confidential project cannot be published.",
    };
  }
  const country = typeof raw.country === "string" ? raw.country.trim().toUpperCase() : undefined;
  if (country && !/^[A-Z]{3}$/.test(country)) {
    fields.country = {
      fr: "Code de pays à trois lettres (ISO 3166-1 alpha-3), p. ex. CAN ou FRA.",
      en: "Three-letter country code (ISO 3166-1 alpha-3), e.g. CAN or FRA.",
    };
  }
  if (!result.success || Object.keys(fields).length > 0) {
    throw fail("validation_failed", {}, fields);
  }
  return { ...result.data, country: country || undefined, latitude, longitude, startOn, endOn };
}

function coordinate(
  value: unknown,
  limit: number,
  field: "latitude" | "longitude",
  fields: FieldErrors,
): number | null {
  const n = parseDecimal(value);
  if (n === undefined) return null;
  if (Number.isNaN(n)) {
    fields[field] = { fr: "Nombre décimal attendu.", en: "A decimal number is expected." };
  } else if (n < -limit || n > limit) {
    const name =
      field === "latitude"
        ? { fr: "latitude", en: "latitude" }
        : { fr: "longitude", en: "longitude" };
    fields[field] = {
      fr: `La ${name.fr} doit être comprise entre −${limit} et ${limit} degrés.`,
      en: `The ${name.en} must be between −${limit} and ${limit} degrees.`,
    };
  }
  return n;
}

function date(value: unknown, field: string, fields: FieldErrors): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" && isRealDate(value.trim())) return value.trim();
  fields[field] = DATE_TEXTS;
  return null;
}

/** The deletion form: its box says "oui" once the reader confirms. */
export const deleteForm = z.object({ confirm: formText() });
