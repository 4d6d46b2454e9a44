import { z } from "zod";
import { type FieldErrors, fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import { JURISDICTIONS, type Jurisdiction } from "../../shared/jurisdiction.ts";
import { partySchema } from "../../shared/party.ts";
import { STATUSES, type Status } from "./status.ts";

export const CHANNELS = ["web", "email", "mail", "in_person"] as const;
export type Channel = (typeof CHANNELS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const trimmed = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

const intakeSchema = z.object({
  jurisdiction: partySchema,
  channel: z.enum(CHANNELS),
  receivedOn: z.string().regex(ISO_DATE),
  subject: trimmed(500),
  documentsSought: trimmed(5000),
  lang: z.enum(["fr", "en"]).default("fr"),
  name: trimmed(200),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.email().optional()),
  postalAddress: optional(1000),
  phone: optional(40),
});

export type Intake = z.output<typeof intakeSchema>;

/** Today's date where the request is received: Québec's zone or Paris's. */
export function todayIn(jurisdiction: Jurisdiction, now: Date): string {
  const timeZone = jurisdiction === "qc" ? "America/Toronto" : "Europe/Paris";
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
}

const isRealDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/**
 * Checks an intake from the public form or an officer: every problem is reported at once, per
 * field, in both languages. The date of receipt is a real date and never in the future.
 */
export function parseIntake(input: Record<string, unknown>, now: Date): Intake {
  const result = intakeSchema.safeParse(input);
  const fields: FieldErrors = result.success ? {} : fieldErrorsFrom(result.error.issues);
  if (result.success) {
    const v = result.data;
    if (!isRealDate(v.receivedOn)) {
      fields.receivedOn = { fr: "Cette date n’existe pas.", en: "This date does not exist." };
    } else if (v.receivedOn > todayIn(v.jurisdiction, now)) {
      fields.receivedOn = {
        fr: "La date de réception ne peut pas être dans le futur.",
        en: "The date of receipt cannot be in the future.",
      };
    }
  }
  const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
  if (!fields.email && blank(input.email) && blank(input.postalAddress)) {
    fields.email = {
      fr: "Indiquez une adresse courriel ou une adresse postale pour recevoir la réponse.",
      en: "Give an e-mail or a postal address to receive the answer.",
    };
  }
  if (!result.success || Object.keys(fields).length > 0) {
    throw fail("validation_failed", {}, fields);
  }
  return result.data;
}

/** Year and month of receipt, as in the reference: '2023-11-30' → '202311'. */
export const referencePeriod = (receivedOn: string) =>
  receivedOn.slice(0, 4) + receivedOn.slice(5, 7);

export const REFERENCE_PATTERN = /^\d{6}-\d{1,6}$/;

export const DEADLINES = ["overdue", "soon"] as const;
export type Deadline = (typeof DEADLINES)[number];

/** A filter of the register's address: anything unknown reads as no filter. */
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

export const registerQuery = z
  .object({
    etat: choice(STATUSES),
    regime: choice(JURISDICTIONS),
    echeance: choice(DEADLINES),
    q: z.string().optional().catch(undefined),
    page: z.string().optional().catch(undefined),
  })
  .transform((v): RegisterFilters => {
    const page = Number(v.page ?? "1");
    return {
      status: v.etat,
      jurisdiction: v.regime,
      deadline: v.echeance,
      q: v.q?.trim().slice(0, 100) || undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  });
export type RegisterFilters = {
  status?: Status | undefined;
  jurisdiction?: Jurisdiction | undefined;
  deadline?: Deadline | undefined;
  q?: string | undefined;
  page: number;
};
