import fs from "node:fs";
import { z } from "zod";
import { projectPath } from "../../platform/project-root.ts";

export const DEADLINE_RULES_FILE = projectPath("data", "access", "deadline-rules.json");

const text = z.string().trim().min(1);
const bilingual = z.object({ fr: text, en: text });
const month = z.number().int().min(1).max(12);
const weekday = z.number().int().min(0).max(6);

const holidayRule = z.discriminatedUnion("type", [
  z.object({ type: z.literal("weekday"), weekday }),
  z.object({
    type: z.literal("fixed"),
    month,
    day: z.number().int().min(1).max(31),
    ifSundayNextDay: z.boolean().optional(),
  }),
  z.object({ type: z.literal("easter"), offset: z.number().int() }),
  z.object({ type: z.literal("nth_weekday"), n: z.number().int().min(1).max(5), weekday, month }),
  z.object({
    type: z.literal("weekday_before"),
    weekday,
    month,
    day: z.number().int().min(1).max(31),
  }),
]);

const holiday = z.object({ id: text, name: bilingual, rule: holidayRule, basis: text });
const proclaimed = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  name: bilingual,
  basis: text,
});
const postponement = z.object({ saturdayIsHoliday: z.boolean(), basis: text });

const common = {
  name: bilingual,
  postponement,
  holidays: z.array(holiday).min(1),
  proclaimed: z.array(proclaimed),
};

/** The shape of data/access/deadline-rules.json, checked when it is loaded. */
export const deadlineRulesSchema = z.object({
  qc: z.object({
    ...common,
    decision: z.object({ days: z.number().int().positive(), postpone: z.boolean(), basis: text }),
    extension: z.object({
      days: z.number().int().positive(),
      maxCount: z.literal(1),
      noticeBeforeDecisionDeadline: z.boolean(),
      basis: text,
    }),
    review: z.object({
      body: z.literal("CAI"),
      days: z.number().int().positive(),
      postpone: z.boolean(),
      basis: text,
    }),
    /** Calendar days a notified third party has to give its observations. */
    thirdPartyObservations: z.object({ days: z.number().int().positive(), basis: text }),
    /** Calendar days after the decision is sent within which it is published. */
    publication: z.object({ days: z.number().int().positive(), basis: text }),
  }),
  fr: z.object({
    ...common,
    decision: z.object({
      months: z.number().int().positive(),
      postpone: z.boolean(),
      outcome: z.literal("implicit_refusal"),
      basis: text,
    }),
    review: z.object({
      body: z.literal("CADA"),
      months: z.number().int().positive(),
      postpone: z.boolean(),
      basis: text,
    }),
    monthCounting: z.object({ rule: z.literal("same_day_of_month_else_last_day"), basis: text }),
  }),
});

export type DeadlineRules = z.infer<typeof deadlineRulesSchema>;
export type HolidayRule = z.infer<typeof holidayRule>;
export type HolidayEntry = z.infer<typeof holiday>;

let loaded: DeadlineRules | undefined;

/** The bundled rules, read and checked once. */
export function deadlineRules(): DeadlineRules {
  loaded ??= deadlineRulesSchema.parse(JSON.parse(fs.readFileSync(DEADLINE_RULES_FILE, "utf8")));
  return loaded;
}
