import { z } from "@hono/zod-openapi";
import { fail } from "../../platform/errors/app-error.ts";
import { fieldErrorsFrom } from "../../platform/errors/zod-issues.ts";
import { formText } from "../../platform/web/form-action.ts";
import { type Party, partySchema } from "../../shared/party.ts";

const trimmed = (max: number) => formText().pipe(z.string().trim().max(max));

export const reviewerProfileForm = z.object({
  party: formText().pipe(partySchema),
  organisation: formText().pipe(z.string().trim().min(1).max(300)),
});

export const correctionForm = z.object({
  party: formText(),
  message: formText().pipe(z.string().trim().min(1).max(5000)),
});

export const recusalForm = z.object({
  reason: formText().pipe(z.string().trim().min(1).max(3000)),
});

const yesNo = formText().pipe(z.enum(["yes", "no"]));

/** What a party's official records: the checklist, the verdict and its reason, a private note. */
export type ScreeningInput = {
  checklist: Record<string, boolean>;
  eligible: boolean;
  reason: string;
  privateNote: string;
};

/**
 * The screening form: one yes/no per eligibility criterion (`check_<id>`), the verdict, a reason
 * (the command requires it when ineligible) and the private note.
 */
export function parseScreeningForm(
  body: Record<string, unknown>,
  criterionIds: readonly string[],
): ScreeningInput {
  const shape = z.object({
    eligible: yesNo,
    reason: trimmed(3000),
    privateNote: trimmed(5000),
    ...Object.fromEntries(criterionIds.map((id) => [`check_${id}`, yesNo])),
  });
  const result = shape.safeParse(body);
  if (!result.success) throw fail("validation_failed", {}, fieldErrorsFrom(result.error.issues));
  const data = result.data as Record<string, string>;
  return {
    checklist: Object.fromEntries(criterionIds.map((id) => [id, data[`check_${id}`] === "yes"])),
    eligible: data.eligible === "yes",
    reason: data.reason ?? "",
    privateNote: data.privateNote ?? "",
  };
}

/** The party an official acts for: their own; an administrator names one. */
export function partyOfOfficial(role: string, asked: unknown): Party | null {
  if (role === "member-qc") return "qc";
  if (role === "member-fr") return "fr";
  if (role === "admin") return partySchema.safeParse(asked).data ?? null;
  return null;
}

/** The assignment form: the reviewers chosen and the review deadline (a date). */
export const assignmentForm = z.object({
  reviewers: z
    .preprocess(
      (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []),
      z.array(z.uuid()).min(1).max(10),
    )
    .transform((ids) => [...new Set(ids)]),
  due: formText().pipe(z.iso.date()),
});

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

export type ScoreInput = { criterionId: string; score: number | null; comment: string };

/**
 * The scores form: `score_<id>` (an integer from 0 to 5, or empty while a draft) and
 * `comment_<id>` for each scored criterion. Anything else in a score field is refused with the
 * field named, so nothing is saved.
 */
export function parseScoresForm(
  body: Record<string, unknown>,
  criterionIds: readonly string[],
): ScoreInput[] {
  const score = formText().pipe(
    z.union([
      z.literal("").transform(() => null),
      z
        .string()
        .trim()
        .regex(/^\d+$/)
        .transform(Number)
        .pipe(z.number().int().min(SCORE_MIN).max(SCORE_MAX)),
    ]),
  );
  const shape = z.object(
    Object.fromEntries(
      criterionIds.flatMap((id) => [
        [`score_${id}`, score],
        [`comment_${id}`, trimmed(5000)],
      ]),
    ),
  );
  const result = shape.safeParse(body);
  if (!result.success) {
    const fields = Object.fromEntries(
      Object.keys(fieldErrorsFrom(result.error.issues)).map((key) => [
        key,
        {
          fr: `Une note est un nombre entier de ${SCORE_MIN} à ${SCORE_MAX}.`,
          en: `A score is a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`,
        },
      ]),
    );
    throw fail("review_score_out_of_range", {}, fields);
  }
  const data = result.data as Record<string, number | string | null>;
  return criterionIds.map((id) => ({
    criterionId: id,
    score: data[`score_${id}`] as number | null,
    comment: (data[`comment_${id}`] as string) ?? "",
  }));
}

// The API.

export const callCodeParam = z.object({
  code: z
    .string()
    .regex(/^AAP-[0-9]{4}-[0-9]{2}$/)
    .openapi({ param: { name: "code", in: "path" }, example: "AAP-2026-01" }),
});

export const rankingSchema = z
  .object({
    call: z.string().openapi({ example: "AAP-2026-01" }),
    items: z.array(
      z.object({
        rank: z.number().int().nullable().openapi({ example: 1 }),
        applicationId: z.uuid(),
        reference: z.string().openapi({ example: "AAP-2026-01-0003" }),
        title: z.string().openapi({ example: "Graphite sphérique" }),
        mean: z
          .number()
          .nullable()
          .openapi({ example: 4.25, description: "Moyenne pondérée / Weighted mean (0–5)" }),
        reviewsAsked: z.number().int().openapi({ example: 3 }),
        reviewsReceived: z.number().int().openapi({ example: 2 }),
        disagreements: z.array(
          z.object({
            criterionId: z.uuid(),
            label: z.string().openapi({ example: "Qualité scientifique" }),
          }),
        ),
      }),
    ),
  })
  .openapi("CallRanking");
