import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, messages } from "../../platform/i18n/i18n.ts";
import type { Deadlines } from "./compute.ts";
import type { DeadlineKey, DeadlineStep } from "./steps.ts";

const NBSP = "\u00a0";

const t = messages({
  days: { fr: `{n}${NBSP}jours`, en: "{n} days" },
  day: { fr: `{n}${NBSP}jour`, en: "{n} day" },
  months: { fr: `{n}${NBSP}mois`, en: "{n} months" },
  month: { fr: `{n}${NBSP}mois`, en: "{n} month" },
  withExtension: {
    fr: `{period} (dont {extra}${NBSP}de prolongation)`,
    en: "{period} (including a {extra}-day extension)",
  },
  holiday: { fr: "jour férié ({name})", en: "holiday ({name})" },
  due: { fr: "Délai de réponse", en: "Response deadline" },
  dueFr: { fr: "Refus implicite faute de réponse", en: "Implicit refusal if no answer" },
  extendedDue: { fr: "Délai prolongé", en: "Extended deadline" },
  reviewUntil: { fr: "Demande de révision à la CAI", en: "Request for review to the CAI" },
  cadaReferralUntil: { fr: "Saisine de la CADA", en: "Referral to the CADA" },
  received: { fr: "à compter de la réception, le {date}", en: "from receipt on {date}" },
  decided: { fr: "à compter de la décision du {date}", en: "from the decision of {date}" },
  deadline_expired: {
    fr: "sans décision, à compter de l’expiration du délai le {date}",
    en: "with no decision, from the expiry of the deadline on {date}",
  },
  implicit_refusal: {
    fr: "à compter du refus implicite du {date}",
    en: "from the implicit refusal of {date}",
  },
  line: { fr: "{label} ({basis}), {from} : {steps}", en: "{label} ({basis}), {from}: {steps}" },
});

function period(step: Extract<DeadlineStep, { kind: "count" }>, lang: Lang): string {
  if (step.months !== undefined) {
    return t(lang, step.months === 1 ? "month" : "months", { n: step.months });
  }
  const days = step.days ?? 0;
  const text = t(lang, days === 1 ? "day" : "days", { n: days });
  return step.extensionDays === undefined
    ? text
    : t(lang, "withExtension", {
        period: text,
        extra:
          lang === "fr" ? t(lang, "days", { n: step.extensionDays }) : String(step.extensionDays),
      });
}

/**
 * One step in words: « 20 jours → 24 juin 2024 », « jour férié (Fête nationale) → 25 juin 2024 »,
 * « dimanche → 1er juillet 2024 ».
 */
export function stepText(step: DeadlineStep, lang: Lang): string {
  const what =
    step.kind === "count"
      ? period(step, lang)
      : step.reason === "sunday" || step.reason === "saturday"
        ? step.holiday[lang]
        : t(lang, "holiday", { name: step.holiday[lang] });
  return `${what} → ${formatDate(lang, step.date)}`;
}

const ORDER: readonly DeadlineKey[] = ["due", "extendedDue", "reviewUntil", "cadaReferralUntil"];

/**
 * One line per deadline, its steps joined: « Délai de réponse (RLRQ, c., art. 47, al. 1),
 * à compter de la réception, le 4 juin 2024 : 20 jours → 24 juin 2024, jour férié (Fête
 * nationale) → 25 juin 2024 ».
 */
export function explainDeadlines(deadlines: Deadlines, lang: Lang): string[] {
  return ORDER.flatMap((key) => {
    const steps = deadlines.steps.filter((s) => s.deadline === key);
    const count = steps.find((s) => s.kind === "count");
    if (count?.kind !== "count") return [];
    const label = key === "due" && deadlines.jurisdiction === "fr" ? "dueFr" : key;
    return [
      t(lang, "line", {
        label: t(lang, label),
        basis: count.basis,
        from: t(lang, count.reason, { date: formatDate(lang, count.from) }),
        steps: steps.map((s) => stepText(s, lang)).join(", "),
      }),
    ];
  });
}
