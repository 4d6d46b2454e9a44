import type { Lang } from "../../platform/i18n/i18n.ts";
import { formatMoney } from "../shared/money.ts";
import { decisionText as t } from "./messages.ts";
import type { LetterRow } from "./queries.ts";

/** A decision letter as both renderings (PDF and DOCX) draw it: the same words in each. */
export type DecisionLetter = {
  lang: Lang;
  fileName: string;
  title: string;
  subject: string;
  heading: string[];
  paragraphs: string[];
  signature: string;
};

/** The amounts of a funded decision in words: « 40 000 $ CA du Québec et 30 000 € de la France ». */
export function amountsText(lang: Lang, qcCents: number, frCents: number): string {
  const parts = [
    qcCents > 0 ? t(lang, "fromQuebec", { amount: formatMoney(lang, qcCents, "CAD") }) : null,
    frCents > 0 ? t(lang, "fromFrance", { amount: formatMoney(lang, frCents, "EUR") }) : null,
  ].filter((p): p is string => p !== null);
  return parts.join(t(lang, "amountAnd"));
}

/** The letter to one applicant, in the language of their application. */
export function composeDecisionLetter(row: LetterRow): DecisionLetter {
  const lang = row.language;
  const vars = {
    code: row.call_code,
    call: lang === "fr" ? row.call_title_fr : row.call_title_en,
    reference: row.reference,
    title: row.title,
  };
  const outcome =
    row.outcome === "funded"
      ? t(lang, "letterFunded", {
          amounts: amountsText(lang, row.amount_qc_cents, row.amount_fr_cents),
          project: row.project_code ?? "",
        })
      : row.outcome === "waiting_list"
        ? t(lang, "letterWaiting")
        : t(lang, "letterRejected");
  const date = (row.finalised_at ?? new Date()).toLocaleDateString(
    lang === "fr" ? "fr-CA" : "en-CA",
    { year: "numeric", month: "long", day: "numeric", timeZone: "America/Toronto" },
  );
  return {
    lang,
    fileName: `decision-${row.reference}`,
    title: t(lang, "letterTitle"),
    subject: t(lang, "letterSubject", vars),
    heading: [date, row.owner_email],
    paragraphs: [
      t(lang, "letterGreeting"),
      t(lang, "letterIntro", vars),
      outcome,
      ...(row.reason.trim() ? [t(lang, "letterReason", { reason: row.reason.trim() })] : []),
      t(lang, "letterClosing"),
    ],
    signature: t(lang, "letterSignature"),
  };
}
